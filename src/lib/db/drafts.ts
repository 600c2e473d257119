/**
 * The edited remissammanställning of a remiss: one row per remiss (see DraftRow). Errors
 * propagate as Dexie's; the state layer tells them in Swedish (describeDbError).
 */
import type { RemissDb } from './schema.ts';
import type { DraftRow } from './types.ts';

/** The saved draft of a remiss, or undefined while the draft follows the data. */
export function loadDraft(db: RemissDb, consultationId: number): Promise<DraftRow | undefined> {
  return db.drafts.get(consultationId);
}

/** Save a person's draft (replaces the earlier one of the remiss). Rejects for a remiss that does not exist. */
export async function saveDraft(db: RemissDb, row: Omit<DraftRow, 'updatedAt'>, now = new Date()): Promise<DraftRow> {
  if (!Number.isInteger(row.consultationId)) throw new TypeError('saveDraft: consultationId must be an integer');
  const full: DraftRow = { consultationId: row.consultationId, format: row.format, text: row.text, base: row.base, updatedAt: now.toISOString() };
  await db.transaction('rw', db.consultations, db.drafts, async () => {
    // A draft for a remiss that is gone would be an orphan nobody can see.
    if (!(await db.consultations.get(row.consultationId))) throw new TypeError(`saveDraft: no remiss with id ${row.consultationId}`);
    await db.drafts.put(full);
  });
  return full;
}

/** Forget the draft: the generated text is shown again. */
export function deleteDraft(db: RemissDb, consultationId: number): Promise<void> {
  return db.drafts.delete(consultationId);
}
