import { describe, expect, it } from 'vitest';
import { places, positionPlaces, segmentSlots } from '../../../src/lib/charts/segmentSlots.ts';
import { stackLayout } from '../../../src/lib/charts/stackLayout.ts';
import { share } from '../../../src/lib/charts/share.ts';

const zero = { supporting: 0, conditional: 0, opposing: 0, none: 0 };
const layout = (counts: Record<string, typeof zero>, inherited?: Record<string, typeof zero>) =>
  stackLayout({ categories: ['A', 'B'], counts, inherited, mode: 'count', width: 400, margin: { top: 0, right: 0, bottom: 0, left: 100 } });

describe('places', () => {
  it('keeps a place for an item that goes away, hidden with its last item, and the same object while nothing changes', () => {
    const keep = places<{ v: number }>();
    const a = { v: 1 };
    const first = keep(['a', 'b'], new Map([['a', a]]));
    expect(first.map((p) => [p.key, p.item, p.shown])).toEqual([['a', a, true], ['b', null, false]]);
    const again = keep(['a', 'b'], new Map([['a', a]]));
    expect(again[0]).toBe(first[0]);
    expect(again[1]).toBe(first[1]);
    const gone = keep(['a', 'b'], new Map());
    expect(gone[0]).toMatchObject({ key: 'a', item: a, shown: false });
    const still = keep(['a', 'b'], new Map());
    expect(still[0]).toBe(gone[0]);
    const b = { v: 2 };
    const back = keep(['a', 'b'], new Map([['a', b]]));
    expect(back[0]).toMatchObject({ item: b, shown: true });
  });

  it('by position: as many places as the longest list so far', () => {
    const keep = positionPlaces<string>();
    expect(keep(['x', 'y', 'z']).map((p) => p.shown)).toEqual([true, true, true]);
    const fewer = keep(['x']);
    expect(fewer.map((p) => [p.item, p.shown])).toEqual([['x', true], ['y', false], ['z', false]]);
  });
});

describe('segmentSlots', () => {
  it('has a place per (bar, stance) in reading order, the segments where they are non-zero', () => {
    const slots = segmentSlots()(layout({ A: { ...zero, supporting: 2, opposing: 1 }, B: { ...zero, none: 3 } }));
    expect(slots.map((s) => s.key)).toEqual(['A|supporting', 'A|conditional', 'A|opposing', 'A|none', 'B|supporting', 'B|conditional', 'B|opposing', 'B|none']);
    expect(slots.filter((s) => s.shown).map((s) => s.item!.key)).toEqual(['A|supporting', 'A|opposing', 'B|none']);
  });

  it('hides, not drops, a segment that a filter empties, and keeps unchanged places as they were', () => {
    const keep = segmentSlots();
    const l1 = layout({ A: { ...zero, supporting: 2, opposing: 1 }, B: { ...zero, none: 3 } });
    const s1 = keep(l1);
    const l2 = share(l1, layout({ A: { ...zero, supporting: 2, opposing: 1 }, B: zero }));
    const s2 = keep(l2);
    expect(s2.find((s) => s.key === 'B|none')).toMatchObject({ shown: false, item: s1.find((s) => s.key === 'B|none')!.item });
    expect(s2.find((s) => s.key === 'A|supporting')).toBe(s1.find((s) => s.key === 'A|supporting'));
  });

  it('adds the inherited places after the explicit ones when the layout has inherited segments', () => {
    const slots = segmentSlots()(layout({ A: { ...zero, supporting: 1 }, B: zero }, { A: { ...zero, opposing: 1 }, B: zero }));
    expect(slots.slice(0, 8).map((s) => s.key)).toEqual(['A|supporting', 'A|conditional', 'A|opposing', 'A|none', 'A|supporting|inherited', 'A|conditional|inherited', 'A|opposing|inherited', 'A|none|inherited']);
    expect(slots.filter((s) => s.shown).map((s) => s.key)).toEqual(['A|supporting', 'A|opposing|inherited']);
  });
});
