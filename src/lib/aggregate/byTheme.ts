import type { ResponseRecord } from '../domain/types.ts';
import { STANCES } from '../domain/types.ts';
import { emptyIds, zeroCounts, type StanceCounts, type StanceIds } from './stanceCounts.ts';
import { EXPLICIT_BIT, themeStanceCode } from './stanceCode.ts';

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

/**
 * Per-theme effective stances (as effectiveThemeStance: a person's override wins),
 * themes in the given order. One pass, typed-array counters, no allocation per cell
 * (a per-record cache was measured slower: cold WeakMap lookups cost more than the work).
 */
export function byTheme(records: readonly ResponseRecord[], themes: readonly string[]): ThemeCounts[] {
  const nt = themes.length;
  // Counters and id lists indexed [theme * 4 + stance]; folded into objects at the end.
  const explicitTally = new Uint32Array(nt * 4);
  const inheritedTally = new Uint32Array(nt * 4);
  const idLists: number[][] = Array.from({ length: nt * 4 }, () => []);
  for (const r of records) {
    const id = r.id;
    for (let t = 0; t < nt; t++) {
      const code = themeStanceCode(r, themes[t]);
      const slot = t * 4 + (code & 3);
      if (code & EXPLICIT_BIT) explicitTally[slot]++;
      else inheritedTally[slot]++;
      if (id !== undefined) idLists[slot].push(id);
    }
  }
  return themes.map((theme, t) => {
    const explicit = zeroCounts();
    const inherited = zeroCounts();
    const counts = zeroCounts();
    const ids = emptyIds();
    STANCES.forEach((s, i) => {
      explicit[s] = explicitTally[t * 4 + i];
      inherited[s] = inheritedTally[t * 4 + i];
      counts[s] = explicit[s] + inherited[s];
      ids[s] = idLists[t * 4 + i];
    });
    return { theme, counts, explicit, inherited, total: records.length, ids };
  });
}
