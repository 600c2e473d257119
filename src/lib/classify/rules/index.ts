/**
 * Every rule, run on every sentence that may have signals. Order does not matter: signals
 * are combined later. Each rule declares its trigger words (types.ts Triggers); the
 * sentence filter below is derived from them, so a new rule cannot be skipped silently.
 */
import { abstainRule } from './abstain.ts';
import { agreeRule } from './agree.ts';
import { conditionRule, contrastRule, demandRule, qualifierRule, referenceRule } from './cues.ts';
import { decisionFormulaRule } from './decisionFormula.ts';
import { negatedCommentRule } from './negatedComment.ts';
import { neitherRule } from './neither.ts';
import { ifClauseRule } from './ifClause.ts';
import { opposeRule } from './oppose.ts';
import { supportRule } from './support.ts';
import type { Rule, SentenceContext, Signal, Triggers } from './types.ts';
import { candidates, compile, mayStart, type PhraseIndex } from '../patterns.ts';
import { lexSlot, type Token } from '../tokens.ts';

export const RULES: readonly Rule[] = [
  supportRule,
  agreeRule,
  opposeRule,
  abstainRule,
  negatedCommentRule,
  neitherRule,
  ifClauseRule,
  decisionFormulaRule,
  conditionRule,
  demandRule,
  contrastRule,
  qualifierRule,
  referenceRule,
];

/**
 * Real sentences carry a handful of signals; a run of one keyword repeated thousands of
 * times must not make the later, per-sentence steps slow. Keep the first few.
 */
export const MAX_SIGNALS_PER_SENTENCE = 24;

/** The first words of a set of triggers, compiled: lexicon phrases and declared words alike. */
export function compileTriggers(triggers: readonly Triggers[], opts?: { cache?: boolean }): PhraseIndex<unknown> {
  const entries: (readonly [string, unknown])[] = [];
  for (const tr of triggers) {
    for (const list of tr.lists ?? []) entries.push(...list);
    for (const w of tr.words ?? []) entries.push([w, null]);
  }
  return compile(entries, opts);
}

/** Could a phrase or word of these triggers start at one of the tokens? */
export function anyStarts(idx: PhraseIndex<unknown>, tokens: Token[]): boolean {
  for (const t of tokens) if (mayStart(idx, t.w)) return true;
  return false;
}

/**
 * Every trigger any rule declares (except those that only count beside another rule's),
 * to skip sentences no rule can fire on.
 */
const ANY = compileTriggers(
  RULES.filter((r) => !r.triggers.alongside).map((r) => r.triggers),
  { cache: false },
);

/** Could a rule fire on these words? One lookup a word; most sentences have no candidates. */
export function mayHaveSignals(tokens: Token[]): boolean {
  return anyStarts(ANY, tokens);
}

/** Each rule's own triggers, for the rules that fire only at them (asked once per distinct word). */
const OWN = RULES.map((r) => (r.onlyAtTriggers ? compileTriggers([r.triggers], { cache: false }) : null));

/** Per word, cached on it: bit i when RULES[i]'s own triggers may start there, ADMITS when ANY may. */
const SLOT = lexSlot();
const ADMITS = 1 << 30;
if (RULES.length >= 30) throw new Error('rules/index.ts: too many rules for the word mask');

function maskOf(t: Token): number {
  const lex = t.lex;
  if (lex !== undefined && lex.w === t.w) {
    const hit = lex.c[SLOT] as number | undefined;
    if (hit !== undefined) return hit;
    return (lex.c[SLOT] = computeMask(t));
  }
  return computeMask(t);
}

function computeMask(t: Token): number {
  let m = mayStart(ANY, t.w) ? ADMITS : 0;
  for (let i = 0; i < RULES.length; i++) {
    const own = OWN[i];
    if (own !== null && candidates(own, t).length > 0) m |= 1 << i;
  }
  return m;
}

/** Scratch for ctx.starts (runRules does not nest). */
const STARTS: number[] = [];

/** All signals of one sentence, ordered by position. */
export function runRules(ctx: SentenceContext): Signal[] {
  // The words' masks together: is the sentence admitted, and which phrase rules can match in it.
  let mask = 0;
  const tokens = ctx.tokens;
  const starts = STARTS;
  starts.length = 0;
  for (let k = 0; k < tokens.length; k++) {
    const m = maskOf(tokens[k]);
    mask |= m;
    if (m & ~ADMITS) starts.push(k);
  }
  if (!(mask & ADMITS)) return [];
  ctx.starts = starts;
  // The first rule's own (fresh) array collects the others' signals: no array per sentence.
  let out: Signal[] | null = null;
  for (let i = 0; i < RULES.length; i++) {
    const r = RULES[i];
    if (r.onlyAtTriggers && !(mask & (1 << i))) continue;
    const found = r.run(ctx);
    if (found.length === 0) continue;
    if (out === null) out = found;
    else for (let k = 0; k < found.length; k++) out.push(found[k]);
  }
  ctx.starts = undefined;
  if (out === null) return [];
  if (out.length > 1) out.sort((a, b) => a.start - b.start);
  return out.length > MAX_SIGNALS_PER_SENTENCE ? out.slice(0, MAX_SIGNALS_PER_SENTENCE) : out;
}

export type { Rule, SentenceContext, Signal, Triggers } from './types.ts';
