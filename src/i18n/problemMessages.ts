/**
 * A backup's problems in words ("Säkerhetskopian, remiss 1 (Titel), yttrande 2: …"), from
 * the registered errors catalogue (`backup.*`, `place.*`; see messages.ts).
 */
import type { Place, Problem } from '../lib/db/reader.ts';
import type { Lang } from './lang.ts';
import { ERRORS, fill, messageText } from './messages.ts';

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
