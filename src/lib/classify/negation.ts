/**
 * Negation scope. A negation counts when it is in the same clause as the verb: just
 * before it ("kan inte tillstyrka", "kan därför inte ställa sig bakom", "inte tillstyrker"),
 * inside the phrase ("ställer sig inte bakom") or right after it ("tillstyrker inte",
 * "tillstyrker därför inte"). "inte minst" and "inte bara" do not negate.
 * Two more scopes: "varken tillstyrker eller avstyrker" takes no position at all
 * (neitherNor), and a negated opinion verb reaches into its att-clause: "anser inte att
 * förslaget bör genomföras" is "anser att förslaget inte bör genomföras" (raisedNegation).
 */
import type { Token } from './tokens.ts';
import { NEGATIONS, NOT_NEGATING_AFTER } from './lexicon.ts';

const INSIDE_NEGATIONS = new Set(['inga', 'inget', 'ingen', 'ingenting']);
const REASON = new Set(['anledning', 'skäl', 'orsak', 'behov']);
const BEFORE = 3;
const AFTER = 2;

function negates(tokens: Token[], k: number): boolean {
  return NEGATIONS.has(tokens[k].w) && !NOT_NEGATING_AFTER.has(tokens[k + 1]?.w ?? '');
}

/** Is the phrase at tokens first..last negated in its clause? */
export function isNegated(tokens: Token[], first: number, last: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - BEFORE; k--) {
    if (tokens[k + 1].brk) break; // a clause break between k and the phrase
    if (negates(tokens, k)) return true;
    if (tokens[k].w === 'att' || tokens[k].w === 'som') {
      // "ser ingen anledning att motsätta sig": the negation reaches through "att".
      if (tokens[k].w === 'att' && REASON.has(tokens[k - 1]?.w ?? '')) {
        for (let j = k - 2; j >= 0 && j >= k - 4; j--) if (NEGATIONS.has(tokens[j].w) || INSIDE_NEGATIONS.has(tokens[j].w)) return true;
      }
      break;
    }
  }
  for (let k = first + 1; k < last; k++) {
    if (negates(tokens, k) || INSIDE_NEGATIONS.has(tokens[k].w)) return true;
  }
  for (let k = last + 1; k < tokens.length && k <= last + AFTER; k++) {
    if (tokens[k].brk || tokens[k].w === 'att') break;
    if (negates(tokens, k)) return true;
  }
  return false;
}

/** Opinion verbs whose negation is read in their att-clause ("anser inte att ..."). */
const RAISING = new Set(['anser', 'anse', 'ansett', 'bedömer', 'bedöma', 'menar', 'tror', 'tycker', 'finner', 'kan', 'ser',
  // "har inte möjlighet att tillstyrka", "ser ingen anledning att stödja", "finns inte skäl att avstyrka".
  'möjlighet', 'möjligt', 'anledning', 'skäl']);
const RAISE_BACK = 7;

/** "anser inte att [förslaget] bör genomföras": a negated opinion verb before the clause. */
export function raisedNegation(tokens: Token[], first: number): boolean {
  for (let k = first - 1; k >= 1 && k >= first - RAISE_BACK; k--) {
    if (tokens[k + 1].brk) return false;
    if (tokens[k].w !== 'att') continue;
    // The two or three words before "att": an opinion verb and a negation.
    let verb = false;
    let neg = false;
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      if (tokens[j + 1].brk) break;
      if (RAISING.has(tokens[j].w)) verb = true;
      if (negates(tokens, j)) neg = true;
    }
    return verb && neg;
  }
  return false;
}

/** "varken tillstyrker eller avstyrker", "vare sig ... eller": both verbs say nothing. */
export function neitherNor(tokens: Token[], first: number): boolean {
  for (let k = first; k >= 0 && k >= first - 6; k--) {
    const w = tokens[k].w;
    if (w === 'varken' || (w === 'vare' && tokens[k + 1]?.w === 'sig')) {
      for (let j = k + 1; j < tokens.length && j <= k + 8; j++) {
        if (tokens[j].brk) return false;
        if (tokens[j].w === 'eller') return true;
      }
      return false;
    }
    if (k < first && tokens[k + 1].brk) return false;
  }
  return false;
}
