/**
 * The remisser of a library as a person looks for one: filtered by words of the title or
 * the diarienummer, sorted by title, last change or number of yttranden. Linear in the
 * number of remisser (5,000 in a decade's library), the folded keys computed once per
 * remiss object.
 */
import type { Consultation } from '../domain/types.ts';
import { foldQuery, foldSearch } from './searchIndex.ts';

export type RemissSort = 'title' | 'updated' | 'count';
export const REMISS_SORTS: readonly RemissSort[] = ['updated', 'title', 'count'];

const collator = new Intl.Collator('sv', { numeric: true, sensitivity: 'base' });
/** Folded "title dnr" per remiss object (a re-read of the list brings new objects). */
const keys = new WeakMap<Consultation, string>();
const keyOf = (c: Consultation): string => {
  let k = keys.get(c);
  if (k === undefined) keys.set(c, (k = foldSearch(`${c.title} ${c.reference ?? ''}`)));
  return k;
};

/**
 * The remisser matching `query` (every word of it appears in the title or the dnr, in any
 * order), sorted by `sort`: title A–Ö, the last changed first, or the most yttranden first;
 * ties by title. A new array; the input is left alone.
 */
export function remissList(list: readonly Consultation[], query: string, sort: RemissSort, counts?: ReadonlyMap<number, number>): Consultation[] {
  const words = foldQuery(query).split(' ').filter(Boolean);
  const out = words.length ? list.filter((c) => words.every((w) => keyOf(c).includes(w))) : [...list];
  const byTitle = (a: Consultation, b: Consultation) => collator.compare(a.title, b.title) || (a.id ?? 0) - (b.id ?? 0);
  if (sort === 'title') return out.sort(byTitle);
  if (sort === 'updated') return out.sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '') || byTitle(a, b));
  const n = (c: Consultation) => counts?.get(c.id!) ?? 0;
  return out.sort((a, b) => n(b) - n(a) || byTitle(a, b));
}
