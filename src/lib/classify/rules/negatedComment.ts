/**
 * No position, said with the negation far from the verb: "... medför inte effekter av
 * sådan betydelse att Regelrådet yttrar sig", "kan inte finna några förslag att ta
 * ställning till". Any negation earlier in the sentence (or just after) counts here,
 * because these verbs are about commenting at all.
 */
import { NEGATIONS } from '../lexicon.ts';
import type { Rule, SentenceContext, Signal, Triggers } from './types.ts';

const NEG_ANY = new Set([...NEGATIONS, 'inga', 'inget', 'ingen']);
const TA = new Set(['ta', 'tar', 'tagit', 'tog', 'tas']);

/** "yttrar sig", "yttra sig" (yttrande* passes the filter too; the rule then skips it), "ställning". */
export const negatedCommentTriggers: Triggers = { words: ['yttra*', 'ställning'] };

function run(ctx: SentenceContext): Signal[] {
  const t = ctx.tokens;
  const out: Signal[] = [];
  let negSeen = false;
  for (let i = 0; i < t.length; i++) {
    const w = t[i].w;
    if (NEG_ANY.has(w)) negSeen = true;
    const yttra = w.startsWith('yttra') && !w.startsWith('yttrande') && t[i + 1]?.w === 'sig';
    // "tar inte ställning", "tar därför inte ställning", "tar i nuläget inte ställning".
    let ta = -1;
    if (w === 'ställning') for (let k = i - 1; k >= 0 && k >= i - 4 && !t[k + 1].brk; k--) if (TA.has(t[k].w)) { ta = k; break; }
    const stallning = ta >= 0;
    if (!yttra && !stallning) continue;
    const after = NEGATIONS.has(t[i + 1]?.w ?? '') || NEGATIONS.has(t[i + 2]?.w ?? '');
    if (negSeen || after) {
      const first = stallning ? ta : i;
      out.push({ stance: 'none', weight: 1.0, kind: 'abstain', start: t[first].start, end: t[i + 1]?.end ?? t[i].end, at: first });
    }
  }
  return out;
}

export const negatedCommentRule: Rule = { name: 'negatedComment', triggers: negatedCommentTriggers, run, onlyAtTriggers: true };
