import { describe, expect, it } from 'vitest';
import { highlight, type HighlightSpan } from '../../../src/lib/evidence/highlight.ts';

const TEXT = 'Nämnden tillstyrker förslaget. Dock bör samverkan stärkas.';
const join = (text: string, spans: HighlightSpan[]) => highlight(text, spans).map((s) => s.text).join('');
const marked = (text: string, spans: HighlightSpan[]) =>
  highlight(text, spans)
    .filter((s) => s.evidence)
    .map((s) => [s.text, s.evidence!.stance, s.evidence!.keys.join('+'), s.evidence!.starts.join('+')]);

describe('highlight', () => {
  it('returns the whole text as one plain part when there are no spans', () => {
    expect(highlight(TEXT, [])).toEqual([{ text: TEXT, start: 0, end: TEXT.length }]);
  });

  it('returns no parts for an empty text', () => {
    expect(highlight('', [{ key: 'a', start: 0, end: 3 }])).toEqual([]);
  });

  it('marks one span and keeps the text around it', () => {
    const parts = highlight(TEXT, [{ key: 'a', start: 8, end: 29, stance: 'supporting' }]);
    expect(parts.map((p) => p.text)).toEqual(['Nämnden ', 'tillstyrker förslaget', '. Dock bör samverkan stärkas.']);
    expect(parts[1].evidence).toEqual({ stance: 'supporting', keys: ['a'], starts: ['a'] });
  });

  const cases: [string, HighlightSpan[], (string | undefined)[][]][] = [
    [
      'unsorted spans come out in text order',
      [
        { key: 'b', start: 31, end: 58, stance: 'conditional' },
        { key: 'a', start: 0, end: 30, stance: 'supporting' },
      ],
      [
        ['Nämnden tillstyrker förslaget.', 'supporting', 'a', 'a'],
        ['Dock bör samverkan stärkas.', 'conditional', 'b', 'b'],
      ],
    ],
    [
      'overlapping spans split at every boundary; the earlier span wins the colour',
      [
        { key: 'a', start: 8, end: 29, stance: 'supporting' },
        { key: 'b', start: 20, end: 40, stance: 'conditional' },
      ],
      [
        ['tillstyrker ', 'supporting', 'a', 'a'],
        ['förslaget', 'supporting', 'a+b', 'b'],
        ['. Dock bör ', 'conditional', 'b', ''],
      ],
    ],
    [
      'a nested span is its own part inside the outer one',
      [
        { key: 'outer', start: 0, end: 30, stance: 'opposing' },
        { key: 'inner', start: 8, end: 19, stance: 'supporting' },
      ],
      [
        ['Nämnden ', 'opposing', 'outer', 'outer'],
        ['tillstyrker', 'opposing', 'outer+inner', 'inner'],
        [' förslaget.', 'opposing', 'outer', ''],
      ],
    ],
    [
      'identical spans are one mark with both keys',
      [
        { key: 'a', start: 0, end: 7 },
        { key: 'b', start: 0, end: 7, stance: 'none' },
      ],
      [['Nämnden', 'none', 'a+b', 'a+b']],
    ],
    [
      'spans past the end are clipped; empty, reversed and NaN spans are ignored',
      [
        { key: 'a', start: 50, end: 999, stance: 'supporting' },
        { key: 'b', start: 5, end: 5 },
        { key: 'c', start: 9, end: 2 },
        { key: 'd', start: Number.NaN, end: 4 },
        { key: 'e', start: -10, end: 7 },
      ],
      [
        ['Nämnden', undefined, 'e', 'e'],
        ['stärkas.', 'supporting', 'a', 'a'],
      ],
    ],
  ];

  for (const [name, spans, expected] of cases) {
    it(name, () => {
      expect(marked(TEXT, spans)).toEqual(expected);
      expect(join(TEXT, spans)).toBe(TEXT);
    });
  }

  it('keeps markup in the text as literal characters', () => {
    const text = 'Se <script>alert(1)</script> och <img src=x onerror=alert(1)>.';
    const parts = highlight(text, [{ key: 'a', start: 3, end: 28 }]);
    expect(parts[1].text).toBe('<script>alert(1)</script>');
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });

  it('covers a long text with many spans exactly once', () => {
    const text = 'abcdefghij'.repeat(1000);
    const spans = Array.from({ length: 200 }, (_, i) => ({ key: String(i), start: (i * 97) % 9000, end: ((i * 97) % 9000) + 150 }));
    const parts = highlight(text, spans);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    for (let i = 1; i < parts.length; i++) expect(parts[i].start).toBe(parts[i - 1].end);
  });

  it('rejects a text that is not a string', () => {
    expect(() => highlight(undefined as unknown as string, [])).toThrow(TypeError);
  });
});

describe('highlight at scale', () => {
  /** The obvious quadratic reference: for each cut, every span that covers it. */
  function reference(text: string, spans: { key: string; start: number; end: number; stance?: 'supporting' | 'opposing' }[]) {
    const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
    const out: { start: number; keys: string[]; starts: string[]; stance?: string }[] = [];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const cov = spans.filter((s) => s.start <= cuts[i] && s.end >= cuts[i + 1]);
      out.push({ start: cuts[i], keys: cov.map((s) => s.key), starts: cov.filter((s) => s.start === cuts[i]).map((s) => s.key), stance: cov.find((s) => s.stance)?.stance });
    }
    return out;
  }

  it('agrees with the quadratic reference on random overlapping, nested and repeated spans', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const text = 'x'.repeat(2000);
    const spans = Array.from({ length: 400 }, (_, i) => {
      const start = rnd(2000);
      return { key: `k${i}`, start, end: start + 1 + rnd(120), stance: rnd(3) === 0 ? undefined : rnd(2) ? ('supporting' as const) : ('opposing' as const) };
    });
    const got = highlight(text, spans);
    expect(got.map((s) => s.text).join('')).toBe(text);
    // Every segment of ours is the union of reference cuts that share its marks.
    const ref = reference(text, spans.map((s) => ({ ...s, end: Math.min(s.end, 2000) })));
    for (const seg of got) {
      const inside = ref.filter((r) => r.start >= seg.start && r.start < seg.end);
      for (const r of inside) {
        expect(r.keys).toEqual(seg.evidence?.keys ?? []);
        expect(r.stance).toEqual(seg.evidence?.stance);
      }
      expect(inside[0].starts).toEqual(seg.evidence?.starts ?? []);
    }
  });

  it('splits a text with 20,000 evidence spans, covering it exactly once', () => {
    const sentence = 'Nämnden tillstyrker förslaget. ';
    const text = sentence.repeat(20_000);
    const spans = Array.from({ length: 20_000 }, (_, i) => ({ key: `e${i}`, start: i * sentence.length, end: i * sentence.length + sentence.length - 1, stance: 'supporting' as const }));
    const parts = highlight(text, spans.reverse());
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.evidence)).toHaveLength(20_000);
    expect(parts[0].evidence?.keys).toEqual(['e0']);
  });
});
