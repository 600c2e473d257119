import { describe, expect, it } from 'vitest';
import type { RespondentKind, ResponseRecord, Stance } from '../../../src/lib/domain/types.ts';
import { RESPONDENT_KINDS, STANCES } from '../../../src/lib/domain/types.ts';
import { applyFilters, emptyFilters, type Filters } from '../../../src/lib/aggregate/filters.ts';
import { headlineCounts } from '../../../src/lib/aggregate/counts.ts';
import { byTheme } from '../../../src/lib/aggregate/byTheme.ts';
import { byKind } from '../../../src/lib/aggregate/byKind.ts';
import { heatmapMatrix } from '../../../src/lib/aggregate/heatmap.ts';
import { heatmapRows, idsWhere, overviewCounts, recordColumns, selectRecords, selectionHas, themeFilterScope } from '../../../src/lib/aggregate/overviewData.ts';
import { effectiveThemeStance } from '../../../src/lib/domain/effective.ts';
import { rec } from './records.ts';

/** A small deterministic PRNG, so a failure can be replayed. */
function rng(seed: number) {
  return () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const THEMES = ['Påverkan', 'Samverkan', 'Ekonomi'];
const NAMES = ['Bromma stadsdelsnämnd', 'Älvsjö stadsdelsnämnd', 'Kulturnämnden', 'Åby förening', 'Östermalms stadsdelsnämnd', 'Nämnd 2', 'Nämnd 10', 'Idrottsnämnden'];

function randomRecords(n: number, seed: number, ascendingIds = true): ResponseRecord[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const out: ResponseRecord[] = [];
  for (let i = 0; i < n; i++) {
    const themes: Record<string, [Stance, boolean]> = {};
    for (const t of THEMES) if (r() < 0.6) themes[t] = [pick(STANCES), r() < 0.5];
    const kind = r() < 0.05 ? ('gammal-typ' as RespondentKind) : pick(RESPONDENT_KINDS);
    out.push(
      rec({
        // Unique ids (as stored), out of order, some records not stored yet.
        id: ascendingIds ? i + 1 : r() < 0.1 ? undefined : ((i * 7919) % 100_003) + 1,
        respondent: `${pick(NAMES)}${r() < 0.5 ? '' : ' ' + Math.floor(r() * 5)}`,
        kind,
        stance: pick(STANCES),
        themes,
        overall: r() < 0.15 ? pick(STANCES) : undefined,
        themeOverrides: r() < 0.1 ? { [pick(THEMES)]: pick(STANCES) } : undefined,
        reviewed: r() < 0.3,
        jointWith: r() < 0.1 ? [pick(NAMES)] : undefined,
      }),
    );
  }
  return out;
}

function randomFilters(seed: number): Filters {
  const r = rng(seed);
  const some = <T>(xs: readonly T[], p: number) => (r() < p ? xs.filter(() => r() < 0.4) : []);
  return {
    ...emptyFilters(),
    kinds: some([...RESPONDENT_KINDS, 'gammal-typ' as RespondentKind], 0.5),
    stances: some(STANCES, 0.5),
    themes: some([...THEMES, 'Okänd inriktning'], 0.4),
    respondents: some(NAMES, 0.25),
    reviewed: r() < 0.7 ? 'all' : r() < 0.5 ? 'yes' : 'no',
  };
}

describe('overview data from record columns', () => {
  for (const [label, ascending] of [['ids in order', true], ['ids out of order and missing', false]] as const) {
    it(`matches applyFilters, headlineCounts, byTheme, byKind and heatmapMatrix on random records (${label})`, () => {
      const records = randomRecords(400, ascending ? 7 : 11, ascending);
      const cols = recordColumns(records);
      expect(recordColumns(records)).toBe(cols); // cached per records array
      for (let k = 0; k < 150; k++) {
        const f = randomFilters(k + 1);
        const themes = f.themes.length ? THEMES.filter((t) => f.themes.includes(t)) : THEMES;
        const expected = applyFilters(records, f);
        const sel = selectRecords(cols, f);
        expect(Array.from(sel.indices, (i) => records[i])).toEqual(expected);

        const c = overviewCounts(sel, themes);
        expect(c.headline).toEqual(headlineCounts(expected, []));
        const bt = byTheme(expected, themes);
        expect(c.themes).toEqual(Object.fromEntries(bt.map((d) => [d.theme, d.counts])));
        expect(c.themesExplicit).toEqual(Object.fromEntries(bt.map((d) => [d.theme, d.explicit])));
        expect(c.themesInherited).toEqual(Object.fromEntries(bt.map((d) => [d.theme, d.inherited])));
        const bk = byKind(expected);
        expect(c.kinds).toEqual(Object.fromEntries(bk.map((d) => [d.kind, d.counts])));
        for (const s of STANCES) {
          if (themes.length) {
            const ids = idsWhere(sel, { theme: themes[0], stance: s });
            expect(ids).toEqual(bt[0].ids[s]);
            const said = idsWhere(sel, { theme: themes[0], stance: s, explicit: true });
            const carried = idsWhere(sel, { theme: themes[0], stance: s, explicit: false });
            expect(said.length + carried.length).toBe(ids.length);
            const withId = expected.filter((r) => r.id !== undefined);
            expect(said).toEqual(withId.filter((r) => { const e = effectiveThemeStance(r, themes[0]); return e.stance === s && e.explicit; }).map((r) => r.id));
          }
          const kind = bk[k % bk.length];
          expect(idsWhere(sel, { kind: kind.kind, stance: s })).toEqual(kind.ids[s]);
        }

        const m = heatmapMatrix(expected, themes);
        const page = heatmapRows(sel, themes, 60);
        expect(page.total).toBe(expected.length);
        expect(page.rows).toEqual(m.rows.slice(0, 60));
        expect(page.rows.map((row, i) => row === m.rows[i]).indexOf(false)).toBe(-1); // shared cached rows
        if (expected[0]?.id !== undefined) expect(selectionHas(sel, expected[0].id)).toBe(true);
      }
    });
  }

  it('the free-text filter goes through applyFilters', () => {
    const records = randomRecords(50, 3);
    const f = { ...emptyFilters(), q: 'bromma' };
    const sel = selectRecords(recordColumns(records), f);
    expect(Array.from(sel.indices, (i) => records[i])).toEqual(applyFilters(records, f));
    expect(sel.indices.length).toBeGreaterThan(0);
  });

  it('an empty filter selects everything, the same selection each time', () => {
    const records = randomRecords(30, 5);
    const cols = recordColumns(records);
    const a = selectRecords(cols, emptyFilters());
    expect(a.indices.length).toBe(30);
    expect(selectRecords(cols, { ...emptyFilters(), themes: ['Påverkan'] })).toBe(a);
  });
});

describe('themeFilterScope', () => {
  const records = [
    rec({ id: 1, respondent: 'A', stance: 'opposing', themes: { Påverkan: ['opposing', true] } }),
    rec({ id: 2, respondent: 'B', stance: 'opposing' }),
    rec({ id: 3, respondent: 'C', stance: 'supporting', themes: { Påverkan: ['opposing', true] } }),
    rec({ id: 4, respondent: 'D', stance: 'supporting', themeOverrides: { Påverkan: 'opposing' } }),
    rec({ id: 5, respondent: 'E', stance: 'supporting' }),
    rec({ id: 6, respondent: 'F', stance: 'supporting', overall: 'opposing' }),
  ];
  const cols = recordColumns(records);
  const scope = (f: Partial<Filters>) => {
    const ff = { ...emptyFilters(), ...f };
    return themeFilterScope(selectRecords(cols, ff), ff);
  };
  it.each([
    ['explicit, a theme override, and inherited (also through an overall override) apart', { stances: ['opposing' as Stance], themes: ['Påverkan'] }, { explicit: 3, inherited: 2 }],
    ['a yttrande explicit on one chosen theme counts as explicit', { stances: ['opposing' as Stance], themes: ['Påverkan', 'Samverkan'] }, { explicit: 3, inherited: 2 }],
    ['supporting on Påverkan is inherited only', { stances: ['supporting' as Stance], themes: ['Påverkan'] }, { explicit: 0, inherited: 1 }],
  ])('counts %s', (_, f, expected) => {
    const got = scope(f)!;
    expect(got).toEqual(expected);
    expect(got.explicit + got.inherited).toBe(selectRecords(cols, { ...emptyFilters(), ...f }).indices.length);
  });
  it('is null unless a stance and a theme filter are combined', () => {
    expect(scope({ stances: ['opposing'] })).toBeNull();
    expect(scope({ themes: ['Påverkan'] })).toBeNull();
  });
});
