/**
 * "Yes, but" cues. Conditions (under förutsättning att, efterfrågar, saknar, med följande
 * synpunkter) count on their own; demands (bör, behöver, vikten av) are weak; contrast
 * words (men, dock, samtidigt) and qualifiers (i huvudsak, delvis) count only next to a
 * yes — resolve.ts decides that, since it needs the sentences around.
 */
import { CONDITION, CONTRAST, DEMAND, QUALIFIER, REFERENCE } from '../lexicon.ts';
import { phraseRule } from './phraseRule.ts';

/**
 * The cover line "X har beretts möjlighet att yttra sig och lämnar härmed följande
 * synpunkter" announces the answer; it is no reservation.
 */
const COVER = new Set(['härmed', 'beretts', 'getts', 'givits', 'inbjudits', 'anmodats', 'ombetts', 'bjudits']);
const REPORTED = new Set(['lämnat', 'lämnade', 'framfört', 'framförde', 'inkommit', 'inkom', 'lyft', 'lyfte', 'inhämtat', 'inhämtade', 'inhämtats', 'samlat', 'sammanställt']);
export const conditionRule = phraseRule('condition', CONDITION, (s, m, ctx) => {
  const t = ctx.tokens;
  if (t[m.last].w.startsWith('synpunkt') && t.some((x) => COVER.has(x.w))) return null;
  // "Avdelningen har lämnat synpunkter": a report of the preparation, not a reservation.
  for (let k = m.first; k <= m.last; k++) if (REPORTED.has(t[k].w)) return null;
  return s;
});
export const demandRule = phraseRule('demand', DEMAND);
export const contrastRule = phraseRule('contrast', CONTRAST);
export const qualifierRule = phraseRule('qualifier', QUALIFIER);
/** "Hänvisar till förvaltningens tjänsteutlåtande": no stance of its own. */
export const referenceRule = phraseRule('reference', REFERENCE);
