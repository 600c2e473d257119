/**
 * The municipal decision formula: "Motionen antas", "Medborgarförslaget genomförs", "En
 * motion om att inrätta en plats för minnestavlor antas genom att ...", "Framställan beviljas".
 * A proposal word opens the sentence and a passive decision verb ends its first clause: the
 * body decides in favour. On its own such a verb says nothing ("det antas att kostnaderna
 * stiger", "utbildningen genomförs i höst"), so the proposal word is required.
 * "avslås" is in the lexicon; a negation ("Motionen antas inte") makes it a no.
 */
import { isNegated } from '../negation.ts';
import type { Rule, SentenceContext, Signal, Triggers } from './types.ts';

const VERBS = new Set(['antas', 'genomförs', 'beviljas', 'tillgodoses', 'godtas']);
const PROPOSAL_WORDS = ['motion', 'medborgarförslag', 'e-förslag', 'förslag', 'framställan', 'framställning', 'yrkande', 'initiativ', 'skrivelse'];
const OPENERS = new Set(['en', 'ett', 'den', 'det', 'denna', 'detta', 'att', 'därmed', 'därför', 'härmed']);
/** How far into the sentence the verb may stand: the proposal's own "om att ..." clause comes first. */
const REACH = 16;

export const decisionFormulaTriggers: Triggers = { words: [...VERBS] };

function run(ctx: SentenceContext): Signal[] {
  const t = ctx.tokens;
  let k = 0;
  while (k < t.length && k < 2 && OPENERS.has(t[k].w)) k++;
  const head = t[k]?.w ?? '';
  if (!PROPOSAL_WORDS.some((p) => head.startsWith(p))) return [];
  for (let i = k + 1; i < t.length && i <= k + REACH; i++) {
    if (!VERBS.has(t[i].w)) continue;
    // Past a clause break the verb belongs to another clause ("..., vilket antas ...").
    if (t.slice(k + 1, i + 1).some((x) => x.brk)) return [];
    const no = isNegated(t, i, i);
    return [{ stance: no ? 'opposing' : 'supporting', kind: no ? 'oppose' : 'support', weight: 1.2, start: t[k].start, end: t[i].end, at: i, formal: true }];
  }
  return [];
}

export const decisionFormulaRule: Rule = { name: 'decisionFormula', triggers: decisionFormulaTriggers, run, onlyAtTriggers: true };
