/**
 * Sentence splitting with offsets into the original text.
 *
 * One linear scan. A full stop ends a sentence only when white space and then a capital,
 * a digit, a quote or a bullet follow, and the word before it is not an abbreviation
 * (t.ex., bl.a., kap., dnr ...) nor a list number ("1."). A short line without final
 * punctuation (a heading) is its own segment; a blank line always ends a segment.
 */

/** A sentence or heading: text === original.slice(start, end). */
export interface Segment {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations after which a full stop never ends a sentence. */
const NEVER_END = new Set([
  't.ex', 'bl.a', 's.k', 'dnr', 'kap', 'resp', 'enl', 'jfr', 'nr', 'ca', 'st', 'p', 'e.d', 'f.d',
  'fr.o.m', 't.o.m', 'o.d', 'prop', 'bet', 'sid', 's', 'f', 'ff', 'inkl', 'exkl', 'ang', 'avd',
  'tfn', 'tel', 'dir', 'd.v.s', 'dvs', 'p.g.a', 'pga', 'mom', 'uppl', 'art', 'vol', 'kl', 'jur',
  'ex', 'resp', 'fig', 'tab', 'bil', 'prof', 'dr', 'mkr', 'tkr', 'mnkr', 'ff', 'mfl', 'osv',
  'm.fl', 'm.m', 'o.s.v', 'etc', 'mm', 'bla', 'tex', 'sk',
]);
/** Of those, the ones that often close a sentence: end only before a capital letter. */
const END_BEFORE_CAPITAL = new Set(['m.fl', 'm.m', 'o.s.v', 'etc', 'mm', 'mfl', 'osv']);
/** Longest segment; longer runs (no punctuation at all) are cut at white space. */
const MAX_SEGMENT = 1500;
const HEADING_MAX = 90;

// Characters by code unit (text.charCodeAt): no one-character strings per character scanned.
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x0c || c === 0x0b;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Per code unit, filled on first use from the string functions: 1 known, 2 upper case, 4 a letter (has case). */
const CASE = new Uint8Array(65536);
function caseOf(c: number): number {
  let k = CASE[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = 1 | (ch !== ch.toLowerCase() && ch === ch.toUpperCase() ? 2 : 0) | (ch.toLowerCase() !== ch.toUpperCase() ? 4 : 0);
    CASE[c] = k;
  }
  return k;
}
const isUpper = (c: number) => (caseOf(c) & 2) !== 0;
const isLetter = (c: number) => (caseOf(c) & 4) !== 0;
// " ” “ « » ( - – — • * ' ’ §
const isOpener = (c: number) =>
  c === 0x22 || c === 0x201d || c === 0x201c || c === 0xab || c === 0xbb || c === 0x28 || c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2022 || c === 0x2a || c === 0x27 || c === 0x2019 || c === 0xa7;
// " ” ’ ) » '
const isCloser = (c: number) => c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29 || c === 0xbb || c === 0x27;
const NL = 0x0a;

/** The segment text.slice(segStart, end) without its trailing white space, if any is left; returns -1 (no segment open). */
function emit(text: string, out: Segment[], segStart: number, end: number): number {
  if (segStart < 0) return -1;
  let e = end;
  while (e > segStart && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > segStart) out.push({ start: segStart, end: e, text: text.slice(segStart, e) });
  return -1;
}

/** Split text into sentences and headings, each with offsets into text. */
export function splitSentences(text: string): Segment[] {
  const out: Segment[] = [];
  const n = text.length;
  let segStart = -1; // -1: not inside a segment
  let lineStart = 0;
  // emit(text, out, segStart, end) then segStart = -1: a closure over segStart would keep it in
  // a context object, read and written for every character.
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // Most characters are letters: above '?' and no (non-breaking) space, they neither end nor
    // open anything; only the runaway cut below applies.
    if (c > 0x3f && c !== 0xa0) {
      if (segStart < 0) segStart = i;
      else if (i - segStart > 4 * MAX_SEGMENT) segStart = emit(text, out, segStart, i + 1);
      continue;
    }
    if (c === 0x20) {
      // A space: outside a segment nothing; inside one only the cut of a runaway segment.
      if (segStart >= 0 && i - segStart > MAX_SEGMENT) segStart = emit(text, out, segStart, i + 1);
      continue;
    }
    if (c === NL) {
      if (segStart >= 0 && lineEndsSegment(text, segStart, lineStart, i)) segStart = emit(text, out, segStart, i);
      lineStart = i + 1;
      continue;
    }
    if (segStart < 0) {
      if (isSpace(c)) continue;
      segStart = i;
    }
    if (c === 0x2e || c === 0x21 || c === 0x3f) {
      let j = i + 1;
      while (j < n && isCloser(text.charCodeAt(j))) j++;
      if (j < n && !isSpace(text.charCodeAt(j))) continue; // "2016.09", "t.ex", "SKR:s"
      if (c !== 0x2e || fullStopEnds(text, segStart, i, j)) {
        segStart = emit(text, out, segStart, j);
        i = j - 1;
      }
      continue;
    }
    // Cut runaway segments: at white space, or anywhere when there is none at all.
    if ((i - segStart > MAX_SEGMENT && isSpace(c)) || i - segStart > 4 * MAX_SEGMENT) segStart = emit(text, out, segStart, i + 1);
  }
  emit(text, out, segStart, n);
  return out;
}

