/**
 * The classifier: analyse the body, the decision column and any per-theme columns,
 * weigh the signals, decide, and explain. Pure and deterministic; linear in text length.
 *
 * Precedence: a decision (column or section) that takes a position decides, but a plain
 * yes in the decision over a body with reservations is a conditional yes, and a yes in the
 * decision over a body that opposes is at most conditional (never opposing → supporting).
 * "Nämnden hänvisar till förvaltningens tjänsteutlåtande" takes no position: the body decides.
 */
import type { Classification, Condition, Evidence, Stance, Theme } from '../domain/types.ts';
import { analyseText } from './analyse.ts';
import { extractConditions } from './conditions.ts';
import { confidence, decide, doubt, hasStance, strength, tally, type Tally } from './decide.ts';
import { pickEvidence } from './evidence.ts';
import { explain } from './explain.ts';
import { resolve, type AnalysedSentence, type Weighted } from './resolve.ts';
import { MAX_ANALYSED, head } from './limits.ts';
import { SECTION_LABEL } from './sections.ts';
import { classifyThemes } from './themeStances.ts';
import { themeMatcher, mentions } from './themes.ts';
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

const REVIEW_BELOW = 0.6;
const DECISION_LABEL = SECTION_LABEL.decision;
const polarity = (s: Stance) => (s === 'opposing' ? -1 : s === 'none' ? 0 : 1);

function combine(dec: Tally, body: Tally): { stance: Stance; t: Tally; disagreement: boolean } {
  const bodyStance = decide(body);
  if (!hasStance(dec) || (dec.yes < 0.3 && dec.no < 0.3 && dec.abstain < 0.3)) {
    return { stance: bodyStance, t: body, disagreement: false };
  }
  const d = decide(dec);
  const bodyHas = body.yes + body.no + body.abstain >= 1;
  const disagreement = bodyHas && polarity(d) !== polarity(bodyStance);
  const merged: Tally = {
    yes: dec.yes + body.yes,
    formalYes: dec.formalYes + body.formalYes,
    no: dec.no + body.no,
    abstain: dec.abstain + body.abstain,
    cond: dec.cond + body.cond,
    wholeYes: dec.wholeYes + body.wholeYes,
    wholeNo: dec.wholeNo + body.wholeNo,
    explicitCond: dec.explicitCond + body.explicitCond,
  };
  let stance = d;
  if (d === 'supporting' && (bodyStance === 'conditional' || bodyStance === 'opposing')) stance = 'conditional';
  return { stance, t: merged, disagreement };
}

export function classify(input: ClassifyInput, themes: Theme[]): Classification {
  const text = typeof input.text === 'string' ? input.text : '';
  const decision = typeof input.decision === 'string' ? input.decision : '';
  const truncated = text.length > MAX_ANALYSED || decision.length > MAX_ANALYSED;
  const body = analyseText(head(text, MAX_ANALYSED), 'body');
  const dec = decision.trim() ? analyseText(head(decision, MAX_ANALYSED), 'decision') : [];
  const respondent = respondentName(typeof input.respondent === 'string' ? input.respondent : undefined);
  const bodySignals = resolve(body, (a) => SECTION_LABEL[a.ctx.section], { respondent });
  const decSignals = resolve(dec, () => 'decision', { respondent });
  const inDecision = (s: Weighted) => s.source === DECISION_LABEL;
  const decTally = tally([...decSignals, ...bodySignals.filter(inDecision)]);
  const bodyTally = tally(bodySignals.filter((s) => !inDecision(s)));
  const { stance, t, disagreement } = combine(decTally, bodyTally);

  const matchers = themes.map(themeMatcher);
  const themeOf = (a: AnalysedSentence): string | null => {
    const lower = a.ctx.sentence.text.toLocaleLowerCase('sv-SE');
    return matchers.find((m) => mentions(m, a.ctx.tokens, lower))?.name ?? null;
  };
  const conditions: Condition[] = stance === 'none' ? [] : extractConditions(text, body, bodySignals, themeOf);
  const evidence: Evidence[] = [
    ...pickEvidence(decision, dec, decSignals, stance),
    ...pickEvidence(text, body, bodySignals, stance),
  ]
    .filter((e, i, all) => all.findIndex((x) => x.text === e.text) === i)
    .slice(0, 4);
  const all = [...decSignals, ...bodySignals];
  const conf = hasStance(t) ? Math.min(confidence(stance, t, strength(all, inDecision)), doubt(stance, t, all)) : 0.3;
  const themeStances = classifyThemes(matchers, stance, input.themeTexts, [
    { text: decision, sentences: dec, signals: decSignals },
    { text, sentences: body, signals: bodySignals },
  ]);
  const partial = {
    stance,
    confidence: conf,
    evidence,
    themes: themeStances,
    conditions,
    disagreement,
    needsReview: conf < REVIEW_BELOW || disagreement || truncated,
  };
  const explanation = explain(partial) + (truncated ? `; bara de första ${MAX_ANALYSED.toLocaleString('sv-SE')} tecknen har analyserats` : '');
  return { ...partial, explanation };
}
