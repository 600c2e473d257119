/** Read-only counts over the stored yttranden: per remiss, and what a deletion would remove. */
import type { ResponseRecord } from '../domain/types.ts';
import type { RemissDb } from './schema.ts';

/**
 * Number of yttranden per remiss id, in one walk over the consultationId index keys (no
 * record is read): 200,000 yttranden in 5,000 remisser is one cursor, not 5,000 queries.
 * No explicit transaction, so that a liveQuery sees every table and range it read.
 */
export async function responseCounts(db: RemissDb): Promise<Map<number, number>> {
  const [ids, keys] = await Promise.all([db.consultations.toCollection().primaryKeys(), db.responses.orderBy('consultationId').keys()]);
  const counts = new Map<number, number>(ids.map((id) => [id as number, 0]));
  for (const k of keys as number[]) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

const hasOverride = (r: ResponseRecord) => !!r.overrides.overall || Object.keys(r.overrides.themes).length > 0;

/** What deleting a remiss removes: its yttranden, and how many carry a manual assessment. */
export async function deletionSummary(db: RemissDb, consultationId: number): Promise<{ responses: number; overridden: number }> {
  return db.transaction('r', db.responses, async () => {
    let responses = 0;
    let overridden = 0;
    await db.responses
      .where('consultationId')
      .equals(consultationId)
      .each((r) => {
        responses++;
        if (hasOverride(r)) overridden++;
      });
    return { responses, overridden };
  });
}
