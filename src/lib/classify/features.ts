/**
 * The evidence of one yttrande as numbers for the learned model: sums of the rules'
 * signals by kind, section and voice, the strongest cue of each direction, where the
 * first and the last position stand, and the rule-of-thumb verdict as one signal among
 * others. Names are stable: the model's weights are stored by name.
 */
import type { Stance } from '../domain/types.ts';
import type { EvidenceSet } from './evidenceSet.ts';
import type { Weighted } from './resolve.ts';
import type { LogisticModel } from '../learn/logistic.ts';
import { VERDICT_FEATURE_NAMES, verdictFeatures, verdictSentences } from './verdictSentence.ts';

const l = (x: number) => Math.log1p(Math.max(0, x));
const STANCE_ORDER: Stance[] = ['supporting', 'conditional', 'opposing', 'none'];
const isYes = (s: Weighted) => s.kind === 'support' || s.kind === 'agree';
const isStance = (s: Weighted) => isYes(s) || s.kind === 'oppose';
const dirOf = (s: Weighted): 'yes' | 'no' | 'abstain' | null => (isYes(s) ? 'yes' : s.kind === 'oppose' ? 'no' : s.kind === 'abstain' ? 'abstain' : null);

type FeatureFn = (e: EvidenceSet, x: Extra) => number;

/** Per-yttrande summaries the tallies do not hold. */
interface Extra {
  lead: 'yes' | 'no' | 'abstain' | null;
  last: 'yes' | 'no' | 'abstain' | null;
  otherYes: number;
  otherNo: number;
  demand: number;
  contrast: number;
  qualifier: number;
  neutralised: number;
  aimYes: number;
  partYes: number;
  partNo: number;
  formalYesOwn: number;
  formalNoOwn: number;
  condExplicitMax: number;
  /** Comment-type reservations (har synpunkter, vill påpeka) and requirement-type ones, summed apart. */
  commentCond: number;
  requireCond: number;
  sentences: number;
  /** Own yes/no/abstain in the first two sentences (the headline, the opening verdict). */
  headYes: number;
  headNo: number;
  headAbstain: number;
  /** Own yes/no in the summary or the synpunkter. */
  viewsYes: number;
  viewsNo: number;
  /** Sentences where an own yes is followed by a counted contrast and then a demand or condition: "tillstyrker, men anser att ... måste". */
  yesBut: number;
  /** The sentence of the strongest own yes also holds a reservation (contrast, condition, demand, qualifier), or holds none. */
  topYesQualified: number;
  topYesClean: number;
  /** verdictSentence.ts: the most verdict-like sentence's direction and the cues weighted by verdict-likeness. */
  verdict: number[];
}

