import { describe, expect, it } from 'vitest';
import type { ResponseRecord, ReviewReason } from '../../../src/lib/domain/types.ts';
import { nextInQueue, queueReasons, reviewQueue } from '../../../src/lib/aggregate/reviewQueue.ts';
import { REVIEW_THRESHOLD } from '../../../src/lib/classify/reviewThreshold.ts';

/** Confident: above the trained threshold, whatever it is today. */
const SURE = (REVIEW_THRESHOLD + 1) / 2;

function rec(id: number, respondent: string, confidence: number, extra: { disagreement?: boolean; needsReview?: boolean; reviewed?: boolean } = {}): ResponseRecord {
  return {
    id,
    consultationId: 1,
    respondent,
    respondentKey: respondent.toLowerCase(),
    respondentKind: 'facknamnd',
    classification: {
      stance: 'supporting',
      confidence,
      themes: {},
      conditionCount: 0,
      explanation: '',
      disagreement: extra.disagreement ?? false,
      needsReview: extra.needsReview ?? (confidence < 0.6 || !!extra.disagreement),
    },
    overrides: { themes: {} },
    reviewed: extra.reviewed ?? false,
    textLength: 1,
    textHash: 'x',
    importedAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
  };
}

function withReasons(r: ResponseRecord, reviewReasons: ReviewReason[]): ResponseRecord {
  return { ...r, classification: { ...r.classification, reviewReasons } };
}

describe('queueReasons', () => {
  const cases: [string, ResponseRecord, string[]][] = [
    ['a confident verdict is not queued', rec(1, 'A', SURE), []],
    ['low confidence is queued', rec(1, 'A', 0.4), ['lowConfidence']],
    ['decision and body disagreeing is queued', rec(1, 'A', SURE, { disagreement: true }), ['disagreement']],
    ['both reasons are given', rec(1, 'A', 0.3, { disagreement: true }), ['lowConfidence', 'disagreement']],
    ['needsReview without another reason counts as low confidence', rec(1, 'A', 0.7, { needsReview: true }), ['lowConfidence']],
    ['a text changed on re-import is its own reason', { ...rec(1, 'A', 0.9), changedOnImport: 'text' }, ['textChanged']],
    ['a decision changed on re-import is its own reason', { ...rec(1, 'A', 0.9), changedOnImport: 'decision' }, ['decisionChanged']],
    ['both changed, and unsure too', { ...rec(1, 'A', 0.4), changedOnImport: 'both' }, ['textChanged', 'decisionChanged', 'lowConfidence']],
    [
      'the classifier’s own reasons are shown as they are, not as low confidence',
      withReasons(rec(1, 'A', SURE, { needsReview: true }), ['opposition-present', 'partial-yes']),
      ['oppositionPresent', 'partialYes'],
    ],
    ['its low-confidence and disagreement are not doubled', withReasons(rec(1, 'A', 0.4, { disagreement: true }), ['low-confidence', 'disagreement', 'no-evidence']), ['lowConfidence', 'disagreement', 'noEvidence']],
    ['a changed text beside a stored reason', { ...withReasons(rec(1, 'A', SURE, { needsReview: true }), ['truncated']), changedOnImport: 'text' }, ['textChanged', 'truncated']],
  ];
  for (const [name, r, expected] of cases) it(name, () => expect(queueReasons(r)).toEqual(expected));
});

describe('reviewQueue', () => {
  const records = [
    rec(1, 'Östermalm', 0.5),
    rec(2, 'Bromma', 0.9),
    rec(3, 'Älvsjö', 0.2, { reviewed: true }),
    rec(4, 'Farsta', 0.8, { disagreement: true }),
    rec(5, 'Enskede', 0.5),
  ];

  it('lists unreviewed queued records, least confident first, ties in Swedish order', () => {
    expect(reviewQueue(records).map((i) => i.record.id)).toEqual([5, 1, 4]);
  });

  it('includes reviewed records on request', () => {
    expect(reviewQueue(records, { includeReviewed: true }).map((i) => i.record.id)).toEqual([3, 5, 1, 4]);
  });

  it('is empty when nothing needs review', () => {
    expect(reviewQueue([rec(1, 'A', 0.95)])).toEqual([]);
  });
});

describe('nextInQueue', () => {
  const records = [rec(1, 'A', 0.1), rec(2, 'B', 0.2), rec(3, 'C', 0.3, { reviewed: true }), rec(4, 'D', 0.4)];

  it('gives the next unreviewed record after the current one', () => {
    expect(nextInQueue(records, 2)?.id).toBe(4);
  });

  it('wraps around to the start', () => {
    expect(nextInQueue(records, 4)?.id).toBe(1);
  });

  it('gives the first when the current one is not queued', () => {
    expect(nextInQueue(records, 99)?.id).toBe(1);
    expect(nextInQueue(records, null)?.id).toBe(1);
  });

  it('gives null when only the current one is left', () => {
    expect(nextInQueue([rec(1, 'A', 0.1), rec(2, 'B', 0.2, { reviewed: true })], 1)).toBeNull();
  });
});
