/**
 * From weighted signals to one stance and a confidence.
 *
 * - No yes and no no: abstention if said; "yes, but" only when an explicit condition
 *   (förutsätter att, under förutsättning att, såvida) implies the yes; demands and
 *   criticism of the inquiry alone are none.
 * - Abstention that outweighs everything else wins ("avstår från att yttra sig"), unless a
 *   real no stands beside it: declining to comment because one rejects is opposing.
 * - Yes and no together: no when the no is at least twice the yes, or when the no is to the
 *   proposal as a whole and the yes only to parts or aims; partial support (conditional)
 *   when the yes is to the whole and the no to a part, or there is a formal yes; else the
 *   larger side.
 * - Only yes: conditional when reservations add up to a real condition, else supporting.
 * A no never ends as supporting: any opposition beyond noise makes it at least conditional.
 * These sums and this rule of thumb are features of the learned model (features.ts), which
 * makes the verdict and its calibrated confidence (model.ts); they also decide a theme's
 * local stance (themeStances.ts).
 */
import type { Stance } from '../domain/types.ts';
import type { Weighted } from './resolve.ts';

/** Weighted sums by kind of signal. */
export interface Tally {
  yes: number;
  formalYes: number;
  no: number;
  abstain: number;
  cond: number;
  /** Formal stances on the proposal as a whole (avstyrker förslaget / tillstyrker förslaget). */
  wholeYes: number;
  wholeNo: number;
  /** Explicit conditions (förutsätter att, under förutsättning att, såvida): they imply a yes. */
  explicitCond: number;
}

export const NOISE = 0.3;
export const CONDITION_THRESHOLD = 0.8;
/** Opposition strong enough that an abstention next to it is a refusal, not a neutral no comment. */
const REJECTION = 1.2;

export function tally(signals: Weighted[]): Tally {
  const t: Tally = { yes: 0, formalYes: 0, no: 0, abstain: 0, cond: 0, wholeYes: 0, wholeNo: 0, explicitCond: 0 };
  for (const s of signals) {
    if (s.eff <= 0) continue;
    if (s.kind === 'support') {
      t.yes += s.eff;
      t.formalYes += s.eff;
      if (s.whole) t.wholeYes += s.eff;
    } else if (s.kind === 'agree') t.yes += s.eff;
    else if (s.kind === 'oppose') {
      t.no += s.eff;
      if (s.whole) t.wholeNo += s.eff;
    }
    else if (s.kind === 'abstain') t.abstain += s.eff;
    else if (s.kind !== 'reference') {
      t.cond += s.eff;
      if (s.kind === 'condition' && s.weight >= 1.0) t.explicitCond += s.eff;
    }
  }
  return t;
}

/** Is there anything to decide on? */
export function hasStance(t: Tally): boolean {
  return t.yes >= NOISE || t.no >= NOISE || t.abstain >= NOISE || t.cond >= CONDITION_THRESHOLD;
}

export function decide(t: Tally): Stance {
  const mass = t.yes + t.no;
  if (t.yes < NOISE && t.no < NOISE) {
    if (t.abstain >= NOISE) return 'none';
    // Demands alone are criticism of the inquiry (none); an explicit condition implies a yes.
    return t.cond >= CONDITION_THRESHOLD + 0.2 && t.explicitCond >= 1.0 ? 'conditional' : 'none';
  }
  // Declining to comment *because* one rejects ("avvisar ... lämnar därför inga synpunkter") opposes.
  if (t.abstain > mass + t.cond && !(t.no >= REJECTION && t.yes < NOISE)) return 'none';
  if (t.no >= NOISE && t.yes >= NOISE) {
    if (t.no >= 2 * t.yes) return 'opposing';
    // No to the proposal itself, yes only to parts or aims: opposing ("avstyrker förslaget ...
    // välkomnar däremot satsningen på utbildning"). The reverse is partial support.
    if (t.wholeNo >= 1 && t.wholeYes < NOISE) return 'opposing';
    if (t.wholeYes >= 1 && t.wholeNo < NOISE && t.formalYes >= 0.9) return 'conditional';
    if (t.formalYes >= 0.9) return 'conditional';
    return t.no >= t.yes ? 'opposing' : 'conditional';
  }
  if (t.no >= NOISE) return 'opposing';
  return t.cond >= CONDITION_THRESHOLD ? 'conditional' : 'supporting';
}

