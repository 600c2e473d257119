import type { Classification, ClassificationDetails, OverrideInfo, RespondentKind, ResponseRecord, Stance, ThemeStance } from '../../../src/lib/domain/types.ts';
import { detailsOf as heavyPart, summarise } from '../../../src/lib/domain/classificationParts.ts';
import { respondentKey } from '../../../src/lib/domain/normalize.ts';
import { respondentKind } from '../../../src/lib/domain/respondentKind.ts';

/** What a test cares about; everything else gets a dull default. */
export interface RecordSpec {
  id?: number;
  respondent: string;
  kind?: RespondentKind;
  stance?: Stance;
  /** theme → [stance, explicit]. */
  themes?: Record<string, [Stance, boolean]>;
  overall?: Stance;
  themeOverrides?: Record<string, Stance>;
  reviewed?: boolean;
  jointWith?: string[];
  reference?: string;
  explanation?: string;
  evidence?: string[];
  conditions?: string[];
}

const ov = (stance: Stance): OverrideInfo => ({ stance, reason: 'Bedömt manuellt', initials: 'AB', at: '2026-01-01T00:00:00Z' });

/**
 * The evidence and conditions of records made by `rec` (stored apart from the record,
 * as the library does), and the text they are sentences of.
 */
const fixtureDetails = new WeakMap<ResponseRecord, ClassificationDetails>();

/** The details of one record made by `rec`. */
export const detailsFor = (r: ResponseRecord): ClassificationDetails => fixtureDetails.get(r)!;

/** responseId → details, for the records given (as the app loads them for a view). */
export function detailsOf(rs: readonly ResponseRecord[]): Map<number, ClassificationDetails> {
  return new Map(rs.filter((r) => fixtureDetails.has(r)).map((r) => [r.id!, fixtureDetails.get(r)!]));
}

/** responseId → full text: the record's evidence and condition sentences, one a line. */
export function textsOf(rs: readonly ResponseRecord[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const [id, d] of detailsOf(rs)) {
    const lines = [...d.evidence.map((e) => e.text), ...d.conditions.map((c) => c.text)];
    for (const k in d.themeEvidence) lines.push(...d.themeEvidence[k].map((e) => e.text));
    out.set(id, lines.join('\n'));
  }
  return out;
}

/** A ResponseRecord for tests; its details are in `detailsOf`, its sentences in `textsOf`. */
export function rec(s: RecordSpec): ResponseRecord {
  const themes: Record<string, ThemeStance> = {};
  for (const [t, [stance, explicit]] of Object.entries(s.themes ?? {})) themes[t] = { stance, explicit, evidence: [] };
  const full: Classification = {
    stance: s.stance ?? 'supporting',
    confidence: 0.9,
    evidence: (s.evidence ?? []).map((text, i) => ({ start: i * 100, end: i * 100 + text.length, text })),
    themes,
    conditions: (s.conditions ?? []).map((text) => ({ theme: null, text, start: 0, end: text.length })),
    explanation: s.explanation ?? '',
    disagreement: false,
    needsReview: false,
  };
  const r: ResponseRecord = {
    id: s.id,
    consultationId: 1,
    respondent: s.respondent,
    respondentKey: respondentKey(s.respondent),
    respondentKind: s.kind ?? respondentKind(s.respondent),
    reference: s.reference,
    jointWith: s.jointWith,
    classification: summarise(full),
    overrides: {
      overall: s.overall ? ov(s.overall) : undefined,
      themes: Object.fromEntries(Object.entries(s.themeOverrides ?? {}).map(([t, st]) => [t, ov(st)])),
    },
    reviewed: s.reviewed ?? false,
    textLength: 100,
    textHash: 'x',
    importedAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
  };
  fixtureDetails.set(r, heavyPart(full));
  return r;
}

/** Ids of records, for compact assertions. */
export const ids = (rs: readonly ResponseRecord[]) => rs.map((r) => r.id);
