/**
 * Fit the stance model on labelled yttranden and measure it honestly: grouped k-fold
 * cross-validation (items of one source or one remissinstans in one fold) gives every item a
 * prediction from a model that never saw it; the softmax temperature is fitted on those
 * out-of-fold scores, the review threshold chosen on them, and the final model is fitted on
 * all items. Deterministic: the same items give the same model.
 */
import { STANCES, type Stance } from '../domain/types.ts';
import { evidenceReviewReasons } from '../classify/classify.ts';
import { findEvidence } from '../classify/evidenceSet.ts';
import { FEATURE_NAMES, featuresOf } from '../classify/features.ts';
import { groupedFolds } from './folds.ts';
import { fit, fitTemperature, predict, scores, softmax, type LogisticModel } from './logistic.ts';
import { chooseThreshold, type Scored } from './reliability.ts';

export interface LabelledItem {
  id: string;
  text: string;
  decision?: string;
  respondent?: string;
  label: Stance;
  /** Group keys: items sharing any key stay in one fold (source URL, remissinstans). */
  groups: string[];
  uncertain?: boolean;
}

export interface TrainOptions {
  folds?: number;
  l2?: number;
  /** Share of verdicts decided without review that must be right. */
  targetPrecision?: number;
  /**
   * Items that only ever train, never score (the team's own regression sets: they teach the
   * labelling conventions, e.g. that an explicit condition makes a yes conditional), and the
   * weight of each of them against one real item.
   */
  extra?: readonly LabelledItem[];
  extraWeight?: number;
}

export interface OutOfFold {
  id: string;
  gold: Stance;
  predicted: Stance;
  confidence: number;
  uncertain: boolean;
  /** The evidence gives a reason to review the predicted stance whatever its confidence. */
  alwaysReviewed: boolean;
}

export interface TrainResult {
  model: LogisticModel;
  temperature: number;
  reviewThreshold: number;
  thresholdMet: boolean;
  outOfFold: OutOfFold[];
}

export const DEFAULTS = { folds: 10, l2: 0.2, targetPrecision: 0.93, extraWeight: 1 } as const;

/** Feature rows of items (the rules run once per item). */
export function featureRows(items: readonly LabelledItem[]): number[][] {
  return items.map((it) => featuresOf(findEvidence({ text: it.text, decision: it.decision, respondent: it.respondent })));
}

/** Out-of-fold predictions for every item, and the fitted temperature. */
export function crossValidate(items: readonly LabelledItem[], rows: number[][], opts: TrainOptions = {}): { outOfFold: OutOfFold[]; temperature: number } {
  const k = opts.folds ?? DEFAULTS.folds;
  const l2 = opts.l2 ?? DEFAULTS.l2;
  const classes = [...STANCES];
  const y = items.map((it) => classes.indexOf(it.label));
  const fold = groupedFolds(items, k, (it) => it.groups);
  const extra = opts.extra ?? [];
  const extraRows = featureRows(extra);
  const extraY = extra.map((it) => classes.indexOf(it.label));
  const ew = opts.extraWeight ?? DEFAULTS.extraWeight;
  const raw: number[][] = new Array(items.length);
  for (let f = 0; f < k; f++) {
    const train = items.map((_, i) => i).filter((i) => fold[i] !== f);
    const test = items.map((_, i) => i).filter((i) => fold[i] === f);
    if (test.length === 0 || train.length === 0) continue;
    const m = fit([...train.map((i) => rows[i]), ...extraRows], [...train.map((i) => y[i]), ...extraY], classes, [...FEATURE_NAMES], {
      l2,
      sampleWeights: [...train.map(() => 1), ...extraRows.map(() => ew)],
    });
    for (const i of test) raw[i] = scores(m, rows[i]);
  }
  // One temperature for all folds, fitted on scores no model was fitted on.
  const temperature = bestTemperature(raw, y);
  const evidence = items.map((it) => findEvidence({ text: it.text, decision: it.decision, respondent: it.respondent }));
  const outOfFold = items.map((it, i): OutOfFold => {
    const p = softmax(raw[i].map((z) => z / temperature));
    let b = 0;
    for (let c = 1; c < p.length; c++) if (p[c] > p[b]) b = c;
    const predicted = classes[b];
    const alwaysReviewed = evidenceReviewReasons(evidence[i], predicted).length > 0;
    return { id: it.id, gold: it.label, predicted, confidence: p[b], uncertain: !!it.uncertain, alwaysReviewed };
  });
  return { outOfFold, temperature };
}

function bestTemperature(raw: number[][], y: number[]): number {
  // fitTemperature works on a model; here the scores are already computed, so an identity model.
  const identity: LogisticModel = { classes: [], features: [], mean: [0, 0, 0, 0], scale: [1, 1, 1, 1], weights: [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]], temperature: 1 };
  return fitTemperature(identity, raw, y);
}

/** Cross-validate, choose the review threshold, then fit the final model on everything. */
export function trainStance(items: readonly LabelledItem[], opts: TrainOptions = {}): TrainResult {
  if (items.length < 20) throw new TypeError('trainStance: at least 20 labelled items are needed');
  const rows = featureRows(items);
  const { outOfFold, temperature } = crossValidate(items, rows, opts);
  const scored: Scored[] = outOfFold.map((o) => ({ confidence: o.confidence, correct: o.gold === o.predicted, alwaysReviewed: o.alwaysReviewed }));
  const { threshold, met } = chooseThreshold(scored, opts.targetPrecision ?? DEFAULTS.targetPrecision);
  const classes = [...STANCES];
  const extra = opts.extra ?? [];
  const ew = opts.extraWeight ?? DEFAULTS.extraWeight;
  const model = fit([...rows, ...featureRows(extra)], [...items, ...extra].map((it) => classes.indexOf(it.label)), classes, [...FEATURE_NAMES], {
    l2: opts.l2 ?? DEFAULTS.l2,
    sampleWeights: [...rows.map(() => 1), ...extra.map(() => ew)],
  });
  model.temperature = temperature;
  return { model, temperature, reviewThreshold: threshold, thresholdMet: met, outOfFold };
}

export { predict };
