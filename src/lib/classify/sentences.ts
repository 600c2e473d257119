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

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\f' || c === '\v';
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isDigit = (c: string) => c >= '0' && c <= '9';
const isLetter = (c: string) => c.toLowerCase() !== c.toUpperCase();
const OPENERS = new Set(['"', '”', '“', '«', '»', '(', '-', '–', '—', '•', '*', '\'', '’', '§']);
const CLOSERS = new Set(['"', '”', '’', ')', '»', '\'']);

/** Split text into sentences and headings, each with offsets into text. */
export function splitSentences(text: string): Segment[] {
  const out: Segment[] = [];
  const n = text.length;
  let segStart = -1; // -1: not inside a segment
  let lineStart = 0;
  const emit = (end: number) => {
    if (segStart < 0) return;
    let e = end;
    while (e > segStart && isSpace(text[e - 1])) e--;
    if (e > segStart) out.push({ start: segStart, end: e, text: text.slice(segStart, e) });
    segStart = -1;
  };
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '\n') {
      if (segStart >= 0 && lineEndsSegment(text, segStart, lineStart, i)) emit(i);
      lineStart = i + 1;
      continue;
    }
    if (segStart < 0) {
      if (isSpace(c)) continue;
      segStart = i;
    }
    if (c === '.' || c === '!' || c === '?') {
      let j = i + 1;
      while (j < n && CLOSERS.has(text[j])) j++;
      if (j < n && !isSpace(text[j])) continue; // "2016.09", "t.ex", "SKR:s"
      if (c !== '.' || fullStopEnds(text, segStart, i, j)) {
        emit(j);
        i = j - 1;
      }
      continue;
    }
    // Cut runaway segments: at white space, or anywhere when there is none at all.
    if ((isSpace(c) && i - segStart > MAX_SEGMENT) || i - segStart > 4 * MAX_SEGMENT) emit(i + 1);
  }
  emit(n);
  return out;
}

/** Does the full stop at i (closing quotes up to j) end the sentence? */
function fullStopEnds(text: string, segStart: number, i: number, j: number): boolean {
  let k = j;
  while (k < text.length && isSpace(text[k])) k++;
  if (k >= text.length) return true;
  const next = text[k];
  // The word before the stop (bounded look-back keeps the scan linear).
  let b = i;
  while (b > segStart && i - b < 12 && (isLetter(text[b - 1]) || text[b - 1] === '.')) b--;
  const word = text.slice(b, i).toLowerCase();
  if (END_BEFORE_CAPITAL.has(word)) return isUpper(next);
  if (NEVER_END.has(word)) return false;
  if (word.length === 1 && isUpper(text[b])) return false; // an initial: "K. Larsson"
  // A list number at the start of a segment: "1. Nämnden ..."
  let d = i;
  while (d > segStart && isDigit(text[d - 1])) d--;
  if (d === segStart && d < i) return false;
  return isUpper(next) || isDigit(next) || OPENERS.has(next);
}

/** Does the line ending at nl close the segment (blank line, heading, bullet next)? */
function lineEndsSegment(text: string, segStart: number, lineStart: number, nl: number): boolean {
  let k = nl + 1;
  while (k < text.length && text[k] !== '\n' && isSpace(text[k])) k++;
  if (k >= text.length || text[k] === '\n') return true; // blank line or end
  const next = text[k];
  let e = nl;
  while (e > lineStart && isSpace(text[e - 1])) e--;
  const last = text[e - 1];
  if (last === ':') return true;
  if (next === '-' || next === '•' || next === '*' || next === '–') return true;
  if (isDigit(next) && /^\d{1,2}[.)]\s/.test(text.slice(k, k + 4))) return true;
  // A heading: the segment is this one short line, with no closing punctuation.
  const headingLike = segStart >= lineStart && e - segStart <= HEADING_MAX && !/[.,;!?]/.test(last ?? '.');
  return headingLike && (isUpper(next) || isDigit(next));
}
