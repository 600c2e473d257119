/**
 * A tiny phrase language over tokens, so the lexicon reads like Swedish:
 *   "ställ* sig … bakom"   ställ* = any word starting with "ställ", … = up to 3 words
 *   "positiv|positivt"     alternatives for one word
 * Matching walks the tokens once; candidate phrases are found by Map lookups on the first
 * word (exact, or its prefixes of the few lengths in use), so time is linear in the text.
 * A gap never crosses a clause break nor "att"/"som" (so "har inbjudits att lämna
 * synpunkter" is not "har ... synpunkter").
 */
import { lexSlot, type Token } from './tokens.ts';

interface Alt {
  w: string;
  prefix: boolean;
}
/** One element of a phrase: a gap of up to `gap` words, or (gap 0) a word and its alternatives. */
interface Elem {
  gap: number;
  alts: Alt[];
  /** The exact alternatives as a set when there are many (long lists of nouns), else null. */
  exact: Set<string> | null;
  /** The alternatives `exact` does not hold. */
  rest: Alt[];
}
/** From this many exact alternatives on, a set is faster than comparing each. */
const SET_FROM = 4;

/** A compiled phrase with the data the lexicon attached to it. */
export interface Phrase<T> {
  source: string;
  elems: Elem[];
  data: T;
  /** elems[1] when it is a word (no gap before it): the next token must match it. Else null. */
  second: Elem | null;
}

/** A phrase found in a token list: tokens first..last inclusive. */
export interface PhraseMatch<T> {
  phrase: Phrase<T>;
  first: number;
  last: number;
}

/** A character trie over the prefix first words: one walk finds every prefix of a word. */
interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  phrases?: Phrase<T>[];
}

/** Phrases indexed by their first word. */
export interface PhraseIndex<T> {
  exact: Map<string, Phrase<T>[]>;
  prefix: Map<string, Phrase<T>[]>;
  prefixLengths: number[];
  /** The `prefix` map as a trie (what findPhrases walks). */
  trie: TrieNode<T>;
  /** Where the phrases that may start at a word are cached: a slot of the word's Lex, or a map of its own. */
  slot: number;
  cache?: Map<string, readonly Phrase<T>[]>;
}

/**
 * Indexes compiled at load (the rules') cache on the words themselves; the few slots are
 * handed out first come, and later indexes (tests compile many) keep a map of their own.
 */
const SLOTTED_MAX = 32;
let slotted = 0;
const NONE: readonly never[] = [];
/** Bound on an index's own word cache. */
const CACHE_MAX = 50_000;

/** A gap stops at "att" and "som". */
const GAP_MAX = 3;

function parse(source: string): Elem[] {
  return source
    .trim()
    .split(/\s+/)
    .map((part): Elem => {
      if (part === '…') return { gap: GAP_MAX, alts: [], exact: null, rest: [] };
      const alts = part.split('|').map((a) => (a.endsWith('*') ? { w: a.slice(0, -1), prefix: true } : { w: a, prefix: false }));
      const exactAlts = alts.filter((a) => !a.prefix);
      const exact = exactAlts.length >= SET_FROM ? new Set(exactAlts.map((a) => a.w)) : null;
      return { gap: 0, alts, exact, rest: exact ? alts.filter((a) => a.prefix) : alts };
    });
}

/** Compile lexicon entries [phrase source, data] into an index. */
export function compile<T>(entries: readonly (readonly [string, T])[], opts?: { cache?: boolean }): PhraseIndex<T> {
  const idx: PhraseIndex<T> = { exact: new Map(), prefix: new Map(), prefixLengths: [], trie: { next: new Map() }, slot: -1 };
  // { cache: false }: an index asked rarely (once per distinct word, behind a cache of the caller's).
  if (opts?.cache !== false) {
    if (slotted < SLOTTED_MAX) {
      slotted++;
      idx.slot = lexSlot();
    } else idx.cache = new Map();
  }
  const lengths = new Set<number>();
  for (const [source, data] of entries) {
    const elems = parse(source);
    const phrase: Phrase<T> = { source, elems, data, second: elems.length > 1 && elems[1].gap === 0 ? elems[1] : null };
    const first = elems[0];
    if (first.gap > 0) throw new Error(`phrase may not start with a gap: ${source}`);
    for (const a of first.alts) {
      const map = a.prefix ? idx.prefix : idx.exact;
      if (a.prefix) lengths.add(a.w.length);
      const list = map.get(a.w) ?? [];
      list.push(phrase);
      map.set(a.w, list);
    }
  }
  idx.prefixLengths = [...lengths].sort((a, b) => a - b);
  for (const [w, list] of idx.prefix) {
    let node = idx.trie;
    for (const c of w.split('')) {
      let n = node.next.get(c);
      if (!n) node.next.set(c, (n = { next: new Map() }));
      node = n;
    }
    node.phrases = list;
  }
  return idx;
}

