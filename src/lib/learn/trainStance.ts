/**
 * Fit the stance model on labelled yttranden and measure it honestly: grouped k-fold
 * cross-validation (items of one source or one remissinstans in one fold) gives every item a
 * prediction from a model that never saw it; the softmax temperature is fitted on those
 * out-of-fold scores, the review threshold chosen on them, and the final model is fitted on
 * all items. Deterministic: the same items give the same model.
 *
 * Two models are fitted, in this order, inside every fold and then on everything: the
 * sentence model (verdictSentence.ts: which sentences a labeller quoted as the basis of the
 * label, from the items' `label_basis`), then the stance model over the evidence features,
 * which include that sentence model's verdict features. So no fold's items are scored with a
 * sentence model that saw their basis.
 */
import { STANCES, type Stance } from '../domain/types.ts';
import { evidenceReviewReasons } from '../classify/classify.ts';
import { findEvidence, type EvidenceSet } from '../classify/evidenceSet.ts';
import { FEATURE_NAMES, featuresOf } from '../classify/features.ts';
import { SENTENCE_FEATURE_NAMES, basisLabels, verdictSentences, type VerdictSentence } from '../classify/verdictSentence.ts';
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
  /** The phrases that decide the label (literal substrings of text, fragments joined by " ... "): the sentence model's labels. */
  basis?: string;
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
  /** The sentence model (verdictSentence.ts), fitted on all items' label_basis; null when they have none (its features are then 0). */
  verdictModel: LogisticModel | null;
  temperature: number;
  reviewThreshold: number;
  thresholdMet: boolean;
  outOfFold: OutOfFold[];
  /** The review queue with its threshold chosen without the scored fold (nestedQueue). */
  nested: NestedQueue;
}

export const DEFAULTS = { folds: 10, l2: 0.2, targetPrecision: 0.95, extraWeight: 1, sentenceL2: 0.5 } as const;

/** What the rules found in an item, and its cue-bearing sentences: computed once, whatever the models. */
export interface Prepared {
  evidence: EvidenceSet;
  sentences: VerdictSentence[];
  /** The sentence model's labels (basisLabels), empty without a label_basis. */
  basisLabels: number[];
}

export function prepare(items: readonly LabelledItem[]): Prepared[] {
  return items.map((it) => {
    const evidence = findEvidence({ text: it.text, decision: it.decision, respondent: it.respondent });
    const sentences = verdictSentences(evidence);
    return { evidence, sentences, basisLabels: it.basis ? basisLabels(sentences, evidence.text, it.basis) : [] };
  });
}

/** The sentence model fitted on the sentences of items that have a label_basis; null with too few of either class. */
export function fitVerdictModel(prepared: readonly Prepared[], l2: number = DEFAULTS.sentenceL2): LogisticModel | null {
  const X: number[][] = [];
  const y: number[] = [];
  for (const p of prepared) {
    if (p.basisLabels.length === 0) continue;
    p.sentences.forEach((s, i) => {
      X.push(s.features);
      y.push(p.basisLabels[i]);
    });
  }
  const positives = y.filter((v) => v === 1).length;
  if (positives < 5 || y.length - positives < 5) return null;
  return fit(X, y, ['other', 'verdict'], [...SENTENCE_FEATURE_NAMES], { l2, iterations: 600, learningRate: 0.3 });
}

/** Feature rows of prepared items under a sentence model. */
export function featureRows(prepared: readonly Prepared[], verdictModel: LogisticModel | null): number[][] {
  return prepared.map((p) => featuresOf(p.evidence, verdictModel));
}

