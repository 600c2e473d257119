/**
 * Which sentences concern which inriktning. A keyword matches literally (never as a
 * regular expression), case-insensitively, as the start of a word or, for keywords of five
 * letters or more, as a part of a compound: "samverkan" finds samverkansformer and
 * stadsdelssamverkan. Keywords with spaces or punctuation match as literal phrases that
 * start at a word boundary.
 * A theme named by a description ("förlängd beräkningsperiod för övertid") also matches a
 * sentence that has most of the name's content words, in any inflection and order
 * (beräkningsperioden ... övertid).
 */
import type { Theme } from '../domain/types.ts';
import { lexSlot, type Token } from './tokens.ts';

/** A theme prepared for matching. */
export interface ThemeMatcher {
  name: string;
  words: string[];
  phrases: string[];
  /** word → does it match one of `words`; a text repeats its words, so each is tested once. */
  seen?: Map<string, boolean>;
  /** Stems of the content words of a multi-word name, and how many a sentence needs. */
  nameStems: string[];
  nameNeed: number;
  /** word → index of the name stem it matches, or -1. */
  seenName?: Map<string, number>;
  /**
   * Per phrase, a word of it that a sentence containing the phrase has inside one of its
   * tokens (phraseAnchor); null when some phrase has none, and every sentence is searched.
   */
  anchors: string[] | null;
}

/** Words too common to mark a theme. */
const NAME_STOP = new Set(['förslag', 'förslaget', 'förslagen', 'fråga', 'frågan', 'frågor', 'kommunen', 'kommuner', 'kommunerna', 'staten', 'statens', 'inför', 'genom', 'mellan', 'samt', 'eller', 'andra', 'annan', 'annat', 'också', 'kvalitet', 'under', 'efter', 'utan', 'inom', 'avses', 'särskilt', 'särskild', 'sådan']);

function nameStemsOf(name: string): string[] {
  const out: string[] = [];
  for (const m of name.toLocaleLowerCase('sv-SE').slice(0, 200).matchAll(/[\p{L}]+/gu)) {
    const w = m[0];
    if (w.length < 5 || NAME_STOP.has(w)) continue;
    // A stem that takes the inflections: lärarens ~ läraren, övertid ~ övertiden.
    const st = w.slice(0, Math.max(5, w.length - 2));
    if (!out.includes(st)) out.push(st);
  }
  // One long content word is enough ("ikraftträdande 15 mars 2021"); a short one is not.
  if (out.length === 1) return out[0].length >= 8 ? out : [];
  return out.slice(0, 8);
}

/** Bound on a matcher's word cache (a long text in an unusual vocabulary stays small). */
const SEEN_MAX = 50_000;

const SIMPLE = /^[\p{L}\p{N}-]+$/u;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Matchers kept per theme object while its name and keywords stay the same, with their word caches. */
const memo = new WeakMap<Theme, { sig: string; m: ThemeMatcher }>();

export function themeMatcher(theme: Theme): ThemeMatcher {
  const sig = Array.isArray(theme.keywords) ? `${theme.name}\u0000${theme.keywords.join('\u0000')}` : String(theme.name);
  const hit = typeof theme === 'object' && theme !== null ? memo.get(theme) : undefined;
  if (hit && hit.sig === sig) return hit.m;
  const m = buildMatcher(theme);
  if (typeof theme === 'object' && theme !== null) memo.set(theme, { sig, m });
  return m;
}

/**
 * The longest run of [a-z0-9åäöéü] in a phrase, or null. Where the lower-cased sentence has
 * the phrase, the run's characters come from letters and digits of the original (only those
 * lower-case to these; toLowerCase is context-free for them), which tokenize keeps in one
 * token: so some token's word (lower-cased the same way) contains the run.
 */
function phraseAnchor(p: string): string | null {
  let best: string | null = null;
  for (const m of p.matchAll(/[a-z0-9åäöéü]+/g)) if (best === null || m[0].length > best.length) best = m[0];
  return best;
}

