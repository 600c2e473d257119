import { describe, expect, it } from 'vitest';
import { rowGroups } from '../../../src/lib/charts/rowGroups.ts';

describe('rowGroups', () => {
  const row = (y: number, kind: 'stadsdelsnamnd' | 'facknamnd' | 'ovrig') => ({ y, kind });
  it('joins consecutive rows of one kind and measures their extent', () =>
    expect(rowGroups([row(10, 'stadsdelsnamnd'), row(30, 'stadsdelsnamnd'), row(50, 'facknamnd')], 20)).toEqual([
      { key: 'stadsdelsnamnd-0', kind: 'stadsdelsnamnd', count: 2, y0: 0, y1: 40 },
      { key: 'facknamnd-1', kind: 'facknamnd', count: 1, y0: 40, y1: 60 },
    ]));
  it('starts a new run when a kind comes back', () =>
    expect(rowGroups([row(10, 'ovrig'), row(30, 'facknamnd'), row(50, 'ovrig')], 20).map((g) => g.key)).toEqual(['ovrig-0', 'facknamnd-1', 'ovrig-2']));
  it('gives no groups for no rows', () => expect(rowGroups([], 20)).toEqual([]));
});
