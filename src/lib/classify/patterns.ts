/**
 * A tiny phrase language over tokens, so the lexicon reads like Swedish:
 *   "ställ* sig … bakom"   ställ* = any word starting with "ställ", … = up to 3 words
 *   "positiv|positivt"     alternatives for one word
 * Matching walks the tokens once; candidate phrases are found by Map lookups on the first
 * word (exact, or its prefixes of the few lengths in use), so time is linear in the text.
 * A gap never crosses a clause break nor "att"/"som" (so "har inbjudits att lämna
 * synpunkter" is not "har ... synpunkter").
 */
import type { Token } from './tokens.ts';

interface Alt {
  w: string;
  prefix: boolean;
}
type Elem = { gap: number } | { alts: Alt[] };

/** A compiled phrase with the data the lexicon attached to it. */
export interface Phrase<T> {
  source: string;
  elems: Elem[];
  data: T;
}

/** A phrase found in a token list: tokens first..last inclusive. */
export interface PhraseMatch<T> {
  phrase: Phrase<T>;
  first: number;
  last: number;
}

/** Phrases indexed by their first word. */
export interface PhraseIndex<T> {
  exact: Map<string, Phrase<T>[]>;
  prefix: Map<string, Phrase<T>[]>;
  prefixLengths: number[];
}

const GAP_STOP = new Set(['att', 'som']);
const GAP_MAX = 3;

function parse(source: string): Elem[] {
  return source
    .trim()
    .split(/\s+/)
    .map((part): Elem => {
      if (part === '…') return { gap: GAP_MAX };
      return {
        alts: part.split('|').map((a) => (a.endsWith('*') ? { w: a.slice(0, -1), prefix: true } : { w: a, prefix: false })),
      };
    });
}

/** Compile lexicon entries [phrase source, data] into an index. */
export function compile<T>(entries: readonly (readonly [string, T])[]): PhraseIndex<T> {
  const idx: PhraseIndex<T> = { exact: new Map(), prefix: new Map(), prefixLengths: [] };
  const lengths = new Set<number>();
  for (const [source, data] of entries) {
    const elems = parse(source);
    const phrase: Phrase<T> = { source, elems, data };
    const first = elems[0];
    if (!('alts' in first)) throw new Error(`phrase may not start with a gap: ${source}`);
    for (const a of first.alts) {
      const map = a.prefix ? idx.prefix : idx.exact;
      if (a.prefix) lengths.add(a.w.length);
      const list = map.get(a.w) ?? [];
      list.push(phrase);
      map.set(a.w, list);
    }
  }
  idx.prefixLengths = [...lengths].sort((a, b) => a - b);
  return idx;
}

function wordMatches(alts: Alt[], w: string): boolean {
  for (const a of alts) if (a.prefix ? w.startsWith(a.w) : w === a.w) return true;
  return false;
}

/** Match the rest of a phrase from token i (its first word matched at i - 1). */
function matchRest<T>(p: Phrase<T>, tokens: Token[], i: number): number {
  let pos = i;
  let gap = 0;
  for (let e = 1; e < p.elems.length; e++) {
    const el = p.elems[e];
    if ('gap' in el) {
      gap = el.gap;
      continue;
    }
    let found = -1;
    for (let k = pos; k < tokens.length && k <= pos + gap; k++) {
      const t = tokens[k];
      if (t.brk) break;
      if (wordMatches(el.alts, t.w)) {
        found = k;
        break;
      }
      if (GAP_STOP.has(t.w)) break;
    }
    if (found < 0) return -1;
    pos = found + 1;
    gap = 0;
  }
  return pos - 1;
}

/** All phrase matches in tokens, in order of their first word. */
export function findPhrases<T>(idx: PhraseIndex<T>, tokens: Token[]): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].w;
    const cands: Phrase<T>[] = [];
    const ex = idx.exact.get(w);
    if (ex) cands.push(...ex);
    for (const L of idx.prefixLengths) {
      if (L > w.length) break;
      const px = idx.prefix.get(w.slice(0, L));
      if (px) cands.push(...px);
    }
    for (const p of cands) {
      const last = p.elems.length === 1 ? i : matchRest(p, tokens, i + 1);
      if (last >= 0) out.push({ phrase: p, first: i, last });
    }
  }
  return out;
}
