/**
 * "Yes, but" cues. Conditions (under förutsättning att, efterfrågar, saknar, med följande
 * synpunkter) count on their own; demands (bör, behöver, vikten av) are weak; contrast
 * words (men, dock, samtidigt) and qualifiers (i huvudsak, delvis) count only next to a
 * yes — resolve.ts decides that, since it needs the sentences around.
 */
import { CONDITION, CONTRAST, DEMAND, QUALIFIER, REFERENCE } from '../lexicon.ts';
import { phraseRule } from './phraseRule.ts';

export const conditionRule = phraseRule(CONDITION);
export const demandRule = phraseRule(DEMAND);
export const contrastRule = phraseRule(CONTRAST);
export const qualifierRule = phraseRule(QUALIFIER);
/** "Hänvisar till förvaltningens tjänsteutlåtande": no stance of its own. */
export const referenceRule = phraseRule(REFERENCE);
