/**
 * Word tokens with offsets. Rules match on lower-cased words, never on raw text, so that
 * phrase matching is a walk over tokens with Map lookups (linear, no regex backtracking).
 *
 * Every token points to its word's entry (Lex), one object per distinct word: the matchers
 * keep what they found out about a word there (patterns.ts: which phrases may start at it),
 * so a word that repeats is looked up once per text, not once per rule and occurrence.
 */

/** One distinct word and what the matchers cached about it. */
export interface Lex {
  /** The word, lower-cased (Swedish). */
  readonly w: string;
  /** Per-word caches, one slot per user (lexSlot()); a slot's value is a pure function of `w`. */
  readonly c: unknown[];
}

/** One word of a sentence. */
export interface Token {
  /** The word, lower-cased (Swedish). */
  w: string;
  /** Offset of the word in the original text. */
  start: number;
  end: number;
  /** True when a clause break (, ; : ( ) – or a quote) separates it from the previous word. */
  brk: boolean;
  /** The word's entry (its caches); every token tokenize() makes has one. */
  lex?: Lex;
}

let slots = 0;
/** A slot of Lex.c for a per-word cache. */
export function lexSlot(): number {
  return slots++;
}

/**
 * Word entries by the word as written, in an open-addressing hash table read straight from
 * the text (no slice, no string hash per token). Emptied when it grows large; entries stay
 * valid where tokens hold them.
 */
interface Entry extends Lex {
  /** The word as written (a copy, never a slice that would keep a whole text alive). */
  readonly raw: string;
  readonly h: number;
}
const LEX_MAX = 200_000;
const INITIAL = 1 << 12;
let table: (Entry | undefined)[] = new Array(INITIAL);
let count = 0;

const FNV = 0x811c9dc5;
const mix = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);

function sameAt(raw: string, text: string, s: number, e: number): boolean {
  if (raw.length !== e - s) return false;
  for (let k = 0; k < raw.length; k++) if (raw.charCodeAt(k) !== text.charCodeAt(s + k)) return false;
  return true;
}

function grow(): void {
  const old = table;
  table = new Array(old.length * 2);
  const mask = table.length - 1;
  for (const x of old) {
    if (x === undefined) continue;
    let i = x.h & mask;
    while (table[i] !== undefined) i = (i + 1) & mask;
    table[i] = x;
  }
}

/** The entry of the word text.slice(s, e), whose code units hash (mix from FNV) to h0. */
function lexAt(text: string, s: number, e: number, h0: number): Lex {
  const h = h0 >>> 0;
  let mask = table.length - 1;
  let i = h & mask;
  for (let x = table[i]; x !== undefined; x = table[i]) {
    if (x.h === h && sameAt(x.raw, text, s, e)) return x;
    i = (i + 1) & mask;
  }
  if (count >= LEX_MAX) {
    table = new Array(INITIAL);
    count = 0;
  } else if (2 * (count + 1) > table.length) grow();
  mask = table.length - 1;
  i = h & mask;
  while (table[i] !== undefined) i = (i + 1) & mask;
  // A copy: a slice of a long text would keep the whole text alive in the cache.
  const raw = (' ' + text.slice(s, e)).slice(1);
  const x: Entry = { w: raw.toLowerCase(), c: [], raw, h };
  table[i] = x;
  count++;
  return x;
}

// A word: letters and digits, joined by a single hyphen, colon or apostrophe ("mr-institution",
// "SKR:s"), as the regex /[\p{L}\p{N}]+(?:[-:'’][\p{L}\p{N}]+)*/u would match it. Scanned by
// hand with a table of code units: one pass, no backtracking, no match objects.
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet known, 1 a letter or digit, 2 neither. */
const CLASS = new Uint8Array(65536);

function isWordUnit(c: number): boolean {
  let k = CLASS[c];
  if (k === 0) {
    // A lone surrogate is no letter (the u-flag regex sees it as a code point of its own).
    k = c >= 0xd800 && c <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    CLASS[c] = k;
  }
  return k === 1;
}

/** Is the code unit pair at i (a high surrogate c, then the unit at i + 1 < end) a letter or digit? */
function pairIsWord(text: string, c: number, i: number, end: number): boolean {
  if (i + 1 >= end) return false;
  const d = text.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return false;
  return WORD_CHAR.test(String.fromCharCode(c, d));
}

/** , ; : ( ) – — and quotes, ? and ! between two words. */
function isBreak(c: number): boolean {
  switch (c) {
    case 0x2c: // ,
    case 0x3b: // ;
    case 0x3a: // :
    case 0x28: // (
    case 0x29: // )
    case 0x2013: // –
    case 0x2014: // —
    case 0x22: // "
    case 0x201d: // ”
    case 0x201c: // “
    case 0xab: // «
    case 0xbb: // »
    case 0x3f: // ?
    case 0x21: // !
      return true;
    default:
      return false;
  }
}

/** Tokens of text.slice(start, end), offsets into the whole text. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  // Nothing at or past `end` is looked at: a word is cut at the segment's end, as it would be
  // on the slice, so that a long letter run is never rescanned once per segment (quadratic).
  let prevEnd = start;
  let i = start;
  while (i < end) {
    // The first letter or digit; the word's hash is built while it is scanned.
    let c = text.charCodeAt(i);
    const s = i;
    let h = FNV;
    if (c >= 0xd800 && c <= 0xdbff) {
      if (!pairIsWord(text, c, i, end)) {
        i++;
        continue;
      }
      h = mix(mix(h, c), text.charCodeAt(i + 1));
      i += 2;
    } else if (isWordUnit(c)) {
      h = mix(h, c);
      i++;
    } else {
      i++;
      continue;
    }
    while (i < end) {
      c = text.charCodeAt(i);
      // The common case first: a-z.
      if (c >= 0x61 && c <= 0x7a) {
        h = mix(h, c);
        i++;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdbff) {
        if (!pairIsWord(text, c, i, end)) break;
        h = mix(mix(h, c), text.charCodeAt(i + 1));
        i += 2;
        continue;
      }
      if (isWordUnit(c)) {
        h = mix(h, c);
        i++;
        continue;
      }
      // A joiner counts only with a letter or digit right after it.
      if ((c === 0x2d || c === 0x3a || c === 0x27 || c === 0x2019) && i + 1 < end) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xd800 && d <= 0xdbff) {
          if (!pairIsWord(text, d, i + 1, end)) break;
          h = mix(mix(mix(h, c), d), text.charCodeAt(i + 2));
          i += 3;
          continue;
        }
        if (isWordUnit(d)) {
          h = mix(mix(h, c), d);
          i += 2;
          continue;
        }
      }
      break;
    }
    let brk = false;
    // The gaps between words are disjoint, so scanning them is linear overall. Most are one
    // space, which is no break.
    if (s - prevEnd !== 1 || text.charCodeAt(prevEnd) !== 0x20) {
      for (let k = prevEnd; k < s; k++) {
        const g = text.charCodeAt(k);
        if (isBreak(g) || (g === 0x2d && k > start && text.charCodeAt(k - 1) === 0x20 && text.charCodeAt(k + 1) === 0x20)) {
          brk = true;
          break;
        }
      }
    }
    const lex = lexAt(text, s, i, h);
    out.push({ w: lex.w, start: s, end: i, brk, lex });
    prevEnd = i;
  }
  return out;
}
