import { describe, expect, it } from 'vitest';
import { legendLayout } from '../../../src/lib/charts/legendLayout.ts';

const item = (key: string, label: string) => ({ key, label, pattern: `p-${key}` });

describe('legendLayout', () => {
  it('places entries on one line when they fit', () => {
    const l = legendLayout([item('a', 'Ab'), item('b', 'Cd')], 400, { fontSize: 10, swatch: 10, gap: 10 });
    // "Ab" = 2 × 6 px wide; an entry is swatch 10 + 6 + 12 = 28 px, then a 10 px gap.
    expect(l.items.map((i) => [i.key, i.x, i.y, i.textX])).toEqual([['a', 0, 0, 16], ['b', 38, 0, 54]]);
    expect(l.height).toBe(18);
  });
  it('wraps to a new line when the next entry would pass the width', () => {
    const l = legendLayout([item('a', 'Ab'), item('b', 'Cd'), item('c', 'Ef')], 70, { fontSize: 10, swatch: 10, gap: 10 });
    expect(l.items.map((i) => [i.key, i.x, i.y])).toEqual([['a', 0, 0], ['b', 38, 0], ['c', 0, 18]]);
    expect(l.height).toBe(36);
  });
  it('never wraps the first entry of a line, however long', () => {
    const l = legendLayout([item('a', 'A very long legend label')], 20);
    expect(l.items[0]).toMatchObject({ x: 0, y: 0 });
  });
  it('starts at the given offset and centres text on the swatch', () => {
    const l = legendLayout([item('a', 'Ab')], 400, { x: 5, y: 7, swatch: 14 });
    expect(l.items[0]).toMatchObject({ x: 5, y: 7, size: 14, textY: 14, pattern: 'p-a' });
  });
  it('measures text with a narrower glyph width when asked', () => {
    const l = legendLayout([item('a', 'Abcd'), item('b', 'Cd')], 400, { fontSize: 10, swatch: 10, gap: 10, charWidth: 0.5 });
    // "Abcd" = 4 × 5 px; the entry is 10 + 6 + 20 = 36 px, then the gap.
    expect(l.items[1].x).toBe(46);
  });
  it('takes no height without entries', () => expect(legendLayout([], 100).height).toBe(0));
  it('rejects a width that is not a positive number', () => {
    expect(() => legendLayout([], 0)).toThrow(/width/);
    expect(() => legendLayout([], Number.NaN)).toThrow(RangeError);
  });
});
