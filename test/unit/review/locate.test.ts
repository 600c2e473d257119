import { describe, expect, it } from 'vitest';
import { locate } from '../../../src/lib/review/locate.ts';
import { evidencePart } from '../../../src/lib/review/evidenceSource.ts';
import { cleanInitials, loadInitials, saveInitials } from '../../../src/lib/review/initials.ts';

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

describe('initials', () => {
  it('cleans white space and caps the length', () => {
    expect(cleanInitials('  A   B ')).toBe('A B');
    expect(cleanInitials('x'.repeat(40))).toHaveLength(12);
  });
  it('round-trips through storage and survives a storage that throws', () => {
    const m = new Map<string, string>();
    const store = { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
    saveInitials(' KL ', store);
    expect(loadInitials(store)).toBe('KL');
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(loadInitials(broken)).toBe('');
    expect(() => saveInitials('KL', broken)).not.toThrow();
  });
});

describe('formatTime', async () => {
  const { formatTime } = await import('../../../src/lib/review/formatTime.ts');
  it('formats a timestamp as date and minutes', () => {
    expect(formatTime('2016-09-22T14:05:00', 'sv')).toBe('2016-09-22 14:05');
  });
  it('returns an unreadable value as it is, and empty for none', () => {
    expect(formatTime('igår', 'sv')).toBe('igår');
    expect(formatTime(undefined)).toBe('');
  });
});
