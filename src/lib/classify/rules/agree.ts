/**
 * Agreement: instämmer i, delar bedömningen, håller med. Weaker than a formal yes, and
 * weaker still when it agrees with a statement ("instämmer i att socialtjänsten behöver
 * fler verktyg"), which often concerns the problem rather than the proposal. resolve.ts
 * drops such agreement when the same sentence goes on to oppose.
 */
import { AGREE } from '../lexicon.ts';
import { phraseRule } from './phraseRule.ts';
import { adoptsDraft, asReference } from './support.ts';

export const agreeRule = phraseRule('agree', AGREE, (s, m, ctx) => {
  if (adoptsDraft(m, ctx)) return asReference(s);
  // "instämmer i att ...", "delar bedömningen att ...", "håller med om att ...": a statement.
  const t = ctx.tokens;
  let k = m.last + 1;
  if (t[k]?.w === 'i' || t[k]?.w === 'med' || t[k]?.w === 'om') k++;
  // "håller med utredningen om att ...": the one agreed with, then the statement.
  else if (t[k + 1]?.w === 'om' && !t[k].brk && !t[k + 1].brk) k += 2;
  const next = t[k]?.w;
  return next === 'att' || next === 'den' || next === 'det' ? { ...s, weight: Math.min(s.weight, 0.5) } : s;
});
