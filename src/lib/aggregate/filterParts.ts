/**
 * The filters in force, in words: one list of parts in the filter bar's order (nämnder,
 * types, stances, inriktningar, the search text, the review status), which the filter
 * summary shows as chips (filterLabels) and the report as a sentence (describeFilters.ts).
 */
import type { Filters } from './filters.ts';
import { type Lang } from '../format/numbers.ts';
import { KIND_LABEL, STANCE_LABEL } from '../format/labels.ts';

export type FilterField = 'respondents' | 'kinds' | 'stances' | 'themes' | 'query' | 'reviewed';

/** One active filter: which, and its values as shown (a search in quotes; the review state in the caller's words). */
export interface FilterPart {
  field: FilterField;
  values: string[];
}

/** The active filters in the filter bar's order; empty when nothing is filtered. */
export function filterParts(f: Filters, lang: Lang, reviewed: { yes: string; no: string }): FilterPart[] {
  const parts: FilterPart[] = [];
  if (f.respondents.length) parts.push({ field: 'respondents', values: [...f.respondents] });
  if (f.kinds.length) parts.push({ field: 'kinds', values: f.kinds.map((k) => KIND_LABEL[lang][k]) });
  if (f.stances.length) parts.push({ field: 'stances', values: f.stances.map((s) => STANCE_LABEL[lang][s]) });
  if (f.themes.length) parts.push({ field: 'themes', values: [...f.themes] });
  if (f.q.trim()) parts.push({ field: 'query', values: [`”${f.q.trim()}”`] });
  if (f.reviewed !== 'all') parts.push({ field: 'reviewed', values: [f.reviewed === 'yes' ? reviewed.yes : reviewed.no] });
  return parts;
}

/** The active filters as short display labels (the chips). Empty when nothing is filtered. */
export function filterLabels(f: Filters, lang: Lang, reviewed: { yes: string; no: string }): string[] {
  return filterParts(f, lang, reviewed).flatMap((p) => p.values);
}