/** Does the full stop at i (closing quotes up to j) end the sentence? */
function fullStopEnds(text: string, segStart: number, i: number, j: number): boolean {
  let k = j;
  while (k < text.length && isSpace(text.charCodeAt(k))) k++;
  if (k >= text.length) return true;
  const next = text.charCodeAt(k);
  // The word before the stop (bounded look-back keeps the scan linear).
  let b = i;
  while (b > segStart && i - b < 12 && (isLetter(text.charCodeAt(b - 1)) || text.charCodeAt(b - 1) === 0x2e)) b--;
  const word = text.slice(b, i).toLowerCase();
  if (END_BEFORE_CAPITAL.has(word)) return isUpper(next);
  if (NEVER_END.has(word)) return false;
  if (word.length === 1 && isUpper(text.charCodeAt(b))) return false; // an initial: "K. Larsson"
  // A list number at the start of a segment: "1. Nämnden ..."
  let d = i;
  while (d > segStart && isDigit(text.charCodeAt(d - 1))) d--;
  if (d === segStart && d < i) return false;
  return isUpper(next) || isDigit(next) || isOpener(next);
}

/** Does the line ending at nl close the segment (blank line, heading, bullet next)? */
function lineEndsSegment(text: string, segStart: number, lineStart: number, nl: number): boolean {
  let k = nl + 1;
  while (k < text.length && text.charCodeAt(k) !== NL && isSpace(text.charCodeAt(k))) k++;
  if (k >= text.length || text.charCodeAt(k) === NL) return true; // blank line or end
  const next = text.charCodeAt(k);
  let e = nl;
  while (e > lineStart && isSpace(text.charCodeAt(e - 1))) e--;
  // No character before the line's end (e === 0) reads as a full stop: no heading.
  const last = e > 0 ? text.charCodeAt(e - 1) : 0x2e;
  if (last === 0x3a) return true; // :
  if (next === 0x2d || next === 0x2022 || next === 0x2a || next === 0x2013) return true; // - • * –
  if (isDigit(next) && /^\d{1,2}[.)]\s/.test(text.slice(k, k + 4))) return true;
  // A heading: the segment is this one short line, with no closing punctuation.
  const headingLike = segStart >= lineStart && e - segStart <= HEADING_MAX && !(last === 0x2e || last === 0x2c || last === 0x3b || last === 0x21 || last === 0x3f);
  return headingLike && (isUpper(next) || isDigit(next));
}
