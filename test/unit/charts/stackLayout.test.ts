import { describe, expect, it } from 'vitest';
import { stackLayout, type StackInput } from '../../../src/lib/charts/stackLayout.ts';
import { roundedPercents } from '../../../src/lib/charts/shares.ts';
import { NBSP } from '../../../src/lib/format/numbers.ts';

const c = (supporting: number, conditional: number, opposing: number, none: number) => ({ supporting, conditional, opposing, none });
const base: StackInput = {
  categories: ['Samverkan', 'Påverkan'],
  counts: { Samverkan: c(2, 1, 1, 0), Påverkan: c(0, 0, 3, 1) },
  mode: 'count', width: 400, margin: { top: 10, right: 0, bottom: 20, left: 0 }, barHeight: 20, gap: 10,
};

describe('stackLayout in count mode', () => {
  const l = stackLayout(base);
  it('places segments at exact x and width along a 0–4 axis', () =>
    expect(l.segments.filter((s) => s.category === 'Samverkan').map((s) => [s.stance, s.x, s.width])).toEqual([
      ['supporting', 0, 200], ['conditional', 200, 100], ['opposing', 300, 100],
    ]));
  it('omits zero-count segments', () =>
    expect(l.segments.filter((s) => s.category === 'Påverkan').map((s) => s.stance)).toEqual(['opposing', 'none']));
  it('stacks bars from the top with the given bar height and gap', () => {
    expect(l.bars.map((b) => [b.category, b.y, b.height, b.total])).toEqual([['Samverkan', 10, 20, 4], ['Påverkan', 40, 20, 4]]);
    expect(l.height).toBe(10 + 20 + 10 + 20 + 20);
    expect(l.plot).toEqual({ x: 0, y: 10, width: 400, height: 50 });
  });
  it('labels segments with counts and says the whole in Swedish for screen readers', () => {
    const s = l.segments[0];
    expect(s).toMatchObject({ key: 'Samverkan|supporting', label: '2', value: 2, share: 0.5, labelFits: true, labelX: 100, labelY: 20 });
    expect(s.ariaLabel).toBe(`Samverkan: Tillstyrker 2 av 4 (50${NBSP}%)`);
    expect(l.bars[0].ariaLabel).toBe('Samverkan: 4 yttranden');
  });
  it('carries colour, pattern and readable text colour', () =>
    expect(l.segments[0]).toMatchObject({ fill: '#0072b2', pattern: 'rr-stance-supporting', labelColor: '#ffffff' }));
  it('gives whole-number ticks with Swedish labels', () =>
    expect(l.ticks.map((t) => [t.x, t.label])).toEqual([[0, '0'], [100, '1'], [200, '2'], [300, '3'], [400, '4']]));
  it('uses display labels and English when asked', () => {
    const en = stackLayout({ ...base, labels: { Samverkan: 'Cooperation' }, lang: 'en' });
    expect(en.segments[0].ariaLabel).toBe('Cooperation: Supports 2 of 4 (50%)');
    expect(en.bars[0].label).toBe('Cooperation');
  });
  it('marks labels that do not fit', () => {
    const narrow = stackLayout({ ...base, counts: { Samverkan: c(1000, 1, 0, 0), Påverkan: c(0, 0, 0, 0) } });
    expect(narrow.segments.map((s) => s.labelFits)).toEqual([true, false]);
    expect(narrow.segments[0].label).toBe(`1${NBSP}000`);
  });
});

describe('stackLayout in share mode', () => {
  const l = stackLayout({ ...base, mode: 'share', counts: { Samverkan: c(1, 1, 1, 0), Påverkan: c(0, 0, 0, 0) } });
  const seg = l.segments;
  it('fills the whole plot width with each bar', () => {
    expect(seg.reduce((a, s) => a + s.width, 0)).toBeCloseTo(400, 1);
    expect(seg.reduce((a, s) => a + s.share, 0)).toBeCloseTo(1, 12);
  });
  it('labels shares so that they add up to 100 %', () =>
    expect(seg.map((s) => s.label)).toEqual([`34${NBSP}%`, `33${NBSP}%`, `33${NBSP}%`]));
  it('draws no segments for an empty bar but keeps the bar', () => {
    expect(seg.some((s) => s.category === 'Påverkan')).toBe(false);
    expect(l.bars[1]).toMatchObject({ category: 'Påverkan', total: 0 });
  });
  it('gives quarter percent ticks', () =>
    expect(l.ticks.map((t) => [t.x, t.label])).toEqual([[0, `0${NBSP}%`], [100, `25${NBSP}%`], [200, `50${NBSP}%`], [300, `75${NBSP}%`], [400, `100${NBSP}%`]]));
});

