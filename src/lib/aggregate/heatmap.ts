import type { RespondentKind, ResponseRecord, Stance } from '../domain/types.ts';
import { RESPONDENT_KINDS } from '../domain/types.ts';
import { EXPLICIT_BIT, OVERRIDDEN_BIT, codeStance, themeStanceCode } from './stanceCode.ts';
import { swedishRanks } from './swedishOrder.ts';

/** One cell: a respondent's effective stance on one theme. */
export interface HeatmapCell {
  respondent: string;
  /** Undefined for a record not yet stored. */
  responseId: number | undefined;
  theme: string;
  stance: Stance;
  /** False when the stance is inherited from the overall one. */
  explicit: boolean;
  /** True when a person's override decides it. */
  overridden: boolean;
}

/** One row: one yttrande. */
export interface HeatmapRow {
  respondent: string;
  kind: RespondentKind;
  responseId: number | undefined;
  /** Cells in the order of `HeatmapMatrix.themes`. */
  cells: HeatmapCell[];
}

/** Respondents × themes. */
export interface HeatmapMatrix {
  themes: string[];
  rows: HeatmapRow[];
}

const kindRank = new Map<string, number>(RESPONDENT_KINDS.map((k, i) => [k, i]));

/**
 * Record indices in heatmap row order: respondent kind (display order), then name in
 * Swedish order (å, ä, ö after z), then id. Names get cached Swedish ranks, so the sort
 * compares numbers only. A subset of the records keeps this relative order, so the
 * order of all records can be computed once and filtered (see overviewData.ts).
 */
export function heatmapOrder(records: readonly ResponseRecord[]): Uint32Array {
  const n = records.length;
  const ranks = swedishRanks(records.map((r) => r.respondent));
  const primary = new Float64Array(n);
  let idsAscend = n < 2 ** 24;
  for (let i = 0; i < n; i++) {
    const r = records[i];
    primary[i] = (kindRank.get(r.respondentKind) ?? RESPONDENT_KINDS.length) * 2 ** 20 + ranks.get(r.respondent)!;
    if (i > 0 && (r.id ?? 0) < (records[i - 1].id ?? 0)) idsAscend = false;
  }
  if (idsAscend && ranks.size < 2 ** 20) {
    // The usual case (records come from the db in id order): ties are already in id
    // order, so pack (kind, name rank, index) into one number and sort without a comparator.
    const packed = new Float64Array(n);
    for (let i = 0; i < n; i++) packed[i] = primary[i] * 2 ** 24 + i;
    packed.sort();
    return Uint32Array.from(packed, (k) => k % 2 ** 24);
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => primary[a] - primary[b] || (records[a].id ?? 0) - (records[b].id ?? 0));
  return Uint32Array.from(order);
}

// Records are replaced, not mutated, when an override or re-classification changes them,
// so a row cached per record object (and theme list) stays valid: a filter change then
// reuses rows instead of allocating 10,000 rows and 40,000 cells.
const rowCache = new WeakMap<ResponseRecord, { key: string; row: HeatmapRow }>();

/** One record's row; `key` is `themes.join('\u0000')`. Cached: treat it as read-only. */
export function heatmapRow(r: ResponseRecord, themes: readonly string[], key: string): HeatmapRow {
  const hit = rowCache.get(r);
  if (hit && hit.key === key) return hit.row;
  const { respondent, id: responseId } = r;
  const cells: HeatmapCell[] = new Array(themes.length);
  for (let t = 0; t < themes.length; t++) {
    const code = themeStanceCode(r, themes[t]);
    cells[t] = { respondent, responseId, theme: themes[t], stance: codeStance(code), explicit: (code & EXPLICIT_BIT) !== 0, overridden: (code & OVERRIDDEN_BIT) !== 0 };
  }
  const built: HeatmapRow = { respondent, kind: r.respondentKind, responseId, cells };
  rowCache.set(r, { key, row: built });
  return built;
}

/**
 * The heatmap data: one row per yttrande, one cell per theme, override winning.
 * Rows are cached per record and shared between calls: treat them as read-only.
 */
export function heatmapMatrix(records: readonly ResponseRecord[], themes: readonly string[]): HeatmapMatrix {
  const key = themes.join('\u0000');
  return { themes: [...themes], rows: Array.from(heatmapOrder(records), (i) => heatmapRow(records[i], themes, key)) };
}