function extra(e: EvidenceSet, verdictModel: LogisticModel | null): Extra {
  const signals = [...e.decSignals, ...e.bodySignals];
  const x: Extra = { lead: null, last: null, otherYes: 0, otherNo: 0, demand: 0, contrast: 0, qualifier: 0, neutralised: 0, aimYes: 0, partYes: 0, partNo: 0, formalYesOwn: 0, formalNoOwn: 0, condExplicitMax: 0, commentCond: 0, requireCond: 0, sentences: e.body.length + e.dec.length, headYes: 0, headNo: 0, headAbstain: 0, viewsYes: 0, viewsNo: 0, yesBut: 0, topYesQualified: 0, topYesClean: 0, verdict: verdictFeatures(verdictSentences(e), verdictModel) };
  x.yesBut = yesButSentences(signals);
  const top = topYes(signals);
  if (top) {
    const key = `${top.source}:${top.sentence}`;
    const reserved = signals.some((s) => `${s.source}:${s.sentence}` === key && s.eff > 0 && (s.kind === 'contrast' || s.kind === 'condition' || s.kind === 'demand' || s.kind === 'qualifier'));
    if (reserved) x.topYesQualified = 1;
    else x.topYesClean = 1;
  }
  // The decision first: it is where a yttrande states its verdict.
  let leadEff = 0;
  const firstBody = e.decSignals.length;
  for (let i = 0; i < signals.length; i++) {
    const s = signals[i];
    const d = dirOf(s);
    if (s.other) {
      if (d === 'yes') x.otherYes += s.weight;
      else if (d === 'no') x.otherNo += s.weight;
      continue;
    }
    if (s.neutralised) x.neutralised += 1;
    if (s.aim) x.aimYes += s.eff;
    if (s.part && s.eff > 0) {
      if (d === 'yes') x.partYes += s.eff;
      else if (d === 'no') x.partNo += s.eff;
    }
    if (s.eff <= 0) continue;
    if (d && !s.muted && s.eff >= 0.3) {
      if (x.lead === null || (leadEff < 0.5 && s.eff > leadEff)) {
        x.lead = d;
        leadEff = s.eff;
      }
    }
    if (d && i >= firstBody && s.sentence < 2) {
      if (d === 'yes') x.headYes += s.eff;
      else if (d === 'no') x.headNo += s.eff;
      else x.headAbstain += s.eff;
    }
    if (d && (s.source === 'sammanfattning' || s.source === 'synpunkter')) {
      if (d === 'yes') x.viewsYes += s.eff;
      else if (d === 'no') x.viewsNo += s.eff;
    }
    if (s.kind === 'demand') x.demand += s.eff;
    else if (s.kind === 'contrast') x.contrast += s.eff;
    else if (s.kind === 'qualifier') x.qualifier += s.eff;
    else if (s.kind === 'condition') {
      x.condExplicitMax = Math.max(x.condExplicitMax, s.weight);
      if (s.comment) x.commentCond += s.eff;
      else x.requireCond += s.eff;
    }
    if (s.weight >= 1.2 && !s.muted) {
      if (s.kind === 'support') x.formalYesOwn += s.eff;
      else if (s.kind === 'oppose') x.formalNoOwn += s.eff;
    }
  }
  // The last own position in the body: a concluding "avstyrker därför" after the reasons.
  for (let i = e.bodySignals.length - 1; i >= 0; i--) {
    const s = e.bodySignals[i];
    const d = dirOf(s);
    if (d && !s.other && !s.muted && s.eff >= 0.3) {
      x.last = d;
      break;
    }
  }
  return x;
}

/** The strongest own, unmuted yes of the yttrande. */
function topYes(signals: Weighted[]): Weighted | null {
  let best: Weighted | null = null;
  for (const s of signals) if (isYes(s) && !s.other && !s.muted && s.eff >= 0.5 && (best === null || s.eff > best.eff)) best = s;
  return best;
}

function yesButSentences(signals: Weighted[]): number {
  const state = new Map<string, number>(); // 1 = yes seen, 2 = then a contrast, 3 = then a demand
  for (const s of signals) {
    const key = `${s.source}:${s.sentence}`;
    const st = state.get(key) ?? 0;
    if (st === 0 && isYes(s) && !s.other && s.eff >= 0.5) state.set(key, 1);
    else if (st === 1 && s.kind === 'contrast' && s.eff > 0) state.set(key, 2);
    else if (st === 2 && (s.kind === 'demand' || s.kind === 'condition')) state.set(key, 3);
  }
  let n = 0;
  for (const v of state.values()) if (v === 3) n++;
  return n;
}

const yesNo = (e: EvidenceSet) => e.all.yes + e.all.no + e.all.abstain + 0.5;

