/**
 * No: avstyrker, avvisar, motsätter sig, säger nej till, bör inte genomföras, inte
 * ändamålsenlig ... Negated ("motsätter sig inte") it becomes a weak yes (phraseRule).
 */
import { OPPOSE } from '../lexicon.ts';
import { phraseRule } from './phraseRule.ts';

export const opposeRule = phraseRule(OPPOSE);
