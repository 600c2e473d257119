/** Read-only questions the library view asks the local database. */
import type { ResponseRecord } from '../domain/types.ts';
import type { RemissDb } from '../db/schema.ts';

/**
 * Number of yttranden per remiss id (remisser are few; one count query each, by index).
 * No explicit transaction, so that a liveQuery sees every table and range it read.
 */
export async function responseCounts(db: RemissDb): Promise<Map<number, number>> {
  const ids = (await db.consultations.toArray()).map((c) => c.id!);
  const counts = await Promise.all(ids.map((id) => db.responses.where('consultationId').equals(id).count()));
  return new Map(ids.map((id, i) => [id, counts[i]]));
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
