import type { RespondentKind, ResponseRecord } from '../domain/types.ts';
import { RESPONDENT_KINDS } from '../domain/types.ts';
import { emptyIds, zeroCounts, type StanceCounts, type StanceIds } from './stanceCounts.ts';

/** Overall stance counts for one kind of respondent. */
export interface KindCounts {
  kind: RespondentKind;
  counts: StanceCounts;
  total: number;
  /** Response ids per stance (records without an id are counted but not listed). */
  ids: StanceIds;
}

/**
 * Effective overall stance per respondent kind, one entry per kind in display order
 * (empty kinds included with total 0, so colours and rows stay put as filters change).
 */
export function byKind(records: readonly ResponseRecord[]): KindCounts[] {
  const out = RESPONDENT_KINDS.map((kind): KindCounts => ({ kind, counts: zeroCounts(), total: 0, ids: emptyIds() }));
  const at = new Map<string, KindCounts>(out.map((k) => [k.kind, k]));
  for (const r of records) {
    // An unknown kind from old data counts as övrig rather than vanishing.
    const k = at.get(r.respondentKind) ?? out[out.length - 1];
    const stance = r.overrides.overall?.stance ?? r.classification.stance;
    k.counts[stance]++;
    k.total++;
    if (r.id !== undefined) k.ids[stance].push(r.id);
  }
  return out;
}
