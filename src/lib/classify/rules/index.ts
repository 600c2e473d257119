/** Every rule, run on every sentence. Order does not matter: signals are combined later. */
import { abstainRule } from './abstain.ts';
import { agreeRule } from './agree.ts';
import { conditionRule, contrastRule, demandRule, qualifierRule, referenceRule } from './cues.ts';
import { negatedCommentRule } from './negatedComment.ts';
import { neitherRule } from './neither.ts';
import { ifClauseRule } from './ifClause.ts';
import { opposeRule } from './oppose.ts';
import { supportRule } from './support.ts';
import type { Rule, SentenceContext, Signal } from './types.ts';
import { ABSTAIN, AGREE, CONDITION, CONTRAST, DEMAND, OPPOSE, QUALIFIER, REFERENCE, SUPPORT } from '../lexicon.ts';
import { compile, mayStart } from '../patterns.ts';
import type { Token } from '../tokens.ts';

export const RULES: readonly Rule[] = [
  supportRule,
  agreeRule,
  opposeRule,
  abstainRule,
  negatedCommentRule,
  neitherRule,
  ifClauseRule,
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

/** Every phrase any rule looks for, to skip sentences no rule can fire on. */
const ANY = compile([SUPPORT, AGREE, OPPOSE, ABSTAIN, CONDITION, DEMAND, CONTRAST, QUALIFIER, REFERENCE].flat());

/** Could a rule fire on these words? One lookup a word; most sentences have no candidates. */
export function mayHaveSignals(tokens: Token[]): boolean {
  for (const t of tokens) if (mayStart(ANY, t.w) || t.w.startsWith('yttra') || t.w === 'ställning' || t.w === 'varken' || t.w === 'vare') return true;
  return false;
}

/** All signals of one sentence, ordered by position. */
export function runRules(ctx: SentenceContext): Signal[] {
  if (!mayHaveSignals(ctx.tokens)) return [];
  const out: Signal[] = [];
  for (const r of RULES) for (const s of r(ctx)) out.push(s);
  out.sort((a, b) => a.start - b.start);
  return out.length > MAX_SIGNALS_PER_SENTENCE ? out.slice(0, MAX_SIGNALS_PER_SENTENCE) : out;
}

export type { Rule, SentenceContext, Signal } from './types.ts';