/** Every feature, by name. Order is the order of the model's weight columns. */
export const FEATURES: readonly (readonly [string, FeatureFn])[] = [
  ['bias', () => 1],
  // The sums' rule of thumb (decide.ts) for the decision, the body and both: one signal among others.
  ...STANCE_ORDER.map((s) => [`rule=${s}`, (e: EvidenceSet) => (e.ruleStance === s ? 1 : 0)] as const),
  ...STANCE_ORDER.map((s) => [`decision=${s}`, (e: EvidenceSet) => (e.decStance === s ? 1 : 0)] as const),
  ...STANCE_ORDER.map((s) => [`body=${s}`, (e: EvidenceSet) => (e.bodyStance === s ? 1 : 0)] as const),
  ['disagreement', (e) => (e.disagreement ? 1 : 0)],
  ['doubt', (e) => 1 - e.doubt],
  ['yes', (e) => l(e.all.yes)],
  ['formalYes', (e) => l(e.all.formalYes)],
  ['no', (e) => l(e.all.no)],
  ['abstain', (e) => l(e.all.abstain)],
  ['cond', (e) => l(e.all.cond)],
  ['explicitCond', (e) => l(e.all.explicitCond)],
  ['wholeYes', (e) => l(e.all.wholeYes)],
  ['wholeNo', (e) => l(e.all.wholeNo)],
  ['decYes', (e) => l(e.decTally.yes)],
  ['decNo', (e) => l(e.decTally.no)],
  ['decAbstain', (e) => l(e.decTally.abstain)],
  ['decCond', (e) => l(e.decTally.cond)],
  ['yesShare', (e) => e.all.yes / yesNo(e)],
  ['noShare', (e) => e.all.no / yesNo(e)],
  ['abstainShare', (e) => e.all.abstain / yesNo(e)],
  ['condPerYes', (e) => e.all.cond / (e.all.yes + 0.5)],
  ['yesAndNo', (e) => Math.min(e.all.yes, e.all.no)],
  ['maxYes', (e) => e.strength.yes],
  ['maxNo', (e) => e.strength.no],
  ['maxAbstain', (e) => e.strength.abstain],
  ['maxCond', (e) => e.strength.cond],
  ['contrastAfterYes', (e) => (e.strength.contrast ? 1 : 0)],
  ['yesSentences', (e) => l(e.strength.yesSentences)],
  ['noSentences', (e) => l(e.strength.noSentences)],
  ['lead=yes', (_e, x) => (x.lead === 'yes' ? 1 : 0)],
  ['lead=no', (_e, x) => (x.lead === 'no' ? 1 : 0)],
  ['lead=abstain', (_e, x) => (x.lead === 'abstain' ? 1 : 0)],
  ['last=yes', (_e, x) => (x.last === 'yes' ? 1 : 0)],
  ['last=no', (_e, x) => (x.last === 'no' ? 1 : 0)],
  ['last=abstain', (_e, x) => (x.last === 'abstain' ? 1 : 0)],
  ['nothing', (_e, x) => (x.lead === null ? 1 : 0)],
  ['otherYes', (_e, x) => l(x.otherYes)],
  ['otherNo', (_e, x) => l(x.otherNo)],
  ['demand', (_e, x) => l(x.demand)],
  ['contrast', (_e, x) => l(x.contrast)],
  ['qualifier', (_e, x) => l(x.qualifier)],
  ['neutralised', (_e, x) => l(x.neutralised)],
  ['aimYes', (_e, x) => l(x.aimYes)],
  ['partYes', (_e, x) => l(x.partYes)],
  ['partNo', (_e, x) => l(x.partNo)],
  ['partNoBesideYes', (e, x) => Math.min(l(x.partNo), l(e.all.yes))],
  ['formalYesOwn', (_e, x) => l(x.formalYesOwn)],
  ['formalNoOwn', (_e, x) => l(x.formalNoOwn)],
  ['condExplicitMax', (_e, x) => x.condExplicitMax],
  ['length', (_e, x) => l(x.sentences) / 3],
  ['headYes', (_e, x) => l(x.headYes)],
  ['headNo', (_e, x) => l(x.headNo)],
  ['headAbstain', (_e, x) => l(x.headAbstain)],
  ['viewsYes', (_e, x) => l(x.viewsYes)],
  ['viewsNo', (_e, x) => l(x.viewsNo)],
  ['yesBut', (_e, x) => l(x.yesBut)],
  ['commentCond', (_e, x) => l(x.commentCond)],
  ['topYesQualified', (_e, x) => x.topYesQualified],
  ['topYesClean', (_e, x) => x.topYesClean],
  ['condPerSentence', (e, x) => e.all.cond / (x.sentences + 1)],
  ['requireCond', (_e, x) => l(x.requireCond)],
  ...VERDICT_FEATURE_NAMES.map((name, i) => [name, (_e: EvidenceSet, x: Extra) => x.verdict[i]] as const),
];

export const FEATURE_NAMES: readonly string[] = FEATURES.map(([n]) => n);

/**
 * The feature vector of one yttrande's evidence, in FEATURE_NAMES order. The verdict
 * features need the sentence model (model.ts VERDICT_MODEL, or a fold's own in training);
 * without one they are 0.
 */
export function featuresOf(e: EvidenceSet, verdictModel: LogisticModel | null): number[] {
  const x = extra(e, verdictModel);
  return FEATURES.map(([, f]) => f(e, x));
}
