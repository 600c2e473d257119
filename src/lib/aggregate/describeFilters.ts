/** The filters in force as the report's sentence ("Urval: Typ: Facknämnd · Sökord: ”skola”."), from filterParts. */
import { isEmpty, type Filters } from './filters.ts';
import { filterParts } from './filterParts.ts';
import type { Lang } from '../format/numbers.ts';

/** The words the sentence needs (from the i18n dictionary, so it follows the UI language). */
export interface FilterWords {
  none: string;
  prefix: string;
  kinds: string;
  stances: string;
  themes: string;
  respondents: string;
  query: string;
  reviewed: string;
  reviewedYes: string;
  reviewedNo: string;
}

/** One sentence describing `f`; `words.none` when nothing is filtered. */
export function describeFilters(f: Filters, lang: Lang, words: FilterWords): string {
  if (isEmpty(f)) return words.none;
  const parts = filterParts(f, lang, { yes: words.reviewedYes, no: words.reviewedNo });
  return `${words.prefix}: ${parts.map((p) => `${words[p.field]}: ${p.values.join(', ')}`).join(' · ')}.`;
}
