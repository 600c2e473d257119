import { joinClassification } from '../domain/classificationParts.ts';
import type { Classification, ClassificationDetails, ResponseRecord } from '../domain/types.ts';
import type { RemissDb } from './schema.ts';
import type { DetailsRow } from './types.ts';

/** Rows of the details table: written beside each record, read only for the yttranden a view shows. */

/** A details row for storage. */
export function detailsRow(responseId: number, consultationId: number, d: ClassificationDetails): DetailsRow {
  return { responseId, consultationId, evidence: d.evidence, themeEvidence: d.themeEvidence, conditions: d.conditions };
}

/** The details part of a row (without its keys). */
export function fromRow(row: DetailsRow): ClassificationDetails {
  return { evidence: row.evidence ?? [], themeEvidence: row.themeEvidence ?? {}, conditions: row.conditions ?? [] };
}

/** Details by response id, one bulk read; a missing one is absent from the map. */
export async function loadDetails(db: RemissDb, ids: readonly number[]): Promise<Map<number, ClassificationDetails>> {
  const rows = await db.details.bulkGet([...ids]);
  const out = new Map<number, ClassificationDetails>();
  for (const r of rows) if (r) out.set(r.responseId, fromRow(r));
  return out;
}

/** One yttrande's details, or undefined when missing. */
export async function loadDetail(db: RemissDb, id: number): Promise<ClassificationDetails | undefined> {
  const r = await db.details.get(id);
  return r ? fromRow(r) : undefined;
}

/** A record with its full classification put back (for exports and the detail dialog). */
export type FullRecord = Omit<ResponseRecord, 'classification'> & { classification: Classification };

/** Joins a record with its details (empty evidence when not in the map). */
export function withDetails(r: ResponseRecord, details: ReadonlyMap<number, ClassificationDetails> | undefined): FullRecord {
  return { ...r, classification: joinClassification(r.classification, r.id === undefined ? undefined : details?.get(r.id)) };
}

/** Every details row of a remiss, by response id (for exports of the whole remiss). */
export async function loadConsultationDetails(db: RemissDb, consultationId: number): Promise<Map<number, ClassificationDetails>> {
  const rows = await db.details.where('consultationId').equals(consultationId).toArray();
  return new Map(rows.map((r) => [r.responseId, fromRow(r)]));
}
