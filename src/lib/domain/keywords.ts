/**
 * Keywords of an inriktning as a person types them: separated by commas or new lines
 * (or semicolons, as Excel users paste them). Each keyword is matched literally by the
 * classifier, so nothing here is interpreted: no wildcards, no regular expressions.
 */
import { cleanName } from './normalize.ts';

const SEPARATORS = /[,;\n\r]+/;

/** Split, clean white space, drop empty ones and case-insensitive duplicates (first kept). */
export function parseKeywords(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(SEPARATORS)) {
    const k = cleanName(raw);
    if (!k) continue;
    const key = k.toLocaleLowerCase('sv-SE');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(k);
  }
  return out;
}

/** The text shown in the editor: one keyword a line, which round-trips through parseKeywords. */
export function formatKeywords(keywords: readonly string[]): string {
  return keywords.join('\n');
}
