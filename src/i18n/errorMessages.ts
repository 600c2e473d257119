/**
 * messages.ts with its catalogue registered at once, and a backup's problems in words: for code outside the first screen
 * (the import and library views, the CLI, tests) that words errors synchronously.
 */
import type { Place, Problem } from '../lib/db/reader.ts';
import { en, sv } from './areas/errors.ts';
import type { Lang } from './lang.ts';
import { ERRORS, fill, messageText, registerErrorMessages } from './messages.ts';

registerErrorMessages({ sv, en });

export { errorText, fill, lookup, messageText, type Catalog } from './messages.ts';

/** The `{name}` placeholders of a template. */
export const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function placeText(lang: Lang, p: Place): string {
  if ('key' in p) return p.sub === undefined ? `"${p.key}"` : `"${p.key}" → "${p.sub}"`;
  if (!('n' in p)) return ERRORS[lang]['place.backup'];
  const t = ERRORS[lang][`place.${p.item}`] ?? `${p.item} {n}`;
  return fill(lang, t, { n: p.n }) + (p.title ? ` (${p.title})` : '');
}

/** A backup's problem: "Säkerhetskopian, remiss 1 (Titel), yttrande 2: "text" ska vara text." */
export function problemText(lang: Lang, p: Problem): string {
  const what = messageText(lang, { code: `backup.${p.code}`, params: p.params });
  return p.where.length ? `${p.where.map((w) => placeText(lang, w)).join(', ')}: ${what}` : what;
}
