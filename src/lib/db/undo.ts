import type { ResponseRecord } from '../domain/types.ts';
import type { RemissDb } from './schema.ts';
import { getHistory, refreshOverrides, requireRecord } from './history.ts';

/**
 * Reverts the latest override or reviewed event that is not yet undone, restoring the
 * state before it. The event stays in the log (marked undone) and an 'undo' event is
 * appended, so history keeps what happened. Returns the updated record, or null when
 * there is nothing to undo. Repeated calls walk further back.
 */
export function undoLast(db: RemissDb, responseId: number, initials?: string): Promise<ResponseRecord | null> {
  return db.transaction('rw', [db.responses, db.overrides, db.history], async () => {
    let record = await requireRecord(db, responseId);
    const events = await getHistory(db, responseId);
    const last = events.reverse().find((e) => !e.undone && (e.type === 'override' || e.type === 'reviewed'));
    if (!last) return null;
    const at = new Date().toISOString();
    await db.history.update(last.id!, { undone: true });
    await db.history.add({
      responseId,
      consultationId: record.consultationId,
      type: 'undo',
      at,
      initials,
      details: { undoneEventId: last.id },
    });
    if (last.type === 'override') {
      if (last.details.overrideId !== undefined) await db.overrides.update(last.details.overrideId, { undone: true });
      return refreshOverrides(db, record, at);
    }
    record = {
      ...record,
      reviewed: last.details.previousReviewed ?? false,
      reviewedBy: last.details.previousReviewedBy,
      changedOnImport: last.details.previousChanged,
      updatedAt: at,
    };
    if (!record.changedOnImport) delete record.changedOnImport;
    await db.responses.put(record);
    return record;
  });
}
