/**
 * The command-line tools' messages and headings (areas/cli.ts) in Swedish or English.
 * Plain TypeScript, for Node. Params are filled as given: the tools format their numbers
 * themselves, the same in both languages.
 */
import type { Lang } from './lang.ts';
import { en, sv } from './areas/cli.ts';

export type CliKey = keyof typeof sv;

const CATALOGS: Record<Lang, Record<CliKey, string>> = { sv, en };

/** The text of `key` in `lang`, `{name}` filled from `params`. */
export function cliText(lang: Lang, key: CliKey, params: Record<string, string | number> = {}): string {
  return CATALOGS[lang][key].replace(/\{(\w+)\}/g, (all, k: string) => (params[k] === undefined ? all : String(params[k])));
}

/** `cliText` bound to one language. */
export const cliTexts = (lang: Lang) => (key: CliKey, params?: Record<string, string | number>) => cliText(lang, key, params);
