/**
 * No position, said with the negation far from the verb: "... medför inte effekter av
 * sådan betydelse att Regelrådet yttrar sig", "kan inte finna några förslag att ta
 * ställning till". Any negation earlier in the sentence (or just after) counts here,
 * because these verbs are about commenting at all.
 */
import { NEGATIONS } from '../lexicon.ts';
import type { Rule, Signal } from './types.ts';

const NEG_ANY = new Set([...NEGATIONS, 'inga', 'inget', 'ingen']);
const TA = new Set(['ta', 'tar', 'tagit', 'tog', 'tas']);

export const negatedCommentRule: Rule = (ctx) => {
  const t = ctx.tokens;
  const out: Signal[] = [];
  let negSeen = false;
  for (let i = 0; i < t.length; i++) {
    const w = t[i].w;
    if (NEG_ANY.has(w)) negSeen = true;
    const yttra = w.startsWith('yttra') && !w.startsWith('yttrande') && t[i + 1]?.w === 'sig';
    const stallning = w === 'ställning' && (TA.has(t[i - 1]?.w ?? '') || (NEG_ANY.has(t[i - 1]?.w ?? '') && TA.has(t[i - 2]?.w ?? '')));
    if (!yttra && !stallning) continue;
    const after = NEGATIONS.has(t[i + 1]?.w ?? '') || NEGATIONS.has(t[i + 2]?.w ?? '');
    if (negSeen || after) {
      const first = stallning ? i - (TA.has(t[i - 1].w) ? 1 : 2) : i;
      out.push({ stance: 'none', weight: 1.0, kind: 'abstain', start: t[first].start, end: t[i + 1]?.end ?? t[i].end, at: first });
    }
  }
  return out;
};