describe('stackLayout input checks', () => {
  it('fits bars into a given height', () => {
    const l = stackLayout({ ...base, height: 130 });
    expect(l.height).toBe(130);
    expect(l.bars[1].y + l.bars[1].height).toBeCloseTo(110, 5);
  });
  it('treats a missing category as all zero', () =>
    expect(stackLayout({ ...base, categories: ['Okänd'] }).segments).toEqual([]));
  it('is deterministic and plain JSON', () => {
    expect(stackLayout(base)).toEqual(stackLayout(base));
    expect(JSON.parse(JSON.stringify(stackLayout(base)))).toEqual(stackLayout(base));
  });
  it.each<[string, Partial<StackInput>, RegExp]>([
    ['a width smaller than the margins', { width: 0 }, /width/],
    ['a NaN width', { width: Number.NaN }, /width/],
    ['a negative count', { counts: { Samverkan: c(-1, 0, 0, 0) } }, /counts\["Samverkan"\]\.supporting/],
    ['a non-finite count', { counts: { Samverkan: c(Infinity, 0, 0, 0) } }, /supporting/],
    ['duplicate categories', { categories: ['A', 'A'] }, /unique/],
    ['a zero bar height', { barHeight: 0 }, /barHeight/],
  ])('rejects %s, naming the argument', (_name, p, message) => expect(() => stackLayout({ ...base, ...p })).toThrow(message));
});

describe('roundedPercents', () => {
  it.each<[number[], number[]]>([
    [[1, 1, 1], [34, 33, 33]],
    [[1, 0, 0, 0], [100, 0, 0, 0]],
    [[0, 0], [0, 0]],
    [[2, 1, 1, 0], [50, 25, 25, 0]],
    [[1, 1, 1, 1, 1, 1, 0], [17, 17, 17, 17, 16, 16, 0]],
  ])('rounds %j to %j', (values, expected) => {
    expect(roundedPercents(values)).toEqual(expected);
  });
});

describe('stackLayout with an inherited extension', () => {
  const l = stackLayout({ ...base, counts: { Samverkan: c(1, 0, 1, 0), Påverkan: c(0, 0, 1, 0) }, inherited: { Samverkan: c(1, 0, 0, 0), Påverkan: c(0, 0, 2, 1) } });
  it('draws the explicit segments first, then the inherited ones as the rest of the bar', () =>
    expect(l.segments.filter((s) => s.category === 'Påverkan').map((s) => [s.stance, s.inherited, s.x, s.width])).toEqual([
      ['opposing', false, 0, 100], ['opposing', true, 100, 200], ['none', true, 300, 100],
    ]));
  it('keys, patterns and outlines inherited segments apart', () => {
    const inh = l.segments.find((s) => s.category === 'Påverkan' && s.inherited && s.stance === 'opposing')!;
    expect(inh).toMatchObject({ key: 'Påverkan|opposing|inherited', pattern: 'rr-inherited-opposing', stroke: '#9e3a0e', label: '2' });
    const exp = l.segments.find((s) => s.category === 'Påverkan' && !s.inherited)!;
    expect(exp).toMatchObject({ key: 'Påverkan|opposing', pattern: 'rr-stance-opposing', stroke: '#ffffff' });
  });
  it('says which part is inherited to screen readers', () => {
    const inh = l.segments.find((s) => s.key === 'Påverkan|opposing|inherited')!;
    expect(inh.ariaLabel).toBe(`Påverkan: Avstyrker (ärvt) 2 av 4 (50${NBSP}%)`);
    expect(l.bars[1].ariaLabel).toBe('Påverkan: 4 yttranden, 1 uttryckligen');
  });
  it('keeps both totals on each bar', () =>
    expect(l.bars.map((b) => [b.total, b.explicitTotal])).toEqual([[3, 2], [4, 1]]));
  it('without inherited input every segment is explicit and the totals agree', () => {
    const plain = stackLayout(base);
    expect(plain.segments.every((s) => !s.inherited)).toBe(true);
    expect(plain.bars.every((b) => b.total === b.explicitTotal)).toBe(true);
  });
  it('rejects a negative inherited count, naming it', () =>
    expect(() => stackLayout({ ...base, inherited: { Samverkan: c(-1, 0, 0, 0) } })).toThrow(/inherited\["Samverkan"\]\.supporting/));
});
