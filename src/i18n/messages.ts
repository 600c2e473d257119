/**
 * Turns the codes that src/lib, the workers and the state classes return (a `Message`:
 * code and params) into Swedish or English. Plain TypeScript without runes, so the CLI
 * (Node), the worker and the components all use it. The import problems (row issues and
 * rejected files) have their own catalogue: importMessages.ts.
 *
 * The catalogue (areas/errors.ts) is registered, not imported: the first screen's bundle
 * stays light and index.svelte.ts loads it just after start (code outside the UI, tests,
 * imports errorMessages.ts, which registers it at once).
 */
import { formatNumber } from '../lib/format/numbers.ts';
import { errorMessage } from '../lib/db/errors.ts';
import type { Message, MessageParams } from '../lib/domain/message.ts';
import type { Lang } from './lang.ts';

export type Catalog = Record<string, string>;
/** The registered catalogue (read by errorMessages.ts too). */
export const ERRORS: Record<Lang, Catalog> = { sv: {}, en: {} };

/** Add the errors catalogue (areas/errors.ts). */
export function registerErrorMessages(area: { sv: Catalog; en: Catalog }): void {
  Object.assign(ERRORS.sv, area.sv);
  Object.assign(ERRORS.en, area.en);
}

/** Fill `{name}` with the params, numbers formatted for the language; a param the template does not name is left out. */
export function fill(lang: Lang, template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (all, k: string) => {
    const v = params[k];
    if (v === undefined) return all;
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
