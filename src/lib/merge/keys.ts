import type { HistoryRow, OverrideRow } from '../db/types.ts';

/**
 * What makes two override decisions the same decision, whichever library holds them:
 * scope, stance, reason, who and when. Ids are only local links, so they never count.
 */
export function overrideKey(r: Pick<OverrideRow, 'theme' | 'stance' | 'reason' | 'initials' | 'at'>): string {
  return [r.theme ?? '\u0001', r.stance ?? '\u0001', r.reason, r.initials, r.at].join('\u0000');
}

/** The same for an event in a yttrande's log; links to other rows (ids) are left out. */
export function eventKey(e: Pick<HistoryRow, 'type' | 'at' | 'initials' | 'details'>): string {
  const d = e.details;
  return [e.type, e.at, e.initials ?? '', d.theme ?? '', d.stance ?? '', d.reason ?? '', d.reviewed ?? '', d.from ?? '', d.to ?? '', d.file ?? ''].join('\u0000');
}
