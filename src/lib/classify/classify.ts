/**
 * The classifier: the rules find the evidence (evidenceSet.ts), the learned model weighs it
 * (model.ts) into calibrated probabilities over the four stances, and the verdict is
 * explained by the evidence that speaks for it. Pure and deterministic; linear in text length.
 *
 * A verdict goes to the review queue when its probability is below REVIEW_THRESHOLD, when
 * the decision and the body point different ways, when a real no stands beside a yes
 * verdict (never a silent opposing → supporting), or when the text was too long to analyse whole.
 */
import type { Classification, Condition, Evidence, ReviewReason, Stance } from '../domain/types.ts';
import { extractConditions } from './conditions.ts';
import { findEvidence, type ClassifyInput, type EvidenceSet } from './evidenceSet.ts';
import { pickEvidence } from './evidence.ts';
import { explain } from './explain.ts';
import { featuresOf } from './features.ts';
import { MAX_ANALYSED } from './limits.ts';
import { REVIEW_THRESHOLD, stanceOf } from './model.ts';
import type { AnalysedSentence } from './resolve.ts';
import { classifyThemes } from './themeStances.ts';
import { mentionsAll, themeMatcher, themeSet } from './themes.ts';
import type { Theme } from '../domain/types.ts';

export type { ClassifyInput } from './evidenceSet.ts';

/** A no this strong beside a yes verdict is never decided without a person. */
const REAL_NO = 0.5;

const polarity = (s: Stance) => (s === 'opposing' ? -1 : s === 'none' ? 0 : 1);

/** Another named body takes the opposite position with a formal verb: was the right one taken for the respondent's? */
function anotherBodyDiffers(e: EvidenceSet, stance: Stance): boolean {
  return [...e.decSignals, ...e.bodySignals].some(
    (s) => s.other && s.weight >= 1.2 && (s.kind === 'support' || s.kind === 'oppose') && polarity(s.stance) !== polarity(stance) && polarity(stance) !== 0,
  );
}

export function classify(input: ClassifyInput, themes: Theme[]): Classification {
  const e = findEvidence(input);
  const verdict = stanceOf(featuresOf(e));
  const stance = verdict.stance;
  const matchers = themes.map(themeMatcher);
  const set = themeSet(matchers);
  const themeOf = (a: AnalysedSentence): string | null => {
    const j = mentionsAll(set, a.ctx.tokens, a.ctx.sentence.text)[0];
    return j === undefined ? null : matchers[j].name;
  };
  const conditions: Condition[] = stance === 'none' ? [] : extractConditions(e.text, e.body, e.bodySignals, themeOf);
  const evidence: Evidence[] = [...pickEvidence(e.decision, e.dec, e.decSignals, stance), ...pickEvidence(e.text, e.body, e.bodySignals, stance)]
    .filter((x, i, all) => all.findIndex((y) => y.text === x.text) === i)
    .slice(0, 4);
  const confidence = Math.round(verdict.confidence * 100) / 100;
  const themeStances = classifyThemes(matchers, stance, input.themeTexts, [
    { text: e.decision, sentences: e.dec, signals: e.decSignals },
    { text: e.text, sentences: e.body, signals: e.bodySignals },
  ]);
  const reviewReasons: ReviewReason[] = [];
  if (confidence < REVIEW_THRESHOLD) reviewReasons.push('low-confidence');
  if (e.disagreement) reviewReasons.push('disagreement');
  if ((stance === 'supporting' || stance === 'none') && e.all.no >= REAL_NO) reviewReasons.push('opposition-present');
  if (anotherBodyDiffers(e, stance)) reviewReasons.push('another-body-differs');
  if (e.truncated) reviewReasons.push('truncated');
  const partial = {
    stance,
    confidence,
    evidence,
    themes: themeStances,
    conditions,
    disagreement: e.disagreement,
    needsReview: reviewReasons.length > 0,
    reviewReasons,
  };
  const explanation = explain(partial) + (e.truncated ? `; bara de första ${MAX_ANALYSED.toLocaleString('sv-SE')} tecknen har analyserats` : '');
  return { ...partial, explanation };
}
