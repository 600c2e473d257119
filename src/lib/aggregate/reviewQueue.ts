/**
 * The review queue: yttranden the machine is unsure of (low confidence) or whose decision
 * and body point different ways, least certain first.
 */
import type { ResponseRecord, ReviewReason } from '../domain/types.ts';
import { REVIEW_THRESHOLD } from '../classify/reviewThreshold.ts';

/** Below this confidence a verdict is "låg säkerhet": the classifier's own review threshold. */
export const LOW_CONFIDENCE = REVIEW_THRESHOLD;

/**
 * Why a yttrande is in the queue: the machine is unsure, its decision and body disagree,
 * or a re-import changed its text, its decision or both since a person last read it.
 */
export type QueueReason =
  | 'lowConfidence'
  | 'disagreement'
  | 'textChanged'
  | 'decisionChanged'
  // The classifier's own reasons beyond confidence (classify.evidenceReviewReasons).
  | 'oppositionPresent'
  | 'anotherBodyDiffers'
  | 'partialYes'
  | 'readingInDoubt'
  | 'noEvidence'
  | 'truncated';

const FROM_CLASSIFIER: Partial<Record<ReviewReason, QueueReason>> = {
  'opposition-present': 'oppositionPresent',
  'another-body-differs': 'anotherBodyDiffers',
  'partial-yes': 'partialYes',
  'reading-in-doubt': 'readingInDoubt',
  'no-evidence': 'noEvidence',
  truncated: 'truncated',
};

export interface QueueItem {
  record: ResponseRecord;
  reasons: QueueReason[];
}

/** Why a record is queued; empty when it is not. */
export function queueReasons(r: Pick<ResponseRecord, 'classification' | 'changedOnImport'>): QueueReason[] {
  const c = r.classification;
  const reasons: QueueReason[] = [];
  const changed = r.changedOnImport;
  if (changed === 'text' || changed === 'both') reasons.push('textChanged');
  if (changed === 'decision' || changed === 'both') reasons.push('decisionChanged');
  if (c.confidence < LOW_CONFIDENCE) reasons.push('lowConfidence');
  if (c.disagreement) reasons.push('disagreement');
  for (const why of c.reviewReasons ?? []) {
    const q = FROM_CLASSIFIER[why];
    if (q && !reasons.includes(q)) reasons.push(q);
  }
  // A verdict marked for review without a stored reason (records classified before reasons were kept).
  if (c.needsReview && !reasons.some((x) => x !== 'textChanged' && x !== 'decisionChanged')) reasons.push('lowConfidence');
  return reasons;
}

const svOrder = new Intl.Collator('sv', { numeric: true });

/**
 * The queued records, confidence ascending (ties in Swedish name order). Reviewed ones
 * only with `includeReviewed`.
 */
export function reviewQueue(records: readonly ResponseRecord[], opts: { includeReviewed?: boolean } = {}): QueueItem[] {
  const out: QueueItem[] = [];
  for (const record of records) {
    if (record.reviewed && !opts.includeReviewed) continue;
    const reasons = queueReasons(record);
    if (reasons.length) out.push({ record, reasons });
  }
  return out.sort(
    (a, b) =>
      a.record.classification.confidence - b.record.classification.confidence ||
      svOrder.compare(a.record.respondent, b.record.respondent) ||
      (a.record.id ?? 0) - (b.record.id ?? 0),
  );
}

/** The next unreviewed record in the queue after `currentId` (wrapping), or null. */
export function nextInQueue(records: readonly ResponseRecord[], currentId: number | null): ResponseRecord | null {
  const all = reviewQueue(records, { includeReviewed: true });
  const open = (i: QueueItem) => !i.record.reviewed && i.record.id !== currentId;
  const at = all.findIndex((i) => i.record.id === currentId);
  const after = at < 0 ? all : [...all.slice(at + 1), ...all.slice(0, at)];
  return after.find(open)?.record ?? null;
}
