import { getContext, setContext } from 'svelte';
import { applyFilters, type Filters } from '../lib/aggregate/index.ts';
import { recordColumns, selectRecords, type RecordColumns, type Selection as Selected } from '../lib/aggregate/overviewData.ts';
import { snapshotColumns } from '../lib/aggregate/columnsSnapshot.ts';
import type { ResponseRecord } from '../lib/domain/types.ts';
import type { Library } from './library.svelte.ts';
import type { Route } from './route.svelte.ts';

/**
 * Filters → the yttranden they select, for every view: the filters come from the URL
 * (Route), the records from the Library. A free-text filter also searches the full
 * texts: the first time one is typed, the library is asked to load them (once, for the
 * app), and until they are there only the short fields are searched. Until the records
 * have loaded, the overview's counts come from the remiss's stored columns. Everything is
 * derived on first read, so a view pays only for what it shows.
 */
export class Selection {
  readonly #library: Library;
  readonly #route: Route;

  constructor(library: Library, route: Route) {
    this.#library = library;
    this.#route = route;
    $effect(() => {
      if (route.filters.q.trim()) library.requestTexts();
    });
  }

  get filters(): Filters {
    return this.#route.filters;
  }

  /** The full texts to search for the current query (once loaded; undefined before, or without one). */
  readonly texts = $derived.by(() => this.#library.searchTexts(this.#route.filters.q));

  /** The filtered records, in stored order (tables, report, CSV). */
  readonly records: ResponseRecord[] = $derived.by(() => applyFilters(this.#library.records, this.#route.filters, { texts: this.texts }));

  /**
   * The selected remiss as typed columns: its stored ones (the library's summary) while
   * the records are loading, so the first chart does not wait for them; the records'
   * once loaded. Free text and the nämnd filter need the records themselves.
   */
  readonly columns: RecordColumns = $derived.by(() => {
    const all = this.#library.records;
    const f = this.#route.filters;
    const stored = all.length || f.q.trim() || f.respondents.length ? null : this.#library.summary;
    return stored ? snapshotColumns(stored) : recordColumns(all);
  });

  /** The same selection as indices into typed columns, for the overview's counts (one pass per filter change). */
  readonly selected: Selected = $derived.by(() => selectRecords(this.columns, this.#route.filters, { texts: this.texts }));
}

const KEY = Symbol('selection');
export const setSelection = (s: Selection) => setContext(KEY, s);
export const getSelection = () => getContext<Selection>(KEY);