function buildMatcher(theme: Theme): ThemeMatcher {
  const words: string[] = [];
  const phrases: string[] = [];
  const all = [theme.name, ...(Array.isArray(theme.keywords) ? theme.keywords : [])];
  for (const raw of all) {
    if (typeof raw !== 'string') continue;
    const k = raw.trim().toLocaleLowerCase('sv-SE');
    if (k.length < 2) continue;
    (SIMPLE.test(k) ? words : phrases).push(k);
  }
  // Name words only for a theme described by its name alone (no keywords of its own).
  const own = words.length + phrases.length - (typeof theme.name === 'string' && theme.name.trim().length >= 2 ? 1 : 0);
  const kwNames = Array.isArray(theme.keywords) ? theme.keywords.filter((k) => typeof k === 'string' && k.trim().toLocaleLowerCase('sv-SE') !== String(theme.name).trim().toLocaleLowerCase('sv-SE')) : [];
  const nameStems = typeof theme.name === 'string' && (own <= 0 || kwNames.length === 0) ? nameStemsOf(theme.name) : [];
  const nameNeed = nameStems.length <= 2 ? nameStems.length : Math.ceil(nameStems.length / 2);
  const anchors = phrases.map(phraseAnchor);
  return { name: theme.name, words, phrases, seen: new Map(), nameStems, nameNeed, seenName: new Map(), anchors: anchors.every((a) => a !== null) ? (anchors as string[]) : null };
}

function nameIndex(m: ThemeMatcher, w: string): number {
  for (let i = 0; i < m.nameStems.length; i++) if (w.startsWith(m.nameStems[i])) return i;
  return -1;
}

function wordMatches(m: ThemeMatcher, w: string): boolean {
  for (const k of m.words) {
    if (w.startsWith(k)) return true;
    if (k.length >= 5 && w.length > k.length && w.indexOf(k, 2) > 0) return true;
  }
  return false;
}

/** Does the sentence (its tokens and lower-cased text) concern the theme? */
export function mentions(m: ThemeMatcher, tokens: Token[], lower: string): boolean {
  const seen = m.seen;
  for (const t of tokens) {
    if (!seen) {
      if (wordMatches(m, t.w)) return true;
      continue;
    }
    let hit = seen.get(t.w);
    if (hit === undefined) {
      hit = wordMatches(m, t.w);
      if (seen.size >= SEEN_MAX) seen.clear();
      seen.set(t.w, hit);
    }
    if (hit) return true;
  }
  if (m.nameStems?.length) {
    let found = 0;
    let mask = 0;
    const cache = m.seenName;
    for (const t of tokens) {
      const i = cachedNameIndex(m, cache, t.w);
      if (i >= 0 && !(mask & (1 << i))) {
        mask |= 1 << i;
        if (++found >= m.nameNeed) return true;
      }
    }
  }
  return phraseIn(m, lower);
}

/** nameIndex, remembered per word in the matcher's cache (bounded by SEEN_MAX). */
function cachedNameIndex(m: ThemeMatcher, cache: ThemeMatcher['seenName'], w: string): number {
  let i = cache?.get(w);
  if (i === undefined) {
    i = nameIndex(m, w);
    if (cache) {
      if (cache.size >= SEEN_MAX) cache.clear();
      cache.set(w, i);
    }
  }
  return i;
}

/**
 * Which of the name's content words (stems) the sentence has, as bits (bit i: nameStems[i]);
 * 0 for a theme with keywords of its own. How much of the name a sentence covers tells a
 * sentence about "prövning av huvudmännens vandel och ekonomiska skötsamhet" from one about
 * "prövning av ägarnas lämplighet" when both say "prövning".
 */
export function nameHits(m: ThemeMatcher, tokens: Token[]): number {
  if (!m.nameStems?.length) return 0;
  let mask = 0;
  const cache = m.seenName;
  for (const t of tokens) {
    const i = cachedNameIndex(m, cache, t.w);
    if (i >= 0) mask |= 1 << i;
  }
  return mask;
}

/** Does a keyword of the theme (or its name as a word) stand in the sentence's words? */
export function keywordIn(m: ThemeMatcher, tokens: Token[]): boolean {
  for (const t of tokens) if (wordMatches(m, t.w)) return true;
  return false;
}

/** Number of bits set. */
export function bitCount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}

/**
 * Several themes matched at once (classifyThemes asks every sentence about every theme):
 * what a word says about all of them is cached on the word itself (its Lex), for the set
 * of themes in use, so each token costs one read however many themes there are.
 */
export interface ThemeSet {
  readonly matchers: readonly ThemeMatcher[];
  /** Any matcher with literal phrases (they need the sentence's lower-cased text). */
  readonly phrases: boolean;
  /** Bit j: matchers[j] has phrases without anchors, to be searched in every sentence. */
  readonly unanchored: number;
}

/** What one word says about a theme set: bit j when it matches matchers[j]'s words; name stems it starts. */
interface WordThemes {
  set: ThemeSet;
  mask: number;
  /** Pairs (matcher j, stem index i) for the matchers with name stems, or null. */
  names: number[] | null;
  /** Bit j when the word contains an anchor of one of matchers[j]'s phrases. */
  anchored: number;
}

