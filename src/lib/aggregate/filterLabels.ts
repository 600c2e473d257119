import type { Filters } from './filters.ts';
import { KIND_LABEL, STANCE_LABEL, type Lang } from './format.ts';

/**
 * The active filters as short display labels, in the filter bar's order: nämnder, types,
 * stances, inriktningar, the search text in quotes, and the review status (its words
 * come from the caller's dictionary). Empty when nothing is filtered.
 */
export function filterLabels(f: Filters, lang: Lang, reviewed: { yes: string; no: string }): string[] {
  return [
    ...f.respondents,
    ...f.kinds.map((k) => KIND_LABEL[lang][k]),
    ...f.stances.map((s) => STANCE_LABEL[lang][s]),
    ...f.themes,
    ...(f.q.trim() ? [`”${f.q.trim()}”`] : []),
    ...(f.reviewed === 'yes' ? [reviewed.yes] : f.reviewed === 'no' ? [reviewed.no] : []),
  ];
}
