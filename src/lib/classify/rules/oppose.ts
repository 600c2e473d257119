/**
 * No: avstyrker, avvisar, motsätter sig, säger nej till, bör inte genomföras, inte
 * ändamålsenlig ... Negated ("motsätter sig inte") it becomes a weak yes (phraseRule).
 * "Ser ingen anledning att motsätta sig / invända" is a double negative: the inner verb,
 * negated, carries the yes, so the outer "ingen anledning" is dropped.
 */
import { OPPOSE } from '../lexicon.ts';
import { phraseRule } from './phraseRule.ts';

const NEGATIVE_STEMS = ['motsätt', 'invänd', 'avstyrk', 'avvis', 'ifrågasätt', 'erinr', 'opponer', 'kritiser'];

/** The consultation itself, not the proposal: "remisstiden är alltför kort". */
const PROCEDURE = ['remisstid', 'svarstid', 'remissperiod', 'remisstiden'];

export const opposeRule = phraseRule('oppose', OPPOSE, (s, m, ctx) => {
  const last = ctx.tokens[m.last].w;
  if (m.phrase.data.neg === 'drop' && ctx.tokens.some((t) => PROCEDURE.some((p) => t.w.startsWith(p)))) return null;
  if (last === 'anledning' || last === 'skäl' || last === 'behov') {
    const t = ctx.tokens;
    if (t[m.last + 1]?.w === 'att' && NEGATIVE_STEMS.some((st) => (t[m.last + 2]?.w ?? '').startsWith(st))) return null;
  }
  return s;
});
