import type { Classification, Consultation, Response, Stance } from '../../../src/lib/domain/types.ts';
import type { ImportItem } from '../../../src/lib/db/index.ts';
import { openLibrary, type RemissDb } from '../../../src/lib/db/index.ts';

let n = 0;
/** A fresh database per test: fake-indexeddb is shared by the whole file. */
export function freshDb(): RemissDb {
  return openLibrary(`test-${Date.now()}-${++n}-${Math.random().toString(36).slice(2)}`);
}

export function cls(stance: Stance, extra: Partial<Classification> = {}): Classification {
  return {
    stance,
    confidence: 0.8,
    evidence: [{ start: 0, end: 4, text: 'Text', stance }],
    themes: { Påverkan: { stance, explicit: false, evidence: [] } },
    conditions: [],
    explanation: 'Förvaltningen tillstyrker.',
    disagreement: false,
    needsReview: false,
    ...extra,
  };
}

export function item(respondent: string, text: string, stance: Stance = 'supporting', extra: Partial<Response> = {}): ImportItem {
  return {
    response: { respondent, respondentKind: 'stadsdelsnamnd', text, sourceLine: 2, ...extra },
    classification: cls(stance),
  };
}

export function consultation(extra: Partial<Consultation> = {}): Consultation {
  return {
    title: 'Internationell strategi för Stockholms stad',
    reference: 'KS 2016/1234',
    themes: [{ name: 'Påverkan', keywords: ['påverkan', 'påverka'] }],
    recipients: ['Bromma stadsdelsnämnd', 'Kulturnämnden'],
    ...extra,
  };
}

/** Every table's rows, for "nothing changed" comparisons. */
export async function snapshot(db: RemissDb) {
  const out: Record<string, unknown[]> = {};
  for (const t of db.allTables) out[t.name] = await t.toArray();
  return out;
}

export function many(count: number, prefix = 'Nämnd'): ImportItem[] {
  return Array.from({ length: count }, (_, i) => item(`${prefix} ${i}`, `Yttrande nummer ${i}. Förvaltningen tillstyrker.`));
}