/** What the verdict rests on, beyond the sums: how strong and how many the cues are. */
export interface Strength {
  /** Strongest undiscounted signal of each direction, by lexicon weight (1.5 = formal verb). */
  yes: number;
  no: number;
  abstain: number;
  /** Strongest explicit condition (under förutsättning att, efterfrågar ...), by weight. */
  cond: number;
  /** A contrast word (men, dock) counted as a reservation after a yes. */
  contrast: boolean;
  /** Sentences that carry a yes / a no. */
  yesSentences: number;
  noSentences: number;
  /** The decision (column or section) takes the position. */
  decisionYes: boolean;
  decisionNo: boolean;
}

const pol = (s: Stance) => (s === 'opposing' ? -1 : s === 'none' ? 0 : 1);
const isStanceKind = (s: Weighted) => s.kind === 'support' || s.kind === 'agree' || s.kind === 'oppose';
const isCue = (s: Weighted) => (s.kind === 'condition' || s.kind === 'demand') && s.eff > 0;

/**
 * How much of the verdict could be a misreading, from what the sums hide. On text nobody
 * tuned on, wrong verdicts come from (a) a text naming several bodies whose stances differ
 * (was the right one taken for the respondent's?), (b) a reservation a rule set aside, (c) a
 * "yes, but" resting on one contrast word alone, and (d) a verdict resting on a single weak cue.
 */
export function doubt(stance: Stance, t: Tally, signals: Weighted[]): number {
  let cap = 1;
  // (a) Another body takes a different position with a real verb.
  if (signals.some((s) => s.other && isStanceKind(s) && s.weight >= 1.0 && pol(s.stance) !== pol(stance))) cap = Math.min(cap, 0.58);
  // (b) A yes beside a reservation the rules neutralised.
  if (stance === 'supporting' && signals.some((s) => s.neutralised)) cap = Math.min(cap, 0.58);
  // (c) A "yes, but" whose only reservation is a contrast word, not a condition or a demand.
  if (stance === 'conditional' && t.no < NOISE) {
    // A contrast whose sentence says nothing more ("Det är dock oklart ...").
    const withCue = new Set(signals.filter(isCue).map((s) => `${s.source}:${s.sentence}`));
    const contrast = signals.reduce((a, s) => a + (s.kind === 'contrast' && s.eff > 0 && !withCue.has(`${s.source}:${s.sentence}`) ? s.eff : 0), 0);
    if (contrast > 0 && t.cond - contrast < CONDITION_THRESHOLD / 2) cap = Math.min(cap, 0.58);
  }
  return cap;
}

/** Summarise weighted signals for confidence. */
export function strength(signals: Weighted[], inDecision: (s: Weighted) => boolean): Strength {
  const st: Strength = { yes: 0, no: 0, abstain: 0, cond: 0, contrast: false, yesSentences: 0, noSentences: 0, decisionYes: false, decisionNo: false };
  const yesS = new Set<number>();
  const noS = new Set<number>();
  for (const s of signals) {
    if (s.eff <= 0) continue;
    // Discounted (described, reported, another body's, background): only its effective part.
    const w = s.eff >= s.weight * 0.8 ? s.weight : Math.min(s.weight, s.eff);
    const key = (inDecision(s) ? 1e6 : 0) + s.sentence;
    if (s.kind === 'support' || s.kind === 'agree') {
      st.yes = Math.max(st.yes, s.kind === 'agree' ? Math.min(w, 0.8) : w);
      if (s.eff >= 0.5) yesS.add(key);
      if (inDecision(s)) st.decisionYes = true;
    } else if (s.kind === 'oppose') {
      st.no = Math.max(st.no, w);
      if (s.eff >= 0.5) noS.add(key);
      if (inDecision(s)) st.decisionNo = true;
    } else if (s.kind === 'abstain') st.abstain = Math.max(st.abstain, w);
    else if (s.kind === 'condition') st.cond = Math.max(st.cond, w);
    else if (s.kind === 'contrast') st.contrast = true;
  }
  st.yesSentences = yesS.size;
  st.noSentences = noS.size;
  return st;
}