/** Out-of-fold predictions for every item, and the fitted temperature. */
export function crossValidate(
  items: readonly LabelledItem[],
  opts: TrainOptions = {},
  prepared: readonly Prepared[] = prepare(items),
  extraPrepared: readonly Prepared[] = prepare(opts.extra ?? []),
): { outOfFold: OutOfFold[]; temperature: number } {
  const k = opts.folds ?? DEFAULTS.folds;
  const l2 = opts.l2 ?? DEFAULTS.l2;
  const classes = [...STANCES];
  const y = items.map((it) => classes.indexOf(it.label));
  const fold = groupedFolds(items, k, (it) => it.groups);
  const extra = opts.extra ?? [];
  const extraY = extra.map((it) => classes.indexOf(it.label));
  const ew = opts.extraWeight ?? DEFAULTS.extraWeight;
  const raw: number[][] = new Array(items.length);
  for (let f = 0; f < k; f++) {
    const train = items.map((_, i) => i).filter((i) => fold[i] !== f);
    const test = items.map((_, i) => i).filter((i) => fold[i] === f);
    if (test.length === 0 || train.length === 0) continue;
    // The fold's own sentence model: the test items' label_basis is never seen.
    const vm = fitVerdictModel(train.map((i) => prepared[i]));
    const rowOf = (i: number) => featuresOf(prepared[i].evidence, vm);
    const extraRows = featureRows(extraPrepared, vm);
    const m = fit([...train.map(rowOf), ...extraRows], [...train.map((i) => y[i]), ...extraY], classes, [...FEATURE_NAMES], {
      l2,
      sampleWeights: [...train.map(() => 1), ...extraRows.map(() => ew)],
    });
    for (const i of test) raw[i] = scores(m, rowOf(i));
  }
  // One temperature for all folds, fitted on scores no model was fitted on.
  const temperature = bestTemperature(raw, y);
  const evidence = prepared.map((p) => p.evidence);
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

export interface NestedQueue {
  /** Share of all items decided without review, and the share of those that are right. */
  coverage: number;
  precision: number;
  /** The threshold chosen for each fold, on the other folds' verdicts. */
  thresholds: number[];
}

/**
 * The review queue measured without flattering its threshold: for each fold, the threshold is
 * chosen (chooseThreshold) on the other folds' out-of-fold verdicts only, and applied to this
 * fold's. The threshold chosen on all verdicts and scored on the same verdicts is a little
 * optimistic; this is not.
 */
export function nestedQueue(items: readonly LabelledItem[], outOfFold: readonly OutOfFold[], targetPrecision: number, k: number = DEFAULTS.folds): NestedQueue {
  const fold = groupedFolds(items, k, (it) => it.groups);
  const scored: Scored[] = outOfFold.map((o) => ({ confidence: o.confidence, correct: o.gold === o.predicted, alwaysReviewed: o.alwaysReviewed }));
  let decided = 0;
  let right = 0;
  const thresholds: number[] = [];
  for (let f = 0; f < k; f++) {
    if (!fold.some((x) => x === f)) continue;
    const { threshold } = chooseThreshold(scored.filter((_, i) => fold[i] !== f), targetPrecision);
    thresholds.push(threshold);
    scored.forEach((x, i) => {
      if (fold[i] !== f || x.alwaysReviewed || x.confidence < threshold) return;
      decided++;
      if (x.correct) right++;
    });
  }
  return { coverage: items.length ? decided / items.length : 0, precision: decided ? right / decided : 0, thresholds };
}

/** Cross-validate, choose the review threshold, then fit the final model on everything. */
export function trainStance(items: readonly LabelledItem[], opts: TrainOptions = {}): TrainResult {
  if (items.length < 20) throw new TypeError('trainStance: at least 20 labelled items are needed');
  const prepared = prepare(items);
  const extraPrepared = prepare(opts.extra ?? []);
  const { outOfFold, temperature } = crossValidate(items, opts, prepared, extraPrepared);
  const scored: Scored[] = outOfFold.map((o) => ({ confidence: o.confidence, correct: o.gold === o.predicted, alwaysReviewed: o.alwaysReviewed }));
  const { threshold, met } = chooseThreshold(scored, opts.targetPrecision ?? DEFAULTS.targetPrecision);
  const classes = [...STANCES];
  const extra = opts.extra ?? [];
  const ew = opts.extraWeight ?? DEFAULTS.extraWeight;
  const verdictModel = fitVerdictModel(prepared);
  const rows = featureRows(prepared, verdictModel);
  const model = fit([...rows, ...featureRows(extraPrepared, verdictModel)], [...items, ...extra].map((it) => classes.indexOf(it.label)), classes, [...FEATURE_NAMES], {
    l2: opts.l2 ?? DEFAULTS.l2,
    sampleWeights: [...rows.map(() => 1), ...extra.map(() => ew)],
  });
  model.temperature = temperature;
  const nested = nestedQueue(items, outOfFold, opts.targetPrecision ?? DEFAULTS.targetPrecision, opts.folds ?? DEFAULTS.folds);
  return { model, verdictModel, temperature, reviewThreshold: threshold, thresholdMet: met, outOfFold, nested };
}

export { predict };
