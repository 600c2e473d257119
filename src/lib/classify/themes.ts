/**
 * Which sentences concern which inriktning. A keyword matches literally (never as a
 * regular expression), case-insensitively, as the start of a word or, for keywords of five
 * letters or more, as a part of a compound: "samverkan" finds samverkansformer and
 * stadsdelssamverkan. Keywords with spaces or punctuation match as literal phrases that
 * start at a word boundary.
 */
import type { Theme } from '../domain/types.ts';
import type { Token } from './tokens.ts';

/** A theme prepared for matching. */
export interface ThemeMatcher {
  name: string;
  words: string[];
  phrases: string[];
  /** word → does it match one of `words`; a text repeats its words, so each is tested once. */
  seen?: Map<string, boolean>;
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
  return { name: theme.name, words, phrases, seen: new Map() };
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
  for (const p of m.phrases) {
    let from = 0;
    for (let i = lower.indexOf(p, from); i >= 0; i = lower.indexOf(p, from)) {
      if (!isWordChar(lower[i - 1]) || !isWordChar(p[0])) return true;
      from = i + 1;
    }
  }
  return false;
}
