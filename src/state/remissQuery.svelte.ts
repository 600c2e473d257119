import { remissList, type RemissSort } from '../lib/aggregate/remissList.ts';
import type { Library } from './library.svelte.ts';

/**
 * A search over the library's remisser (the remiss picker, the library list): the words
 * typed and the order chosen, and the remisser that match, kept up to date with the
 * library. Asks the library for the counts of yttranden it shows and sorts by.
 */
export class RemissQuery {
  query = $state('');
  sort = $state<RemissSort>('updated');
  readonly #library: Library;
  readonly results = $derived.by(() => remissList(this.#library.consultations, this.query, this.sort, this.#library.counts));

  constructor(library: Library, sort: RemissSort = 'updated') {
    this.#library = library;
    this.sort = sort;
    library.requestCounts();
  }

  get total(): number {
    return this.#library.consultations.length;
  }
}
