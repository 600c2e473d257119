/**
 * Word tokens with offsets. Rules match on lower-cased words, never on raw text, so that
 * phrase matching is a walk over tokens with Map lookups (linear, no regex backtracking).
 */

/** One word of a sentence. */
export interface Token {
  /** The word, lower-cased (Swedish). */
  w: string;
  /** Offset of the word in the original text. */
  start: number;
  end: number;
  /** True when a clause break (, ; : ( ) – or a quote) separates it from the previous word. */
  brk: boolean;
}

// Letters and digits, joined by a single hyphen, colon or apostrophe ("mr-institution",
// "SKR:s"). The joiner is outside the letter class, so the regex cannot backtrack badly.
const WORD = /[\p{L}\p{N}]+(?:[-:'’][\p{L}\p{N}]+)*/gu;
const BREAK_CHARS = new Set([',', ';', ':', '(', ')', '–', '—', '"', '”', '“', '«', '»', '?', '!']);

/** Tokens of text.slice(start, end), offsets into the whole text. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const re = new RegExp(WORD.source, WORD.flags);
  re.lastIndex = start;
  let prevEnd = start;
  for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
    const s = m.index;
    const e = Math.min(s + m[0].length, end);
    let brk = false;
    // The gap between words is short in real text; bounded scan keeps this linear overall.
    for (let i = prevEnd; i < s; i++) {
      const c = text[i];
      if (BREAK_CHARS.has(c) || (c === '-' && text[i - 1] === ' ' && text[i + 1] === ' ')) {
        brk = true;
        break;
      }
    }
    out.push({ w: text.slice(s, e).toLocaleLowerCase('sv-SE'), start: s, end: e, brk });
    prevEnd = e;
  }
  return out;
}
