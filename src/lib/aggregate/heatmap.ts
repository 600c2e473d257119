import type { RespondentKind, ResponseRecord, Stance } from '../domain/types.ts';
import { RESPONDENT_KINDS } from '../domain/types.ts';
import { effectiveThemeStance } from '../domain/effective.ts';

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

const svOrder = new Intl.Collator('sv');
const kindRank = new Map<string, number>(RESPONDENT_KINDS.map((k, i) => [k, i]));

/**
 * Rows sorted by respondent kind (display order), then name in Swedish order (å, ä, ö
 * after z), then id. Collation is slow, so names are ranked once and rows sorted on numbers.
 */
function sortRecords(records: readonly ResponseRecord[]): ResponseRecord[] {
  const names = [...new Set(records.map((r) => r.respondent))].sort(svOrder.compare);
  const nameRank = new Map(names.map((n, i) => [n, i]));
  const kr = (r: ResponseRecord) => kindRank.get(r.respondentKind) ?? RESPONDENT_KINDS.length;
  return records.slice().sort(
    (a, b) => kr(a) - kr(b) || nameRank.get(a.respondent)! - nameRank.get(b.respondent)! || (a.id ?? 0) - (b.id ?? 0),
  );
}

/** The heatmap data: one row per yttrande, one cell per theme, override winning. */
export function heatmapMatrix(records: readonly ResponseRecord[], themes: readonly string[]): HeatmapMatrix {
  const rows = sortRecords(records).map((r): HeatmapRow => ({
    respondent: r.respondent,
    kind: r.respondentKind,
    responseId: r.id,
    cells: themes.map((theme) => ({ respondent: r.respondent, responseId: r.id, theme, ...effectiveThemeStance(r, theme) })),
  }));
  return { themes: [...themes], rows };
}
