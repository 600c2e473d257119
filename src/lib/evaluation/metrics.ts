/**
 * Evaluation metrics: accuracy, per-class precision / recall / F1, the confusion matrix,
 * the count of opposing yttranden called supporting (the error that must not happen), and
 * per-theme accuracy. Pure: pairs of (gold, predicted) in, numbers out.
 */
import { STANCES, type Stance } from '../domain/types.ts';

export interface ClassMetrics {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Metrics {
  n: number;
  accuracy: number;
  perClass: Record<Stance, ClassMetrics>;
  /** confusion[gold][predicted] */
  confusion: Record<Stance, Record<Stance, number>>;
  opposingAsSupporting: number;
  macroF1: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function isStance(x: unknown): x is Stance {
  return typeof x === 'string' && (STANCES as readonly string[]).includes(x);
}

export function emptyConfusion(): Record<Stance, Record<Stance, number>> {
  const c = {} as Record<Stance, Record<Stance, number>>;
  for (const g of STANCES) {
    c[g] = {} as Record<Stance, number>;
    for (const p of STANCES) c[g][p] = 0;
  }
  return c;
}

/** Metrics for pairs [gold, predicted]. Precision/recall of a class with no cases is 0. */
export function computeMetrics(pairs: readonly (readonly [Stance, Stance])[]): Metrics {
  const confusion = emptyConfusion();
  let correct = 0;
  for (const [g, p] of pairs) {
    confusion[g][p]++;
    if (g === p) correct++;
  }
  const perClass = {} as Record<Stance, ClassMetrics>;
  let f1Sum = 0;
  for (const s of STANCES) {
    const tp = confusion[s][s];
    const predicted = STANCES.reduce((a, g) => a + confusion[g][s], 0);
    const actual = STANCES.reduce((a, p) => a + confusion[s][p], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = actual ? tp / actual : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[s] = { precision: round(precision), recall: round(recall), f1: round(f1), support: actual };
    f1Sum += f1;
  }
  return {
    n: pairs.length,
    accuracy: pairs.length ? round(correct / pairs.length) : 0,
    perClass,
    confusion,
    opposingAsSupporting: confusion.opposing.supporting,
    macroF1: round(f1Sum / STANCES.length),
  };
}

/** Per-theme accuracy: theme name -> { n, correct, accuracy }. */
export function themeAccuracy(
  items: readonly { gold: Record<string, Stance>; predicted: Record<string, Stance> }[],
): Record<string, { n: number; correct: number; accuracy: number }> {
  const out: Record<string, { n: number; correct: number; accuracy: number }> = {};
  for (const it of items) {
    for (const [name, g] of Object.entries(it.gold)) {
      const r = (out[name] ??= { n: 0, correct: 0, accuracy: 0 });
      r.n++;
      if (it.predicted[name] === g) r.correct++;
    }
  }
  for (const r of Object.values(out)) r.accuracy = r.n ? round(r.correct / r.n) : 0;
  return out;
}

/** How well confidence and the review queue separate right from wrong verdicts. */
export interface Calibration {
  n: number;
  wrong: number;
  /** Mean confidence of the correct and of the wrong verdicts (0 when there are none). */
  meanConfidenceCorrect: number;
  meanConfidenceWrong: number;
  /** Share of wrong verdicts the review queue catches (needsReview). */
  wrongCaught: number;
  /** Share of correct verdicts sent to review anyway (the queue's cost). */
  correctReviewed: number;
  /** Share of all verdicts sent to review. */
  reviewShare: number;
}

/** Calibration of confidence and review flags against gold. */
export function calibration(items: readonly { correct: boolean; confidence: number; needsReview: boolean }[]): Calibration {
  const right = items.filter((x) => x.correct);
  const wrong = items.filter((x) => !x.correct);
  const mean = (xs: readonly { confidence: number }[]) => (xs.length ? round(xs.reduce((a, x) => a + x.confidence, 0) / xs.length) : 0);
  const share = (xs: readonly { needsReview: boolean }[]) => (xs.length ? round(xs.filter((x) => x.needsReview).length / xs.length) : 0);
  return {
    n: items.length,
    wrong: wrong.length,
    meanConfidenceCorrect: mean(right),
    meanConfidenceWrong: mean(wrong),
    wrongCaught: share(wrong),
    correctReviewed: share(right),
    reviewShare: share(items),
  };
}
