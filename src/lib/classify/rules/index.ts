/** Every rule, run on every sentence. Order does not matter: signals are combined later. */
import { abstainRule } from './abstain.ts';
import { agreeRule } from './agree.ts';
import { conditionRule, contrastRule, demandRule, qualifierRule, referenceRule } from './cues.ts';
import { negatedCommentRule } from './negatedComment.ts';
import { opposeRule } from './oppose.ts';
import { supportRule } from './support.ts';
import type { Rule, SentenceContext, Signal } from './types.ts';

export const RULES: readonly Rule[] = [
  supportRule,
  agreeRule,
  opposeRule,
  abstainRule,
  negatedCommentRule,
  conditionRule,
  demandRule,
  contrastRule,
  qualifierRule,
  referenceRule,
];

/** All signals of one sentence, ordered by position. */
export function runRules(ctx: SentenceContext): Signal[] {
  const out: Signal[] = [];
  for (const r of RULES) out.push(...r(ctx));
  return out.sort((a, b) => a.start - b.start);
}

export type { Rule, SentenceContext, Signal } from './types.ts';