const THEME_SLOT = lexSlot();
/** Sets of more themes than bits in a mask are matched theme by theme. */
const SET_MAX = 30;
/** The last few sets used: an import classifies thousands of texts against the same themes. */
const recent: ThemeSet[] = [];

/** The theme set of these matchers (the same object while the matchers are the same). */
export function themeSet(matchers: readonly ThemeMatcher[]): ThemeSet {
  for (const s of recent) if (s.matchers.length === matchers.length && s.matchers.every((m, i) => m === matchers[i])) return s;
  let unanchored = 0;
  matchers.forEach((m, j) => {
    if (m.phrases.length > 0 && m.anchors === null) unanchored |= 1 << j;
  });
  const s: ThemeSet = { matchers: [...matchers], phrases: matchers.some((m) => m.phrases.length > 0), unanchored };
  recent.unshift(s);
  if (recent.length > 4) recent.pop();
  return s;
}

function wordThemes(set: ThemeSet, w: string): WordThemes {
  let mask = 0;
  let names: number[] | null = null;
  let anchored = 0;
  for (let j = 0; j < set.matchers.length; j++) {
    const m = set.matchers[j];
    if (wordMatches(m, w)) mask |= 1 << j;
    if (m.anchors !== null && m.anchors.some((a) => w.includes(a))) anchored |= 1 << j;
    if (m.nameStems?.length) {
      const i = nameIndex(m, w);
      if (i >= 0) (names ??= []).push(j, i);
    }
  }
  return { set, mask, names, anchored };
}

function themesOfToken(set: ThemeSet, t: Token): WordThemes {
  const lex = t.lex;
  if (lex === undefined || lex.w !== t.w) return wordThemes(set, t.w);
  const hit = lex.c[THEME_SLOT] as WordThemes | undefined;
  if (hit !== undefined && hit.set === set) return hit;
  return (lex.c[THEME_SLOT] = wordThemes(set, t.w)) as WordThemes;
}

const NO_THEMES: readonly number[] = Object.freeze([]);

/**
 * Indices (ascending) of the set's themes the sentence concerns: the same as
 * mentions(matchers[j], tokens, text.toLocaleLowerCase('sv-SE')) for every j. The sentence's
 * text is lower-cased only when a theme's literal phrases must be searched, with
 * toLowerCase(): Swedish has no special casing, so the two are equal.
 */
export function mentionsAll(set: ThemeSet, tokens: Token[], text: string): readonly number[] {
  const ms = set.matchers;
  let out: number[] | null = null;
  let l: string | undefined;
  if (ms.length > SET_MAX) {
    for (let j = 0; j < ms.length; j++) if (mentions(ms[j], tokens, ms[j].phrases.length ? (l ??= text.toLowerCase()) : '')) (out ??= []).push(j);
    return out ?? NO_THEMES;
  }
  let mask = 0;
  // Matchers whose phrases may be in the sentence (an anchor in a word, or no anchors).
  let phrased = set.unanchored;
  // Per matcher with name stems: which of its stems the sentence has (bits), how many.
  let stems: number[] | null = null;
  let counts: number[] | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const x = themesOfToken(set, tokens[k]);
    mask |= x.mask;
    phrased |= x.anchored;
    const n = x.names;
    if (n !== null) {
      stems ??= new Array<number>(ms.length).fill(0);
      counts ??= new Array<number>(ms.length).fill(0);
      for (let p = 0; p < n.length; p += 2) {
        const j = n[p];
        const bit = 1 << n[p + 1];
        if (!(stems[j] & bit)) {
          stems[j] |= bit;
          counts[j]++;
        }
      }
    }
  }
  if (mask === 0 && counts === null && (!set.phrases || phrased === 0)) return NO_THEMES;
  for (let j = 0; j < ms.length; j++) {
    const m = ms[j];
    if (mask & (1 << j) || (counts !== null && m.nameStems?.length && counts[j] >= m.nameNeed)) (out ??= []).push(j);
    else if (m.phrases.length && phrased & (1 << j) && phraseIn(m, (l ??= text.toLowerCase()))) (out ??= []).push(j);
  }
  return out ?? NO_THEMES;
}

function phraseIn(m: ThemeMatcher, lower: string): boolean {
  for (const p of m.phrases) {
    let from = 0;
    for (let i = lower.indexOf(p, from); i >= 0; i = lower.indexOf(p, from)) {
      if (!isWordChar(lower[i - 1]) || !isWordChar(p[0])) return true;
      from = i + 1;
    }
  }
  return false;
}
