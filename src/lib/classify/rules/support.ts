/**
 * Yes: tillstyrker, ställer sig bakom, är positiv till, välkomnar, inget att erinra ...
 * "Godkänner / ställer sig bakom förvaltningens förslag (till yttrande)" adopts the staff's
 * draft: it is a reference to the body of the text, not a yes of its own.
 */
import { ADOPT_VERBS, REFERENCE_OBJECTS, SUPPORT, type Entry } from '../lexicon.ts';
import type { PhraseMatch } from '../patterns.ts';
import { namesProposal } from '../description.ts';
import { phraseRule } from './phraseRule.ts';
import type { SentenceContext, Signal } from './types.ts';

const LOOKAHEAD = 7;
const POSSESSIVES = new Set(['sitt', 'sina', 'sin', 'vårt', 'våra', 'vår', 'detta', 'dess']);

/** Does a yes verb at m take the staff's draft as its object? Then it is a reference. */
export function adoptsDraft(m: PhraseMatch<Entry>, ctx: SentenceContext): boolean {
  const t = ctx.tokens;
  if (!ADOPT_VERBS.some((v) => t[m.first].w.startsWith(v))) return false;
  let proposal = false;
  for (let k = m.last + 1; k < t.length && k <= m.last + LOOKAHEAD; k++) {
    if (t[k].brk) break;
    // "stöder i sitt remissvar övergången": where it is said, not what is adopted.
    if (REFERENCE_OBJECTS.some((o) => t[k].w.startsWith(o))) return !(t[k - 2]?.w === 'i' && POSSESSIVES.has(t[k - 1]?.w));
    // "stödjer i allt väsentligt de synpunkter som SKR framför": another's answer adopted;
    // "ställer sig bakom rapporten med de synpunkter som följer" is a yes to the proposal.
    if (t[k].w.startsWith('synpunkt')) return !proposal;
    if (namesProposal(t[k].w)) proposal = true;
  }
  return false;
}

export function asReference(s: Signal): Signal {
  return { ...s, kind: 'reference', stance: 'none', weight: 0 };
}

export const supportRule = phraseRule('support', SUPPORT, (s, m, ctx) => (adoptsDraft(m, ctx) ? asReference(s) : s));
