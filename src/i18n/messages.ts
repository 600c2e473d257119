/**
 * Turns the codes that src/lib, the workers and the state classes return (a `Message`:
 * code and params) into Swedish or English. Plain TypeScript without runes, so the CLI
 * (Node), the worker and the components all use it. The import problems (row issues and
 * rejected files) have their own catalogue: importMessages.ts.
 */
import { formatNumber } from '../lib/aggregate/format.ts';
import { errorMessage } from '../lib/db/errors.ts';
import type { Message, MessageParams } from '../lib/domain/message.ts';
import type { Place, Problem } from '../lib/db/reader.ts';
import * as errors from './areas/errors.ts';
import type { Lang } from './lang.ts';

export type Catalog = Record<string, string>;
const ERRORS: Record<Lang, Catalog> = { sv: errors.sv, en: errors.en };

/** The `{name}` placeholders of a template. */
export const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * Fill `{name}` with the params: numbers formatted for the language, a `type` param (a
 * value's shape) in words. A param the template does not name is left out.
 */
export function fill(lang: Lang, template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (all, k: string) => {
    const v = params[k];
    if (v === undefined) return all;
    if (k === 'type') return ERRORS[lang][`type.${v}`] ?? String(v);
    return typeof v === 'number' ? formatNumber(v, lang) : v;
  });
}

/** The template for a code in a catalogue: `<code>.<kind>` when params.kind has one, else `<code>`. */
export function lookup(catalogs: Record<Lang, Catalog>, lang: Lang, code: string, params: MessageParams): string | undefined {
  const kind = params.kind;
  const keys = kind !== undefined ? [`${code}.${kind}`, code] : [code];
  for (const c of [catalogs[lang], catalogs.sv]) for (const k of keys) if (c[k] !== undefined) return c[k];
  return undefined;
}

/** A message in the chosen language (the code itself when the catalogue lacks it: a bug, but visible). */
export function messageText(lang: Lang, m: Message): string {
  const t = lookup(ERRORS, lang, m.code, m.params);
  return t === undefined ? m.code : fill(lang, t, m.params);
}

/** Any thrown value as a sentence: a coded error's message, else a storage error. */
export function errorText(lang: Lang, e: unknown): string {
  return messageText(lang, errorMessage(e));
}

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
