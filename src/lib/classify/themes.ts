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
}

const SIMPLE = /^[\p{L}\p{N}-]+$/u;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

export function themeMatcher(theme: Theme): ThemeMatcher {
  const words: string[] = [];
  const phrases: string[] = [];
  const all = [theme.name, ...(Array.isArray(theme.keywords) ? theme.keywords : [])];
  for (const raw of all) {
    if (typeof raw !== 'string') continue;
    const k = raw.trim().toLocaleLowerCase('sv-SE');
    if (k.length < 2) continue;
    (SIMPLE.test(k) ? words : phrases).push(k);
  }
  return { name: theme.name, words, phrases };
}

/** Does the sentence (its tokens and lower-cased text) concern the theme? */
export function mentions(m: ThemeMatcher, tokens: Token[], lower: string): boolean {
  for (const t of tokens) {
    for (const k of m.words) {
      if (t.w.startsWith(k)) return true;
      if (k.length >= 5 && t.w.length > k.length && t.w.indexOf(k, 2) > 0) return true;
    }
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
