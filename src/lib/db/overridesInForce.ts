import { dict } from '../domain/own.ts';
import type { OverrideInfo, ResponseRecord } from '../domain/types.ts';
import type { OverrideRow } from './types.ts';

export type OverridesInForce = ResponseRecord['overrides'];

/**
 * Replays a response's override history (oldest first by id) into the overrides in
 * force: the last decision per theme wins, a null stance clears, undone rows are skipped.
 * Replaying instead of patching keeps undo trivially correct.
 */
export function overridesInForce(rows: readonly OverrideRow[]): OverridesInForce {
  const out: OverridesInForce = { themes: dict() };
  const sorted = [...rows].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  for (const r of sorted) {
    if (r.undone) continue;
    const info: OverrideInfo | undefined =
      r.stance === null ? undefined : { stance: r.stance, reason: r.reason, initials: r.initials, at: r.at };
    if (r.theme === null) {
      if (info) out.overall = info;
      else delete out.overall;
    } else if (info) {
      out.themes[r.theme] = info;
    } else {
      delete out.themes[r.theme];
    }
  }
  return out;
}