function wordMatches(el: Elem, w: string): boolean {
  if (el.exact !== null && el.exact.has(w)) return true;
  const rest = el.rest;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a.prefix ? w.startsWith(a.w) : w === a.w) return true;
  }
  return false;
}

/** Match the rest of a phrase from token i (its first word matched at i - 1). */
function matchRest<T>(p: Phrase<T>, tokens: Token[], i: number): number {
  let pos = i;
  let gap = 0;
  const elems = p.elems;
  for (let e = 1; e < elems.length; e++) {
    const el = elems[e];
    if (el.gap > 0) {
      gap = el.gap;
      continue;
    }
    let found = -1;
    for (let k = pos; k < tokens.length && k <= pos + gap; k++) {
      const t = tokens[k];
      if (t.brk) break;
      const w = t.w;
      if (wordMatches(el, w)) {
        found = k;
        break;
      }
      if (w === 'att' || w === 'som') break;
    }
    if (found < 0) return -1;
    pos = found + 1;
    gap = 0;
  }
  return pos - 1;
}

/**
 * The phrases that may start at word w, in the order findPhrases tries them: exact first
 * words first, then prefixes by increasing length (a trie walk). A phrase listed under two
 * alternatives that both fit is tried twice, as before the cache.
 */
function candidatesOf<T>(idx: PhraseIndex<T>, w: string): readonly Phrase<T>[] {
  const ex = idx.exact.get(w);
  let out: Phrase<T>[] | undefined = ex ? [...ex] : undefined;
  let node: TrieNode<T> | undefined = idx.trie;
  if (node.phrases) (out ??= []).push(...node.phrases);
  for (let k = 0; k < w.length; k++) {
    node = node.next.get(w[k]);
    if (!node) break;
    if (node.phrases) (out ??= []).push(...node.phrases);
  }
  return out ?? NONE;
}

/** candidatesOf, cached per word: words repeat, and every rule asks about every word. */
export function candidates<T>(idx: PhraseIndex<T>, t: Token): readonly Phrase<T>[] {
  const lex = t.lex;
  if (lex !== undefined && lex.w === t.w && idx.slot >= 0) {
    const hit = lex.c[idx.slot] as readonly Phrase<T>[] | undefined;
    if (hit !== undefined) return hit;
    return (lex.c[idx.slot] = candidatesOf(idx, lex.w));
  }
  const cache = idx.cache;
  if (cache === undefined) return candidatesOf(idx, t.w);
  let hit = cache.get(t.w);
  if (hit === undefined) {
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(t.w, (hit = candidatesOf(idx, t.w)));
  }
  return hit;
}

/**
 * All phrase matches in tokens, in order of their first word. `starts`, when given, lists
 * (ascending) every token index at which a phrase of idx may start: only those are tried.
 */
export function findPhrases<T>(idx: PhraseIndex<T>, tokens: Token[], starts?: readonly number[]): readonly PhraseMatch<T>[] {
  // This runs for every word of every sentence, once per rule: one cached list a word, and
  // no array at all until something matches.
  let out: PhraseMatch<T>[] | null = null;
  const n = starts !== undefined ? starts.length : tokens.length;
  for (let s = 0; s < n; s++) {
    const i = starts !== undefined ? starts[s] : s;
    const c = candidates(idx, tokens[i]);
    for (let j = 0; j < c.length; j++) {
      const p = c[j];
      // matchRest's first step, without the call: most tries fail at the next word.
      const second = p.second;
      if (second !== null) {
        const t1 = tokens[i + 1];
        if (t1 === undefined || t1.brk || !wordMatches(second, t1.w)) continue;
      }
      const last = p.elems.length === 1 ? i : matchRest(p, tokens, i + 1);
      if (last >= 0) (out ??= []).push({ phrase: p, first: i, last });
    }
  }
  return out ?? NONE;
}


/** Could any phrase of the index start at this word? (A cheap pre-filter.) */
export function mayStart<T>(idx: PhraseIndex<T>, w: string): boolean {
  if (idx.exact.has(w)) return true;
  let node: TrieNode<T> | undefined = idx.trie;
  for (let k = 0; k < w.length && node; k++) {
    node = node.next.get(w[k]);
    if (node?.phrases) return true;
  }
  return false;
}
