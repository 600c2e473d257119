import { dict, own } from './own.ts';
import type { Classification, ClassificationDetails, ClassificationSummary } from './types.ts';

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
