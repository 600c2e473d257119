/**
 * What the rules found in one yttrande, before anything is decided: the analysed
 * sentences of the body and the decision, their weighted signals, and the sums the
 * features are made of. classify() turns this into a verdict with the learned model.
 */
import type { Stance } from '../domain/types.ts';
import { analyseText } from './analyse.ts';
import { decide, doubt, hasStance, strength, tally, type Strength, type Tally } from './decide.ts';
import { MAX_ANALYSED, head } from './limits.ts';
import { resolve, type AnalysedSentence, type Weighted } from './resolve.ts';
import { SECTION_LABEL } from './sections.ts';
import { respondentName } from './subject.ts';

export interface ClassifyInput {
  text: string;
  decision?: string;
  themeTexts?: Record<string, string>;
  /**
   * The answering body's name, when known ("Kulturnämnden", "Sveriges Kommuner och
   * Regioner (SKR)"): a stance whose subject is that name is the respondent's own, while
   * other named bodies' stances are reported views.
   */
  respondent?: string;
}

export interface EvidenceSet {
  text: string;
  decision: string;
  truncated: boolean;
  body: AnalysedSentence[];
  dec: AnalysedSentence[];
  bodySignals: Weighted[];
  decSignals: Weighted[];
  /** Signals of the decision (column or section) and of the rest. */
  decTally: Tally;
  bodyTally: Tally;
  /** Both together. */
  all: Tally;
  strength: Strength;
  /** The rule-of-thumb verdict of the sums (decide()): one feature among others. */
  ruleStance: Stance;
  /** The stance of the decision alone, and of the body alone. */
  decStance: Stance | null;
  bodyStance: Stance;
  /** The decision and the body point different ways. */
  disagreement: boolean;
  /** What the sums hide (decide.doubt): below 1 when a misreading is plausible. */
  doubt: number;
}

const DECISION_LABEL = SECTION_LABEL.decision;
const polarity = (s: Stance) => (s === 'opposing' ? -1 : s === 'none' ? 0 : 1);
const inDecision = (s: Weighted) => s.source === DECISION_LABEL;

function add(a: Tally, b: Tally): Tally {
  return {
    yes: a.yes + b.yes,
    formalYes: a.formalYes + b.formalYes,
    no: a.no + b.no,
    abstain: a.abstain + b.abstain,
    cond: a.cond + b.cond,
    wholeYes: a.wholeYes + b.wholeYes,
    wholeNo: a.wholeNo + b.wholeNo,
    explicitCond: a.explicitCond + b.explicitCond,
  };
}

/** The rule-of-thumb combination: a decision that takes a position leads, tempered by the body. */
function ruleOf(dec: Tally, body: Tally): { stance: Stance; decStance: Stance | null; bodyStance: Stance; disagreement: boolean } {
  const bodyStance = decide(body);
  if (!hasStance(dec) || (dec.yes < 0.3 && dec.no < 0.3 && dec.abstain < 0.3)) {
    return { stance: bodyStance, decStance: null, bodyStance, disagreement: false };
  }
  const d = decide(dec);
  const bodyHas = body.yes + body.no + body.abstain >= 1;
  const disagreement = bodyHas && polarity(d) !== polarity(bodyStance);
  let stance = d;
  if (d === 'supporting' && (bodyStance === 'conditional' || bodyStance === 'opposing')) stance = 'conditional';
  return { stance, decStance: d, bodyStance, disagreement };
}

/** Run the rules over a yttrande and sum what they found. Pure; linear in the text. */
export function findEvidence(input: ClassifyInput): EvidenceSet {
  const text = typeof input.text === 'string' ? input.text : '';
  const decision = typeof input.decision === 'string' ? input.decision : '';
  const truncated = text.length > MAX_ANALYSED || decision.length > MAX_ANALYSED;
  const body = analyseText(head(text, MAX_ANALYSED), 'body');
  const dec = decision.trim() ? analyseText(head(decision, MAX_ANALYSED), 'decision') : [];
  const respondent = respondentName(typeof input.respondent === 'string' ? input.respondent : undefined);
  const bodySignals = resolve(body, (a) => SECTION_LABEL[a.ctx.section], { respondent });
  const decSignals = resolve(dec, () => 'decision', { respondent });
  const decTally = tally([...decSignals, ...bodySignals.filter(inDecision)]);
  const bodyTally = tally(bodySignals.filter((s) => !inDecision(s)));
  const rule = ruleOf(decTally, bodyTally);
  const signals = [...decSignals, ...bodySignals];
  const all = add(decTally, bodyTally);
  return {
    text,
    decision,
    truncated,
    body,
    dec,
    bodySignals,
    decSignals,
    decTally,
    bodyTally,
    all,
    strength: strength(signals, inDecision),
    ruleStance: rule.stance,
    decStance: rule.decStance,
    bodyStance: rule.bodyStance,
    disagreement: rule.disagreement,
    doubt: hasStance(all) ? doubt(rule.stance, all, signals) : 1,
  };
}

export { inDecision };
