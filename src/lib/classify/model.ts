/**
 * The learned part of the classifier: a multinomial logistic regression over the features
 * of features.ts, fitted on real labelled yttranden by `npm run train` (src/cli/train.ts).
 * Its weights, its calibration and its review threshold are the data file model.json
 * beside this one, with the training report in data/model/TRAINING.md.
 */
import type { Stance } from '../domain/types.ts';
import { predict, type LogisticModel } from '../learn/logistic.ts';
import { FEATURE_NAMES } from './features.ts';
import { SENTENCE_FEATURE_NAMES } from './verdictSentence.ts';
import stored from './model.json' with { type: 'json' };

export interface StoredModel extends LogisticModel {
  /** The sentence model of verdictSentence.ts (which sentence states the verdict), fitted with the stance model. */
  verdict: LogisticModel | null;
  /** Below this calibrated probability a verdict goes to the review queue (chosen on cross-validation). */
  reviewThreshold: number;
  /** How the model was made; shown in the training report. */
  trainedAt: string;
  items: number;
  /** Short hashes of the training texts (never the texts): eval cross-validates these items. */
  trainingHashes: string[];
}

/**
 * The stored model with its columns in FEATURE_NAMES order, by name: a feature the model
 * does not know weighs nothing, so a model trained before a feature was added still runs
 * (the unit test 'is in step with the features' makes `npm run train` part of such a change).
 */
function aligned(m: StoredModel): StoredModel {
  if (m.features.length === FEATURE_NAMES.length && m.features.every((f, i) => f === FEATURE_NAMES[i])) return m;
  const at = FEATURE_NAMES.map((f) => m.features.indexOf(f));
  return {
    ...m,
    features: [...FEATURE_NAMES],
    mean: at.map((j) => (j >= 0 ? m.mean[j] : 0)),
    scale: at.map((j) => (j >= 0 ? m.scale[j] : 1)),
    weights: m.weights.map((w) => at.map((j) => (j >= 0 ? w[j] : 0))),
  };
}

/** The model as stored in model.json. */
export const STORED = stored as StoredModel;
export const MODEL = aligned(STORED);
/** The sentence model, when it is in step with verdictSentence.ts (else the verdict features are 0 until `npm run train`). */
export const VERDICT_MODEL: LogisticModel | null =
  STORED.verdict && STORED.verdict.features.length === SENTENCE_FEATURE_NAMES.length && STORED.verdict.features.every((f, i) => f === SENTENCE_FEATURE_NAMES[i]) ? STORED.verdict : null;

/** The one named threshold of the review queue: verdicts less sure than this are reviewed. */
export { REVIEW_THRESHOLD } from './reviewThreshold.ts';

/** Stances in the model's class order. */
const CLASSES = MODEL.classes as Stance[];


export interface StanceProbabilities {
  stance: Stance;
  confidence: number;
  probabilities: Record<Stance, number>;
}

/** Probabilities over the four stances for a feature vector. */
export function stanceOf(x: readonly number[], model: LogisticModel = MODEL): StanceProbabilities {
  const p = predict(model, x);
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
  const probabilities = {} as Record<Stance, number>;
  (model.classes as Stance[]).forEach((c, i) => (probabilities[c] = p[i]));
  return { stance: (model.classes as Stance[])[best] ?? CLASSES[0], confidence: p[best], probabilities };
}

/**
 * The features that pushed a stance most, strongest first (name, contribution against the
 * mean of the other stances): what a person reading the model's weights would look at.
 * Not on the classify path; for inspecting a verdict.
 */
export function driversOf(x: readonly number[], stance: Stance, model: LogisticModel = MODEL): [string, number][] {
  const best = (model.classes as Stance[]).indexOf(stance);
  const w = model.weights;
  const drivers: [string, number][] = [];
  for (let j = 0; j < x.length; j++) {
    if (model.features[j] === 'bias') continue;
    const z = (x[j] - model.mean[j]) / model.scale[j];
    let others = 0;
    for (let c = 0; c < w.length; c++) if (c !== best) others += w[c][j];
    const contribution = z * (w[best][j] - others / (w.length - 1));
    if (contribution > 0.05) drivers.push([model.features[j], Math.round(contribution * 100) / 100]);
  }
  return drivers.sort((a, b) => b[1] - a[1]).slice(0, 3);
}
