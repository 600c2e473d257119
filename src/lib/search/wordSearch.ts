/**
 * Free-text search by whole words and word beginnings: "EU" finds "EU", "EU:s" and
 * "EU-arbetet" (and "europeiska"), never the "eu" inside "tjänsteutlåtandet". A query of
 * several words is a phrase: "kn 2016" finds "KN 2016/12", and the phrase begins a word.
 * Case, Unicode form, invisible characters and runs of spaces are folded as in
 * aggregate/searchIndex.ts, so what filters is what is highlighted.
 */
import { foldQuery, foldSearch } from '../aggregate/searchIndex.ts';

/** A letter or digit in any script: what words are made of. */
const WORD = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD.test(ch);

/** The folded search terms of a query (today one phrase); empty for a blank query. */
export function searchTerms(q: string): string[] {
  const phrase = foldQuery(q);
  return phrase ? [phrase] : [];
}

/** The first place at or after `from` where `term` begins a word of folded `hay`, or -1. */
export function findWordStart(hay: string, term: string, from = 0): number {
  if (!term) return -1;
  // A term that itself begins with punctuation ("-talet", "§ 3") needs no boundary before it.
  const needsBoundary = isWordChar(term[0]);
  for (let i = hay.indexOf(term, from); i !== -1; i = hay.indexOf(term, i + 1)) {
    if (!needsBoundary || !isWordChar(hay[i - 1])) return i;
  }
  return -1;
}

/** True when every term begins a word somewhere in folded `hay`. */
export function matchesTerms(hay: string, terms: readonly string[]): boolean {
  for (const t of terms) if (findWordStart(hay, t) === -1) return false;
  return true;
}

/** A hit in the original (unfolded) text: `text.slice(start, end)` is what matched. */
export interface Hit {
  start: number;
  end: number;
}

/**
 * Where the terms begin words in `text`, as offsets into `text` itself (not its folded
 * form), sorted and merged where they overlap. A base letter and the combining marks
 * after it fold as one unit, so offsets never split a character.
 */
export function findHits(text: string, terms: readonly string[]): Hit[] {
  if (!terms.length || !text) return [];
  const { folded, from, to } = foldWithOffsets(text);
  const raw: Hit[] = [];
  for (const t of terms) {
    for (let i = findWordStart(folded, t); i !== -1; i = findWordStart(folded, t, i + 1)) {
      raw.push({ start: from[i], end: to[i + t.length - 1] });
    }
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of raw) {
    const last = out[out.length - 1];
    if (last && h.start <= last.end) last.end = Math.max(last.end, h.end);
    else out.push({ ...h });
  }
  return out;
}

/** Folds `text` unit by unit, remembering for each folded character the original range. */
function foldWithOffsets(text: string): { folded: string; from: number[]; to: number[] } {
  let folded = '';
  const from: number[] = [];
  const to: number[] = [];
  const unit = /\P{M}\p{M}*|\p{M}+/gsu;
  let lastSpace = false;
  for (const m of text.matchAll(unit)) {
    const start = m.index;
    const end = start + m[0].length;
    const f = foldSearch(m[0]);
    if (f === ' ') {
      if (lastSpace) continue;
      lastSpace = true;
    } else if (f) lastSpace = false;
    for (const ch of f) {
      for (let k = 0; k < ch.length; k++) {
        from.push(start);
        to.push(end);
      }
    }
    folded += f;
  }
  return { folded, from, to };
}

/** One run of a text: a search hit or not. */
export interface HitPart {
  text: string;
  hit: boolean;
  /** Offset of the run in the whole text. */
  start: number;
}

/**
 * Splits `text` (which starts at `offset` of the text the hits refer to) into runs at the
 * hits, for rendering text nodes and <mark> elements. The runs join back to `text`.
 */
export function splitHits(text: string, hits: readonly Hit[], offset = 0): HitPart[] {
  const out: HitPart[] = [];
  const end = offset + text.length;
  let pos = offset;
  for (const h of hits) {
    const s = Math.max(h.start, offset);
    const e = Math.min(h.end, end);
    if (e <= s) continue;
    if (s > pos) out.push({ text: text.slice(pos - offset, s - offset), hit: false, start: pos });
    out.push({ text: text.slice(s - offset, e - offset), hit: true, start: s });
    pos = e;
  }
  if (pos < end || !out.length) out.push({ text: text.slice(pos - offset), hit: false, start: pos });
  return out;
}
