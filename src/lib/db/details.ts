import { dict, own } from '../domain/own.ts';
import type { Classification, ClassificationDetails, ClassificationSummary, ResponseRecord } from '../domain/types.ts';
import type { RemissDb } from './schema.ts';
import type { DetailsRow } from './types.ts';

/**
 * A Classification split in two: the summary the record carries (what charts, filters,
 * tables and the review queue read) and the details (evidence, theme evidence,
 * conditions: sentence text, most of the bytes), stored in their own table and loaded
 * only for the yttranden a view shows.
 */
export function summarise(c: Classification): ClassificationSummary {
  const themes: ClassificationSummary['themes'] = dict();
  for (const k of Object.keys(c.themes)) themes[k] = { stance: c.themes[k].stance, explicit: c.themes[k].explicit };
  return {
    stance: c.stance,
    confidence: c.confidence,
    themes,
    conditionCount: c.conditions.length,
    explanation: c.explanation,
    disagreement: c.disagreement,
    needsReview: c.needsReview,
    ...(c.reviewReasons?.length ? { reviewReasons: [...c.reviewReasons] } : {}),
  };
}

/** The heavy part of a Classification. */
export function detailsOf(c: Classification): ClassificationDetails {
  const themeEvidence: Record<string, ClassificationDetails['evidence']> = dict();
  for (const k of Object.keys(c.themes)) if (c.themes[k].evidence?.length) themeEvidence[k] = c.themes[k].evidence;
  return { evidence: c.evidence ?? [], themeEvidence, conditions: c.conditions ?? [] };
}

/** Both halves at once. */
export function splitClassification(c: Classification): { summary: ClassificationSummary; details: ClassificationDetails } {
  return { summary: summarise(c), details: detailsOf(c) };
}

/** No details (not loaded yet, or missing). */
export const NO_DETAILS: ClassificationDetails = Object.freeze({ evidence: [], themeEvidence: {}, conditions: [] }) as ClassificationDetails;

/** The full Classification again, from the record's summary and its details (empty when absent). */
export function joinClassification(s: ClassificationSummary, d: ClassificationDetails | undefined): Classification {
  const det = d ?? NO_DETAILS;
  const themes: Classification['themes'] = dict();
  for (const k of Object.keys(s.themes)) themes[k] = { stance: s.themes[k].stance, explicit: s.themes[k].explicit, evidence: own(det.themeEvidence, k) ?? [] };
  return {
    stance: s.stance,
    confidence: s.confidence,
    evidence: det.evidence,
    themes,
    conditions: det.conditions,
    explanation: s.explanation,
    disagreement: s.disagreement,
    needsReview: s.needsReview,
    ...(s.reviewReasons?.length ? { reviewReasons: [...s.reviewReasons] } : {}),
  };
}

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
