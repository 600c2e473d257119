/**
 * From raw signals to weighted evidence, using what a single phrase cannot see:
 * the section, whether the sentence describes the proposal, and the signals around.
 * - a contrast word (men, dock, samtidigt) is a reservation only after a yes: in the same
 *   sentence before it, or (dock, samtidigt ... ) in an earlier sentence; followed by a no
 *   in its sentence it instead strengthens that no ("Dock ... inte ändamålsenlig");
 * - a qualifier (i huvudsak, delvis) counts only beside a yes in its sentence;
 * - a demand (bör, behöver) right after a stance verb is that verb's content
 *   ("delar uppfattningen att X behöver ..."), not a demand of its own;
 * - agreeing with a statement that the same sentence then opposes is no yes.
 */
import type { SentenceContext, Signal } from './rules/types.ts';
import { descriptionFactor } from './description.ts';
import { SECTION_WEIGHT } from './sections.ts';

/** A signal with its effective weight and where it was found. */
export interface Weighted extends Signal {
  eff: number;
  sentence: number;
  /** Evidence.source: section label or 'decision'. */
  source: string;
}

export interface AnalysedSentence {
  ctx: SentenceContext;
  signals: Signal[];
  /** True when the sentence mostly describes the proposal or others' views. */
  descriptive: boolean;
}

const ADVERB_CONTRASTS = new Set(['dock', 'samtidigt', 'däremot', 'emellertid', 'ändå']);
const isYes = (s: Signal) => s.kind === 'support' || s.kind === 'agree';
const isStance = (s: Signal) => isYes(s) || s.kind === 'oppose';

/** Weight every signal of a text's sentences (in order). */
export function resolve(sentences: AnalysedSentence[], sourceOf: (s: AnalysedSentence) => string): Weighted[] {
  const out: Weighted[] = [];
  let seenYes = false;
  for (const a of sentences) {
    const { ctx, signals } = a;
    const base = SECTION_WEIGHT[ctx.section];
    const firstYes = Math.min(...signals.filter(isYes).map((s) => s.at), Infinity);
    const lastOppose = Math.max(...signals.filter((s) => s.kind === 'oppose').map((s) => s.at), -1);
    const contrastAt = Math.min(...signals.filter((s) => s.kind === 'contrast').map((s) => s.at), Infinity);
    let contrastUsed = false;
    let yesHere = false;
    for (const s of signals) {
      const desc = descriptionFactor(ctx.tokens, s.at);
      let eff = s.weight * base * desc;
      switch (s.kind) {
        case 'agree':
          if (s.weight <= 0.5 && lastOppose > s.at) eff = 0;
          break;
        case 'oppose':
          if (contrastAt < s.at) eff *= 1.3;
          break;
        case 'qualifier':
          if (firstYes === Infinity) eff = 0;
          break;
        case 'contrast': {
          const adverb = ADVERB_CONTRASTS.has(ctx.tokens[s.at].w) || s.at <= 1;
          // "tillstyrker ... med motivering att färre men större län": a "men" inside the
          // yes verb's att-clause is not a reservation.
          const yes = signals.find((o) => isYes(o) && o.at < s.at);
          const inClause = yes !== undefined && ctx.tokens.some((tk) => tk.w === 'att' && tk.start >= yes.end && tk.start < s.start);
          const afterYes = (yes !== undefined && !inClause) || (adverb && seenYes);
          if (contrastUsed || lastOppose > s.at || !afterYes) eff = 0;
          else contrastUsed = true;
          break;
        }
        case 'demand':
          if (signals.some((o) => isStance(o) && o.at < s.at)) eff = 0;
          break;
        default:
          break;
      }
      if (isYes(s) && desc === 1 && eff > 0) yesHere = true;
      out.push({ ...s, eff, sentence: ctx.index, source: sourceOf(a) });
    }
    if (yesHere) seenYes = true;
  }
  return out;
}
