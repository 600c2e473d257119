import { own } from '../domain/own.ts';
import type { ResponseRecord } from '../domain/types.ts';
import { RESPONDENT_KINDS, STANCES } from '../domain/types.ts';
import { swedishRanks } from './swedishOrder.ts';

/** Columns of the yttranden table that sort. */
export type SortKey = 'respondent' | 'kind' | 'date' | 'stance' | 'confidence' | 'themes';
export type SortDir = 'asc' | 'desc';
export const SORT_KEYS: readonly SortKey[] = ['respondent', 'kind', 'date', 'stance', 'confidence', 'themes'];

const kindRank = new Map<string, number>(RESPONDENT_KINDS.map((k, i) => [k, i]));
const stanceRank = new Map<string, number>(STANCES.map((s, i) => [s, i]));

/** Number of themes the yttrande discusses itself (explicit, or decided by a person). */
export function explicitThemeCount(r: Pick<ResponseRecord, 'classification' | 'overrides'>): number {
  let n = 0;
  for (const k of Object.keys(r.classification.themes)) if (r.classification.themes[k].explicit || own(r.overrides.themes, k)) n++;
  for (const k of Object.keys(r.overrides.themes)) if (!own(r.classification.themes, k)) n++;
  return n;
}

/**
 * The records sorted for the table (a new array). Ties, and missing dates (always last),
 * fall back to the respondent in Swedish order, so the order is stable and predictable.
 * Keys are computed once per record, so 10,000 rows sort by numbers, not collators.
 */
export function sortResponses(records: readonly ResponseRecord[], key: SortKey, dir: SortDir = 'asc'): ResponseRecord[] {
  if (!SORT_KEYS.includes(key)) throw new TypeError(`sortResponses: unknown key ${JSON.stringify(key)}`);
  const ranks = swedishRanks(records.map((r) => r.respondent));
  const sign = dir === 'desc' ? -1 : 1;
  const rows = records.map((r, i) => ({ r, i, name: ranks.get(r.respondent)!, v: value(r, key) }));
  rows.sort((a, b) => {
    if (key !== 'respondent') {
      // Missing values (no date) go last whichever way the column is sorted.
      if (a.v === null || b.v === null) {
        if (a.v !== b.v) return a.v === null ? 1 : -1;
      } else if (a.v !== b.v) return (a.v < b.v ? -1 : 1) * sign;
      return a.name - b.name || a.i - b.i;
    }
    return (a.name - b.name) * sign || a.i - b.i;
  });
  return rows.map((x) => x.r);
}

function value(r: ResponseRecord, key: SortKey): number | string | null {
  switch (key) {
    case 'respondent':
      return null;
    case 'kind':
      return kindRank.get(r.respondentKind) ?? RESPONDENT_KINDS.length;
    case 'date':
      return r.date ?? null;
    case 'stance':
      return stanceRank.get(r.overrides.overall?.stance ?? r.classification.stance)!;
    case 'confidence':
      return r.classification.confidence;
    case 'themes':
      return explicitThemeCount(r);
  }
}
