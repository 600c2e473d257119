/** The sentence the remissammanställning cites for each yttrande. */
import { effectiveStance } from '../domain/effective.ts';
import type { ClassificationDetails, ResponseRecord } from '../domain/types.ts';

/**
 * responseId → the evidence sentence that carries the yttrande's (effective) stance,
 * preferring the decision sentence ("Nämnden tillstyrker …") over the body. A yttrande
 * whose stance a person changed is cited only when the machine found a sentence that
 * agrees with the person; the override's reason is the person's words, not a quote.
 * `details` holds the evidence (stored apart from the records; see db/details.ts).
 */
export function evidenceQuotes(records: readonly ResponseRecord[], details: ReadonlyMap<number, ClassificationDetails>): Map<number, string> {
  const out = new Map<number, string>();
  for (const r of records) {
    if (r.id === undefined) continue;
    const stance = effectiveStance(r);
    const agree = (details.get(r.id)?.evidence ?? []).filter((e) => e.stance === stance && e.text.trim() !== '');
    const best = agree.find((e) => e.source === 'decision') ?? agree[0];
    if (best) out.set(r.id, best.text);
  }
  return out;
}
