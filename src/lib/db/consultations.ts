import { CodedError } from '../domain/message.ts';
import type { Consultation } from '../domain/types.ts';
import { consultationKey } from '../domain/consultationKey.ts';
import type { RemissDb } from './schema.ts';

/** Fields a person may change on a remiss after import. */
export type ConsultationPatch = Partial<Pick<Consultation, 'title' | 'reference' | 'deadline' | 'themes' | 'recipients'>>;

/** The stored remiss with the same title and reference, if any. Remisser are few: scan. */
export async function findConsultation(
  db: RemissDb,
  c: Pick<Consultation, 'title' | 'reference'>,
): Promise<Consultation | undefined> {
  const key = consultationKey(c);
  const all = await db.consultations.toArray();
  return all.find((x) => consultationKey(x) === key);
}

export function listConsultations(db: RemissDb): Promise<Consultation[]> {
  return db.consultations.orderBy('title').toArray();
}

export function getConsultation(db: RemissDb, id: number): Promise<Consultation | undefined> {
  return db.consultations.get(id);
}

/** Renames or edits themes/recipients. Returns the updated remiss. */
export async function updateConsultation(db: RemissDb, id: number, patch: ConsultationPatch): Promise<Consultation> {
  return db.transaction('rw', db.consultations, async () => {
    const c = await db.consultations.get(id);
    if (!c) throw new CodedError('db.consultation-gone', { id });
    // Copy only the editable fields, never whatever else the caller's object carries.
    const next: Consultation = { ...c, updatedAt: new Date().toISOString() };
    if (patch.title !== undefined) next.title = patch.title;
    if (patch.reference !== undefined) next.reference = patch.reference;
    if (patch.deadline !== undefined) next.deadline = patch.deadline;
    if (patch.themes !== undefined) next.themes = patch.themes.map((t) => ({ name: t.name, keywords: [...t.keywords] }));
    if (patch.recipients !== undefined) next.recipients = [...patch.recipients];
    await db.consultations.put(next);
    return next;
  });
}

/** Deletes a remiss and everything that belongs to it, in one transaction. */
export async function deleteConsultation(db: RemissDb, id: number): Promise<void> {
  await db.transaction('rw', db.allTables, async () => {
    await deleteConsultationData(db, id);
  });
}

/** The cascade itself, for callers already inside a transaction over all tables. */
export async function deleteConsultationData(db: RemissDb, id: number): Promise<void> {
  await Promise.all([
    db.responses.where('consultationId').equals(id).delete(),
    db.texts.where('consultationId').equals(id).delete(),
    db.details.where('consultationId').equals(id).delete(),
    db.overrides.where('consultationId').equals(id).delete(),
    db.history.where('consultationId').equals(id).delete(),
    db.importLog.where('consultationId').equals(id).delete(),
    db.drafts.delete(id),
  ]);
  await db.consultations.delete(id);
}
