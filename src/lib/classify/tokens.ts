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
  // Match on the slice: on the whole text a word regex could run past `end` to the end of
  // a long letter run, once per segment (quadratic).
  const part = start === 0 && end === text.length ? text : text.slice(start, end);
  const re = WORD;
  re.lastIndex = 0;
  let prevEnd = 0;
  for (let m = re.exec(part); m !== null; m = re.exec(part)) {
    const s = m.index;
    const e = s + m[0].length;
    let brk = false;
    // The gaps between words are disjoint, so scanning them is linear overall.
    for (let i = prevEnd; i < s; i++) {
      const c = part[i];
      if (BREAK_CHARS.has(c) || (c === '-' && part[i - 1] === ' ' && part[i + 1] === ' ')) {
        brk = true;
        break;
      }
    }
    out.push({ w: m[0].toLowerCase(), start: start + s, end: start + e, brk });
    prevEnd = e;
  }
  return out;
}
