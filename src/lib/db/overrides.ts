import type { ResponseRecord, Stance } from '../domain/types.ts';
import type { RemissDb } from './schema.ts';
import type { OverrideRow } from './types.ts';
import { refreshOverrides, requireRecord } from './history.ts';

/** A person's stance on a yttrande (theme null = overall). Returns the updated record. */
export function setOverride(
  db: RemissDb,
  responseId: number,
  theme: string | null,
  stance: Stance,
  reason: string,
  initials: string,
): Promise<ResponseRecord> {
  return writeOverride(db, responseId, theme, stance, reason, initials);
}

/** Removes the override in force (the machine's stance counts again); kept in history. */
export function clearOverride(
  db: RemissDb,
  responseId: number,
  theme: string | null,
  initials: string,
  reason = '',
): Promise<ResponseRecord> {
  return writeOverride(db, responseId, theme, null, reason, initials);
}

function writeOverride(
  db: RemissDb,
  responseId: number,
  theme: string | null,
  stance: Stance | null,
  reason: string,
  initials: string,
): Promise<ResponseRecord> {
  return db.transaction('rw', [db.responses, db.overrides, db.history], async () => {
    const record = await requireRecord(db, responseId);
    const at = new Date().toISOString();
    const row: OverrideRow = { responseId, consultationId: record.consultationId, theme, stance, reason, initials, at };
    const overrideId = await db.overrides.add(row);
    await db.history.add({
      responseId,
      consultationId: record.consultationId,
      type: 'override',
      at,
      initials,
      details: { overrideId, theme, stance, reason },
    });
    return refreshOverrides(db, record, at);
  });
}

/** Marks a yttrande as looked at (or not). Returns the updated record. */
export function setReviewed(db: RemissDb, responseId: number, reviewed: boolean, initials: string): Promise<ResponseRecord> {
  return db.transaction('rw', [db.responses, db.history], async () => {
    const record = await requireRecord(db, responseId);
    const at = new Date().toISOString();
    await db.history.add({
      responseId,
      consultationId: record.consultationId,
      type: 'reviewed',
      at,
      initials,
      details: { reviewed, previousReviewed: record.reviewed, previousReviewedBy: record.reviewedBy, previousChanged: record.changedOnImport },
    });
    const next: ResponseRecord = { ...record, reviewed, reviewedBy: reviewed ? initials : undefined, updatedAt: at };
    // A person has read what the re-import changed.
    if (reviewed) delete next.changedOnImport;
    await db.responses.put(next);
    return next;
  });
}
