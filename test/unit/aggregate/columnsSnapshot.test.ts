import { describe, expect, it } from 'vitest';
import type { ResponseRecord, Stance } from '../../../src/lib/domain/types.ts';
import { RESPONDENT_KINDS, STANCES } from '../../../src/lib/domain/types.ts';
import { emptyFilters, type Filters } from '../../../src/lib/aggregate/filters.ts';
import { overviewCounts, recordColumns, selectRecords, themeFilterScope } from '../../../src/lib/aggregate/overviewData.ts';
import { columnsSnapshot, snapshotColumns, snapshotFits } from '../../../src/lib/aggregate/columnsSnapshot.ts';
import { rec } from './records.ts';

const THEMES = ['Påverkan', 'Samverkan', 'Ekonomi'];

function rng(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function records(n: number, seed: number): ResponseRecord[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  return Array.from({ length: n }, (_, i) => {
    const themes: Record<string, [Stance, boolean]> = {};
    for (const t of THEMES) if (r() < 0.6) themes[t] = [pick(STANCES), r() < 0.5];
    return rec({
      id: i + 1, respondent: `Nämnd ${i}`, kind: pick(RESPONDENT_KINDS), stance: pick(STANCES), themes,
      overall: r() < 0.15 ? pick(STANCES) : undefined, themeOverrides: r() < 0.1 ? { [pick(THEMES)]: pick(STANCES) } : undefined, reviewed: r() < 0.3,
    });
  });
}

const FILTERS: [string, Partial<Filters>][] = [
  ['no filter', {}],
  ['a kind', { kinds: ['facknamnd'] }],
  ['stances', { stances: ['opposing', 'none'] }],
  ['an inriktning with a stance', { themes: ['Samverkan'], stances: ['supporting'] }],
  ['two inriktningar in another order', { themes: ['Ekonomi', 'Påverkan'], stances: ['conditional'] }],
  ['an inriktning the remiss no longer has', { themes: ['Okänd'], stances: ['opposing'] }],
  ['review status', { reviewed: 'yes' }],
];

describe('columnsSnapshot', () => {
  const recs = records(300, 9);
  const cols = recordColumns(recs);
  // Through a structured clone, as IndexedDB stores it.
  const snap = structuredClone(columnsSnapshot(cols, THEMES));
  const fromSnap = snapshotColumns(snap);

  it.each(FILTERS)('gives the counts the records give (%s)', (_, patch) => {
    const f = { ...emptyFilters(), ...patch };
    const themes = f.themes.length ? f.themes.filter((t) => THEMES.includes(t)) : THEMES;
    const a = selectRecords(cols, f);
    const b = selectRecords(fromSnap, f);
    expect([...b.indices]).toEqual([...a.indices]);
    expect(overviewCounts(b, themes)).toEqual(overviewCounts(a, themes));
    expect(themeFilterScope(b, f)).toEqual(themeFilterScope(a, f));
  });

  it('holds no records: ids, order and lookups wait for them', () => {
    expect(fromSnap.records).toEqual([]);
    expect(fromSnap.n).toBe(300);
    expect(fromSnap.heatmapOrder()).toHaveLength(0);
    expect(fromSnap.indexOf(1)).toBeUndefined();
  });

  it('fits only the themes it was taken for, in their order', () => {
    expect(snapshotFits(snap, THEMES)).toBe(true);
    expect(snapshotFits(snap, [...THEMES].reverse())).toBe(false);
    expect(snapshotFits(snap, THEMES.slice(1))).toBe(false);
  });

  it('copies the columns, so later changes to them do not reach it', () => {
    const own = columnsSnapshot(cols, THEMES);
    expect(own.flags).not.toBe(cols.flags);
    expect(own.codes).not.toBe(cols.themeCodes(THEMES));
  });
});
