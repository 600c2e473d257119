/**
 * "Nämnden tillstyrker förslaget, om staten tar kostnadsansvaret": an om-clause after a yes
 * is a condition. "om" is also "about" (förslaget om ny taxa), so it counts only when it
 * opens a clause: after a comma, or followed by a subject and a finite verb ("om staten
 * tar", "om det finns"). Emitted as a qualifier: resolve.ts keeps it only beside a yes.
 */
import type { Rule, SentenceContext, Signal, Triggers } from './types.ts';

const PRONOUNS = new Set(['det', 'den', 'de', 'man', 'vi', 'staten', 'regeringen', 'kommunen', 'kommunerna', 'regionen', 'regionerna', 'huvudmannen', 'huvudmännen']);
const FINITE = new Set(['är', 'blir', 'kan', 'får', 'ska', 'skall', 'skulle', 'kommer', 'inte', 'också', 'även', 'fullt']);
const OPENERS = new Set(['att', 'hur', 'vad', 'vilka', 'vilken', 'vilket', 'när', 'var', 'huruvida', 'detta', 'dessa', 'denna']);

function looksFinite(w: string): boolean {
  return FINITE.has(w) || (w.length > 3 && w.endsWith('r') && !w.endsWith('er') ) || w.endsWith('ar') || w.endsWith('as') || w.endsWith('tar') || w.endsWith('ger');
}

/**
 * "om" admits no sentence on its own: the qualifier counts only beside a yes in its
 * sentence (resolve.ts), and every yes comes from a lexicon list another rule declares.
 */
export const ifClauseTriggers: Triggers = { words: ['om'], alongside: true };

/** Verbs and nouns of inquiry: "om" after them asks whether ("undersöka om", "frågan om det finns"). */
const INQUIRY = ['undersök', 'utred', 'pröva', 'prövar', 'prövas', 'analyser', 'klargör', 'klarlägg', 'avgör', 'kartlägg', 'granska', 'överväg', 'utvärder', 'fråga', 'frågan', 'frågar', 'bedöma', 'bedömas'];
/** "se över om ...": "över" exactly (not "överens", "övertygad"). */
const inquiry = (w: string) => w === 'över' || INQUIRY.some((q) => w.startsWith(q));
const QUESTION_WORDS = new Set(['hur', 'huruvida', 'vilka', 'vilken', 'vilket', 'vad']);

/**
 * "undersöka om det kan ske", "utreder hur X kan fångas och om det kan ske genom samverkan":
 * an indirect question, not a condition. `i` is the "om".
 */
function asksWhether(t: SentenceContext['tokens'], i: number): boolean {
  if (inquiry(t[i - 1].w) || (inquiry(t[i - 2].w) && !t[i - 1].brk)) return true;
  if (t[i - 1].w !== 'och' && t[i - 1].w !== 'eller') return false;
  for (let k = i - 2; k >= 1 && k >= i - 20; k--) if (QUESTION_WORDS.has(t[k].w) && inquiry(t[k - 1].w)) return true;
  return false;
}

function run(ctx: SentenceContext): Signal[] {
  const t = ctx.tokens;
  const out: Signal[] = [];
  for (let i = 2; i < t.length - 2; i++) {
    if (t[i].w !== 'om' || OPENERS.has(t[i + 1].w)) continue;
    const subject = t[i + 1].w;
    const clause = t[i].brk || (PRONOUNS.has(subject) && looksFinite(t[i + 2].w));
    if (!clause || asksWhether(t, i)) continue;
    out.push({ stance: 'conditional', weight: 0.9, kind: 'qualifier', start: t[i].start, end: t[i + 2].end, at: i });
  }
  return out;
}

export const ifClauseRule: Rule = { name: 'ifClause', triggers: ifClauseTriggers, run, onlyAtTriggers: true };
