/**
 * From weighted signals to one stance and a confidence.
 *
 * - No yes and no no: abstention if said, "yes, but" if there are conditions, else none.
 * - Abstention that outweighs everything else wins ("avstår från att yttra sig").
 * - Yes and no together: no when the no is at least twice the yes; otherwise partial
 *   support (conditional) when there is a formal yes, else the larger side.
 * - Only yes: conditional when reservations add up to a real condition, else supporting.
 * A no never ends as supporting: any opposition beyond noise makes it at least conditional.
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
}

export const NOISE = 0.3;
export const CONDITION_THRESHOLD = 0.8;
/** Opposition strong enough that an abstention next to it is a refusal, not a neutral no comment. */
const REJECTION = 1.2;

export function tally(signals: Weighted[]): Tally {
  const t: Tally = { yes: 0, formalYes: 0, no: 0, abstain: 0, cond: 0 };
  for (const s of signals) {
    if (s.eff <= 0) continue;
    if (s.kind === 'support') {
      t.yes += s.eff;
      t.formalYes += s.eff;
    } else if (s.kind === 'agree') t.yes += s.eff;
    else if (s.kind === 'oppose') t.no += s.eff;
    else if (s.kind === 'abstain') t.abstain += s.eff;
    else if (s.kind !== 'reference') t.cond += s.eff;
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
    return t.cond >= CONDITION_THRESHOLD + 0.2 ? 'conditional' : 'none';
  }
  // Declining to comment *because* one rejects ("avvisar ... lämnar därför inga synpunkter") opposes.
  if (t.abstain > mass + t.cond && !(t.no >= REJECTION && t.yes < NOISE)) return 'none';
  if (t.no >= NOISE && t.yes >= NOISE) {
    if (t.no >= 2 * t.yes) return 'opposing';
    if (t.formalYes >= 0.9) return 'conditional';
    return t.no >= t.yes ? 'opposing' : 'conditional';
  }
  if (t.no >= NOISE) return 'opposing';
  return t.cond >= CONDITION_THRESHOLD ? 'conditional' : 'supporting';
}

/** 0..1: how far the chosen stance is ahead of the rest, and how strong its evidence is. */
export function confidence(stance: Stance, t: Tally): number {
  let best: number;
  let other: number;
  switch (stance) {
    case 'supporting':
      best = t.yes;
      other = t.no + t.abstain + t.cond;
      break;
    case 'conditional':
      best = t.yes + t.cond;
      other = t.abstain + Math.min(t.yes, t.no) + Math.max(0, 1 - Math.abs(t.cond - CONDITION_THRESHOLD)) * 0.5;
      break;
    case 'opposing':
      best = t.no;
      other = t.yes + t.abstain * 0.5;
      break;
    default:
      best = t.abstain;
      other = t.yes + t.no + t.cond * 0.5;
  }
  if (best <= 0) return 0.3;
  const c = 0.25 + 0.5 * (best / (best + other)) + 0.25 * Math.min(1, best / 2);
  return Math.round(Math.min(0.98, Math.max(0.05, c)) * 100) / 100;
}
