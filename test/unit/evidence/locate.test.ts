import { describe, expect, it } from 'vitest';
import { locate } from '../../../src/lib/evidence/locate.ts';
import { evidencePart } from '../../../src/lib/evidence/evidenceSource.ts';

describe('locate', () => {
  const text = 'Förvaltningen tillstyrker förslaget. Samverkan bör stärkas.';
  it('trusts offsets that still match the quote', () => {
    expect(locate(text, { start: 14, end: 35, text: 'tillstyrker förslaget' })).toEqual({ start: 14, end: 35 });
  });
  it('finds a quote whose offsets moved', () => {
    expect(locate(text, { start: 0, end: 5, text: 'Samverkan bör stärkas' })).toEqual({ start: 37, end: 58 });
  });
  it('gives null for a quote that is gone or offsets outside the text', () => {
    expect(locate(text, { start: 0, end: 5, text: 'avstyrker' })).toBeNull();
    expect(locate(text, { start: 50, end: 500, text: '' })).toBeNull();
  });
});

describe('evidencePart', () => {
  const cases: [string | undefined, unknown][] = [
    ['decision', { kind: 'decision' }],
    ['tema: Påverkan', { kind: 'theme', theme: 'Påverkan' }],
    ['synpunkter', { kind: 'body' }],
    ['förslag till beslut', { kind: 'body' }],
    [undefined, { kind: 'body' }],
  ];
  for (const [source, part] of cases) it(`maps source ${String(source)}`, () => expect(evidencePart(source)).toEqual(part));
});
