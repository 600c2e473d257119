/**
 * The bundled sample remiss as the app stores it: parsed by the real import parser,
 * classified, split into records and details. For tests that check whole-remiss facts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classify } from '../../src/lib/classify/classify.ts';
import { detailsOf, summarise } from '../../src/lib/domain/classificationParts.ts';
import { respondentKey } from '../../src/lib/domain/normalize.ts';
import type { ClassificationDetails, Consultation, ResponseRecord } from '../../src/lib/domain/types.ts';
import { parseFile } from '../../src/lib/import/parseFile.ts';

export interface Sample {
  consultation: Consultation;
  records: ResponseRecord[];
  details: Map<number, ClassificationDetails>;
}

let cached: Sample | undefined;

export function sampleRemiss(): Sample {
  if (cached) return cached;
  const bytes = readFileSync(resolve(import.meta.dirname, '../../data/sample/remiss.json'));
  const parsed = parseFile(new Uint8Array(bytes), 'remiss.json');
  const c = parsed.consultation!;
  const consultation: Consultation = { id: 1, title: c.title!, reference: c.reference, themes: c.themes ?? [], recipients: c.recipients ?? [] };
  const details = new Map<number, ClassificationDetails>();
  const records = parsed.responses.map((resp, i): ResponseRecord => {
    const full = classify({ text: resp.text, decision: resp.decision, respondent: resp.respondent }, consultation.themes);
    const { text, ...rest } = resp;
    details.set(i + 1, detailsOf(full));
    return {
      ...rest, id: i + 1, consultationId: 1, respondentKey: respondentKey(resp.respondent),
      classification: summarise(full), overrides: { themes: {} }, reviewed: false,
      textLength: text.length, textHash: String(i), importedAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
    };
  });
  return (cached = { consultation, records, details });
}
