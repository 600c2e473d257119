import type { OverrideInfo, RespondentKind, ResponseRecord, Stance, ThemeStance } from '../../../src/lib/domain/types.ts';
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

/** A ResponseRecord for tests. */
export function rec(s: RecordSpec): ResponseRecord {
  const themes: Record<string, ThemeStance> = {};
  for (const [t, [stance, explicit]] of Object.entries(s.themes ?? {})) themes[t] = { stance, explicit, evidence: [] };
  return {
    id: s.id,
    consultationId: 1,
    respondent: s.respondent,
    respondentKey: respondentKey(s.respondent),
    respondentKind: s.kind ?? respondentKind(s.respondent),
    reference: s.reference,
    jointWith: s.jointWith,
    classification: {
      stance: s.stance ?? 'supporting',
      confidence: 0.9,
      evidence: (s.evidence ?? []).map((text, i) => ({ start: i * 100, end: i * 100 + text.length, text })),
      themes,
      conditions: (s.conditions ?? []).map((text) => ({ theme: null, text, start: 0, end: text.length })),
      explanation: s.explanation ?? '',
      disagreement: false,
      needsReview: false,
    },
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
}

/** Ids of records, for compact assertions. */
export const ids = (rs: readonly ResponseRecord[]) => rs.map((r) => r.id);
