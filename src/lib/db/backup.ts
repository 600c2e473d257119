import { CodedError } from '../domain/message.ts';
import type { Classification, Consultation, ResponseRecord } from '../domain/types.ts';
import { joinClassification } from '../domain/classificationParts.ts';
import { fromRow } from './details.ts';
import type { RemissDb } from './schema.ts';
import type { HistoryRow, OverrideRow } from './types.ts';
import type { BackupWriter } from './backupWriter.ts';

export const BACKUP_FORMAT = 'remissradar-backup';
export const BACKUP_VERSION = 1;

/**
 * A stored yttrande with its text and its whole classification (evidence, conditions)
 * put back: a backup carries everything, whatever tables the library splits it into.
 */
export interface BackupResponse extends Omit<ResponseRecord, 'classification'> {
  classification: Classification;
  text: string;
}

export interface BackupConsultation {
  consultation: Consultation;
  responses: BackupResponse[];
  overrides: OverrideRow[];
  history: HistoryRow[];
}

/** A JSON-serialisable copy of the library (or one remiss). Ids are only links inside it. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  consultations: BackupConsultation[];
}

/** Reads one remiss (or all) with texts, overrides and history, in one read transaction. */
export function exportBackup(db: RemissDb, consultationId?: number): Promise<BackupFile> {
  return db.transaction('r', [db.consultations, db.responses, db.texts, db.details, db.overrides, db.history], async () => {
    const consultations =
      consultationId === undefined
        ? await db.consultations.toArray()
        : [await db.consultations.get(consultationId)].filter((c): c is Consultation => !!c);
    if (consultationId !== undefined && !consultations.length) throw new CodedError('db.consultation-gone', { id: consultationId });
    const out: BackupConsultation[] = [];
    for (const consultation of consultations) {
      const id = consultation.id!;
      const [records, texts, details, overrides, history] = await Promise.all([
        db.responses.where('consultationId').equals(id).sortBy('id'),
        db.texts.where('consultationId').equals(id).toArray(),
        db.details.where('consultationId').equals(id).toArray(),
        db.overrides.where('consultationId').equals(id).sortBy('id'),
        db.history.where('consultationId').equals(id).sortBy('id'),
      ]);
      const byId = new Map(texts.map((t) => [t.responseId, t]));
      const detailsById = new Map(details.map((d) => [d.responseId, d]));
      const responses = records.map((r) => {
        const t = byId.get(r.id!);
        const d = detailsById.get(r.id!);
        const classification = joinClassification(r.classification, d && fromRow(d));
        const out: BackupResponse = { ...r, classification, text: t?.text ?? '' };
        if (t?.themeTexts) out.themeTexts = t.themeTexts;
        return out;
      });
      out.push({ consultation, responses, overrides, history });
    }
    return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date().toISOString(), consultations: out };
  });
}

/** Rows read from the database at a time while writing a backup. */
const PAGE = 500;

/**
 * Writes one remiss (or all) into `writer` row by row, in one read transaction, reading
 * `PAGE` yttranden with their texts and details at a time: memory holds the output
 * chunks and one page, never the whole library as objects or as one string.
 */
export function writeBackup(db: RemissDb, writer: BackupWriter, consultationId?: number, exportedAt = new Date().toISOString()): Promise<void> {
  return db.transaction('r', [db.consultations, db.responses, db.texts, db.details, db.overrides, db.history], async () => {
    const consultations =
      consultationId === undefined
        ? await db.consultations.toArray()
        : [await db.consultations.get(consultationId)].filter((c): c is Consultation => !!c);
    if (consultationId !== undefined && !consultations.length) throw new CodedError('db.consultation-gone', { id: consultationId });
    writer.begin(exportedAt);
    for (const consultation of consultations) {
      const id = consultation.id!;
      writer.consultation(consultation);
      const ids = (await db.responses.where('consultationId').equals(id).primaryKeys()) as number[];
      ids.sort((a, b) => a - b);
      for (let from = 0; from < ids.length; from += PAGE) {
        const page = ids.slice(from, from + PAGE);
        const [records, texts, details] = await Promise.all([db.responses.bulkGet(page), db.texts.bulkGet(page), db.details.bulkGet(page)]);
        records.forEach((r, i) => {
          if (!r) return;
          const t = texts[i];
          const d = details[i];
          const out: BackupResponse = { ...r, classification: joinClassification(r.classification, d && fromRow(d)), text: t?.text ?? '' };
          if (t?.themeTexts) out.themeTexts = t.themeTexts;
          writer.response(out);
        });
      }
      for (const o of await db.overrides.where('consultationId').equals(id).sortBy('id')) writer.override(o);
      for (const h of await db.history.where('consultationId').equals(id).sortBy('id')) writer.history(h);
    }
    writer.end();
  });
}
