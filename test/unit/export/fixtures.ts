/** Small builders for export tests. */
import type { Classification, Consultation, ResponseRecord, Stance } from '../../../src/lib/domain/types.ts';

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

/** A record with sensible defaults; override any field. */
export function record(respondent: string, stance: Stance, extra: Partial<ResponseRecord> & { cls?: Partial<Classification> } = {}): ResponseRecord {
  const { cls, ...rest } = extra;
  return {
    id: nextId++,
    consultationId: 1,
    respondent,
    respondentKey: respondent.toLowerCase(),
    respondentKind: 'facknamnd',
    classification: {
      stance, confidence: 0.82, evidence: [], themes: {}, conditions: [], explanation: 'Beslutet tillstyrker.',
      disagreement: false, needsReview: false, ...cls,
    },
    overrides: { themes: {} },
    reviewed: false,
    textLength: 100,
    textHash: 'x',
    importedAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...rest,
  };
}
