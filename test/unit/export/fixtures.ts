/** Small builders for export tests. */
import type { Classification, ClassificationDetails, Consultation, ResponseRecord, Stance } from '../../../src/lib/domain/types.ts';
import { detailsOf, summarise } from '../../../src/lib/domain/classificationParts.ts';

export const consultation: Consultation = {
  title: 'Internationell strategi för Stockholms stad',
  reference: 'KS 2016/1234',
  themes: [
    { name: 'Profilering', keywords: ['profilering'] },
    { name: 'Påverkan', keywords: ['påverkan'] },
  ],
  recipients: ['Bromma stadsdelsnämnd', 'Kulturnämnden', 'Exploateringsnämnden', 'Fastighetsnämnden', 'Stockholm Vatten AB', 'Äldrenämnden'],
};

let nextId = 1;

/**
 * responseId → evidence and conditions of every record made by `record` (the library
 * stores them apart from the record; exports take them as an argument).
 */
export const DETAILS = new Map<number, ClassificationDetails>();

/** A record with sensible defaults; override any field. Its evidence and conditions go to DETAILS. */
export function record(respondent: string, stance: Stance, extra: Partial<ResponseRecord> & { cls?: Partial<Classification> } = {}): ResponseRecord {
  const { cls, ...rest } = extra;
  const full: Classification = {
    stance, confidence: 0.82, evidence: [], themes: {}, conditions: [], explanation: 'Beslutet tillstyrker.',
    disagreement: false, needsReview: false, ...cls,
  };
  const r: ResponseRecord = {
    id: nextId++,
    consultationId: 1,
    respondent,
    respondentKey: respondent.toLowerCase(),
    respondentKind: 'facknamnd',
    classification: summarise(full),
    overrides: { themes: {} },
    reviewed: false,
    textLength: 100,
    textHash: 'x',
    importedAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...rest,
  };
  DETAILS.set(r.id!, detailsOf(full));
  return r;
}
