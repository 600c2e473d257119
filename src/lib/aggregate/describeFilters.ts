/** The filters in force, in words, for the report ("Urval: Typ: Facknämnd · Sökord: ”skola”"). */
import { isEmpty, type Filters } from './filters.ts';
import { KIND_LABEL, STANCE_LABEL, type Lang } from './format.ts';

/** The words the description needs (from the i18n dictionary, so it follows the UI language). */
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
  const parts: string[] = [];
  if (f.kinds.length) parts.push(`${words.kinds}: ${f.kinds.map((k) => KIND_LABEL[lang][k]).join(', ')}`);
  if (f.stances.length) parts.push(`${words.stances}: ${f.stances.map((s) => STANCE_LABEL[lang][s]).join(', ')}`);
  if (f.themes.length) parts.push(`${words.themes}: ${f.themes.join(', ')}`);
  if (f.respondents.length) parts.push(`${words.respondents}: ${f.respondents.join(', ')}`);
  if (f.q.trim()) parts.push(`${words.query}: ”${f.q.trim()}”`);
  if (f.reviewed !== 'all') parts.push(`${words.reviewed}: ${f.reviewed === 'yes' ? words.reviewedYes : words.reviewedNo}`);
  return `${words.prefix}: ${parts.join(' · ')}.`;
}
