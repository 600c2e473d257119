/**
 * The classifier: the rules find the evidence (evidenceSet.ts), the learned model weighs it
 * (model.ts) into calibrated probabilities over the four stances, and the verdict is
 * explained by the evidence that speaks for it. Pure and deterministic; linear in text length.
 *
 * A verdict goes to the review queue when its probability is below REVIEW_THRESHOLD, when
 * the decision and the body point different ways, when a real no stands beside a yes
 * verdict (never a silent opposing → supporting), when every yes is to a part or to the aim, when
 * the rules set a reservation aside (decide.doubt), or when the text was too long to analyse whole.
 */
import type { Classification, Condition, Evidence, ReviewReason, Stance } from '../domain/types.ts';
import { extractConditions } from './conditions.ts';
import { NOISE } from './decide.ts';
import { findEvidence, type ClassifyInput, type EvidenceSet } from './evidenceSet.ts';
import { pickEvidence } from './evidence.ts';
import { explain } from './explain.ts';
import { featuresOf } from './features.ts';
import { MAX_ANALYSED } from './limits.ts';
import { REVIEW_THRESHOLD, VERDICT_MODEL, stanceOf } from './model.ts';
import type { AnalysedSentence, Weighted } from './resolve.ts';
import { classifyThemes } from './themeStances.ts';
import { mentionsAll, themeMatcher, themeSet } from './themes.ts';
import type { Theme } from '../domain/types.ts';

export type { ClassifyInput } from './evidenceSet.ts';

/** A no this strong beside a yes verdict is never decided without a person. */
const REAL_NO = 0.5;

const polarity = (s: Stance) => (s === 'opposing' ? -1 : s === 'none' ? 0 : 1);

/** Another named body takes the opposite position with a formal verb: was the right one taken for the respondent's? */
function anotherBodyDiffers(signals: readonly Weighted[], stance: Stance): boolean {
  return signals.some(
    (s) => s.other && s.weight >= 1.2 && (s.kind === 'support' || s.kind === 'oppose') && polarity(s.stance) !== polarity(stance) && polarity(stance) !== 0,
  );
}

/**
 * A formal no (avstyrker, avslog, motsätter sig) not known to be another body's, however much
 * the rules discounted it (a relative clause, a past tense): a person looks before a yes stands.
 */
function formalOwnNo(signals: readonly Weighted[]): boolean {
  return signals.some((s) => s.kind === 'oppose' && s.formal === true && !s.other && s.eff > 0);
}

/** Every own yes is to a part or to the aim: is the proposal itself supported? */
function yesOnlyToParts(signals: readonly Weighted[]): boolean {
  const yes = signals.filter((s) => (s.kind === 'support' || s.kind === 'agree') && !s.other && s.eff >= 0.3);
  return yes.length > 0 && yes.every((s) => s.part === true || s.aim === true);
}

/**
 * The reasons to review a verdict that do not rest on its confidence: what the evidence says
 * beside the chosen stance. Training uses the same function, so the threshold it chooses is
 * for the verdicts that are really decided without review.
 */
export function evidenceReviewReasons(e: EvidenceSet, stance: Stance): ReviewReason[] {
  const out: ReviewReason[] = [];
  const signals = [...e.decSignals, ...e.bodySignals];
  if (e.disagreement) out.push('disagreement');
  if ((stance === 'supporting' || stance === 'none') && (e.all.no >= REAL_NO || formalOwnNo(signals))) out.push('opposition-present');
  if (anotherBodyDiffers(signals, stance)) out.push('another-body-differs');
  if (stance === 'supporting' && yesOnlyToParts(signals)) out.push('partial-yes');
  // What the sums hide (decide.doubt): a reservation the rules set aside beside a yes, a
  // "yes, but" resting on one contrast word. The model weighs it; a person confirms it.
  if (e.doubt < 1 && !out.includes('another-body-differs')) out.push('reading-in-doubt');
  // No yes, no no, no abstention: whatever the verdict, it rests on what is not said.
  if (e.all.yes < NOISE && e.all.no < NOISE && e.all.abstain < NOISE) out.push('no-evidence');
  if (e.truncated) out.push('truncated');
  return out;
}

export function classify(input: ClassifyInput, themes: Theme[]): Classification {
  const e = findEvidence(input);
  const verdict = stanceOf(featuresOf(e, VERDICT_MODEL));
  const stance = verdict.stance;
  const matchers = themes.map(themeMatcher);
  const set = themeSet(matchers);
  // The theme of a sentence (an inline callback: a named closure costs a __name call per classify under tsx).
  const conditions: Condition[] =
    stance === 'none'
      ? []
      : extractConditions(e.text, e.body, e.bodySignals, (a: AnalysedSentence): string | null => {
          const j = mentionsAll(set, a.ctx.tokens, a.ctx.sentence.text)[0];
          return j === undefined ? null : matchers[j].name;
        });
  const evidence: Evidence[] = [...pickEvidence(e.decision, e.dec, e.decSignals, stance), ...pickEvidence(e.text, e.body, e.bodySignals, stance)]
    .filter((x, i, all) => all.findIndex((y) => y.text === x.text) === i)
    .slice(0, 4);
  const confidence = Math.round(verdict.confidence * 100) / 100;
  const themeStances = classifyThemes(matchers, stance, input.themeTexts, [
    { text: e.decision, sentences: e.dec, signals: e.decSignals },
    { text: e.text, sentences: e.body, signals: e.bodySignals },
  ]);
  const reviewReasons: ReviewReason[] = confidence < REVIEW_THRESHOLD ? ['low-confidence'] : [];
  reviewReasons.push(...evidenceReviewReasons(e, stance));
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
  // The Swedish line stored with the verdict (search, older readers); the UI renders explanationParts().
  const explanation = explain(partial) + (e.truncated ? `; bara de första ${MAX_ANALYSED.toLocaleString('sv-SE')} tecknen har analyserats` : '');
  return { ...partial, explanation };
}
