/**
 * The language of a command-line tool's messages: `--lang sv|en` (or `--lang=en`), taken out
 * of the arguments so the tool never reads it as a file name. Without it, the tool's own
 * default (Swedish; the bench keeps its English).
 */
import type { Lang } from '../lib/domain/lang.ts';

export interface LangArgs {
  lang: Lang;
  /** The arguments without the language flag. */
  argv: string[];
  /** A value given that is neither sv nor en (the tool reports it), or a flag without a value. */
  invalid?: string;
}

export function takeLang(argv: readonly string[], fallback: Lang = 'sv'): LangArgs {
  const rest: string[] = [];
  let lang = fallback;
  let invalid: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    let v: string | undefined;
    if (a === '--lang') v = argv[++i] ?? '';
    else if (a.startsWith('--lang=')) v = a.slice(7);
    else {
      rest.push(a);
      continue;
    }
    if (v === 'sv' || v === 'en') lang = v;
    else invalid = v;
  }
  return { lang, argv: rest, ...(invalid !== undefined ? { invalid } : {}) };
}
