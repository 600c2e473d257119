import { describe, expect, it } from 'vitest';
import { calibration, computeMetrics, themeAccuracy } from '../../../src/lib/evaluation/metrics.ts';
import { parseJsonl, parseSample } from '../../../src/lib/evaluation/evalSet.ts';
import type { Stance } from '../../../src/lib/domain/types.ts';

describe('computeMetrics', () => {
  const pairs: [Stance, Stance][] = [
    ['supporting', 'supporting'],
    ['supporting', 'conditional'],
    ['conditional', 'conditional'],
    ['opposing', 'opposing'],
    ['opposing', 'supporting'],
    ['none', 'none'],
  ];
  const m = computeMetrics(pairs);

  it('computes accuracy over all pairs', () => {
    expect(m.n).toBe(6);
    expect(m.accuracy).toBeCloseTo(4 / 6, 3);
  });
  it('fills the confusion matrix with gold rows and predicted columns', () => {
    expect(m.confusion.supporting.conditional).toBe(1);
    expect(m.confusion.opposing.supporting).toBe(1);
    expect(m.confusion.none.none).toBe(1);
  });
  it('counts opposing called supporting', () => {
    expect(m.opposingAsSupporting).toBe(1);
  });
  it('computes per-class precision, recall and F1', () => {
    expect(m.perClass.supporting).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
    expect(m.perClass.conditional).toEqual({ precision: 0.5, recall: 1, f1: 0.667, support: 1 });
    expect(m.perClass.none).toEqual({ precision: 1, recall: 1, f1: 1, support: 1 });
  });
  it('gives zeros, not NaN, for an empty set and for absent classes', () => {
    const e = computeMetrics([]);
    expect(e.accuracy).toBe(0);
    expect(e.perClass.none).toEqual({ precision: 0, recall: 0, f1: 0, support: 0 });
  });
});

describe('themeAccuracy', () => {
  it('scores only labelled themes', () => {
    const r = themeAccuracy([
      { gold: { A: 'supporting', B: 'opposing' }, predicted: { A: 'supporting', B: 'supporting', C: 'none' } },
      { gold: { A: 'none' }, predicted: { A: 'none' } },
    ]);
    expect(r).toEqual({ A: { n: 2, correct: 2, accuracy: 1 }, B: { n: 1, correct: 0, accuracy: 0 } });
  });
});

describe('evaluation set parsing', () => {
  it('reads JSON lines with themeKeywords, else the theme name as keyword', () => {
    const line1 = JSON.stringify({ id: 'x1', text: 'T', label: 'opposing', themes: { Avgift: 'opposing' }, themeKeywords: { Avgift: ['avgift', 'taxa'] } });
    const line2 = JSON.stringify({ id: 'x2', text: 'U', label: 'none', themes: { Tid: 'none' } });
    const items = parseJsonl(`${line1}\n\n${line2}\n`);
    expect(items.map((i) => i.id)).toEqual(['x1', 'x2']);
    expect(items[0].themes).toEqual([{ name: 'Avgift', keywords: ['avgift', 'taxa'] }]);
    expect(items[1].themes).toEqual([{ name: 'Tid', keywords: ['Tid'] }]);
  });
  it('rejects a line without a valid label', () => {
    expect(() => parseJsonl(JSON.stringify({ text: 'T', label: 'maybe' }))).toThrow(/rad 1/);
  });
  it('pairs sample responses with gold labels by respondent name', () => {
    const remiss = { consultation: { themes: [{ name: 'A', keywords: ['a'] }] }, responses: [{ respondent: 'Nämnd X', text: 'T', decision: 'D' }] };
    const gold = [{ respondent: ' nämnd x ', stance: 'supporting', themes: { A: 'supporting' } }, { respondent: 'Okänd', stance: 'none' }];
    const items = parseSample(remiss, gold);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ text: 'T', decision: 'D', label: 'supporting', themeLabels: { A: 'supporting' } });
  });
});

describe('calibration', () => {
  it('separates the confidence of right and wrong verdicts and counts errors caught by review', () => {
    const c = calibration([
      { correct: true, confidence: 0.9, needsReview: false },
      { correct: true, confidence: 0.7, needsReview: true },
      { correct: false, confidence: 0.5, needsReview: true },
      { correct: false, confidence: 0.7, needsReview: false },
    ]);
    expect(c).toEqual({ n: 4, wrong: 2, meanConfidenceCorrect: 0.8, meanConfidenceWrong: 0.6, wrongCaught: 0.5, correctReviewed: 0.5, reviewShare: 0.5 });
  });
  it('is all zeros for no items', () => {
    expect(calibration([]).meanConfidenceWrong).toBe(0);
  });
});
