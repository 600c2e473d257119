import type { ResponseRecord } from '../domain/types.ts';
import { effectiveThemeStance } from '../domain/effective.ts';
import { emptyIds, zeroCounts, type StanceCounts, type StanceIds } from './stanceCounts.ts';

/** Stance counts on one theme (inriktning). */
export interface ThemeCounts {
  theme: string;
  /** All effective stances on the theme: explicit + inherited. */
  counts: StanceCounts;
  /** Stances decided by sentences about the theme (or a person's theme override). */
  explicit: StanceCounts;
  /** Stances inherited from the overall stance (the text does not discuss the theme). */
  inherited: StanceCounts;
  total: number;
  /** Response ids per stance (records without an id are counted but not listed). */
  ids: StanceIds;
}

/** Per-theme effective stances, themes in the given order; a person's override wins. */
export function byTheme(records: readonly ResponseRecord[], themes: readonly string[]): ThemeCounts[] {
  const out: ThemeCounts[] = themes.map((theme) => ({
    theme, counts: zeroCounts(), explicit: zeroCounts(), inherited: zeroCounts(), total: records.length, ids: emptyIds(),
  }));
  // Records outer, themes inner: each record's fields are touched while in cache.
  for (const r of records) {
    for (const t of out) {
      const { stance, explicit } = effectiveThemeStance(r, t.theme);
      t.counts[stance]++;
      (explicit ? t.explicit : t.inherited)[stance]++;
      if (r.id !== undefined) t.ids[stance].push(r.id);
    }
  }
  return out;
}
