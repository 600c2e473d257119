import { getContext, setContext } from 'svelte';
import { emptyFilters, type Filters } from '../lib/aggregate/index.ts';
import { stateFromHash, stateToHash, type View } from '../lib/routing/urlState.ts';
import { share } from '../lib/charts/share.ts';

/**
 * The view, the selected remiss and the filters live in the URL hash, so a link (or a
 * reload) reproduces the view. This class is the single writer of location.hash.
 */
export class Route {
  view = $state<View>('oversikt');
  consultationId = $state<number | null>(null);
  filters = $state.raw<Filters>(emptyFilters());

  constructor() {
    this.#read();
    const onHash = () => this.#read();
    $effect(() => {
      window.addEventListener('hashchange', onHash);
      return () => window.removeEventListener('hashchange', onHash);
    });
  }

  #read() {
    const s = stateFromHash(location.hash);
    this.view = s.view;
    this.consultationId = s.consultationId;
    // The parts of the filters a link change left as they were keep their identity, so
    // only what depends on the changed part runs again (a kind chip does not redraw the
    // stance chips, the nämnd picker or anything else that reads an unchanged list).
    this.filters = share(this.filters, s.filters);
  }

  #write() {
    const hash = stateToHash({ view: this.view, consultationId: this.consultationId, filters: this.filters });
    if (location.hash !== hash) history.replaceState(null, '', hash);
  }

  /** Go to a view (a new history entry, so Back works). */
  go(view: View) {
    this.view = view;
    const hash = stateToHash({ view, consultationId: this.consultationId, filters: this.filters });
    if (location.hash !== hash) history.pushState(null, '', hash);
  }

  setFilters(f: Filters) {
    this.filters = f;
    this.#write();
  }

  selectConsultation(id: number | null) {
    if (id !== this.consultationId) this.filters = emptyFilters();
    this.consultationId = id;
    this.#write();
  }
}

const KEY = Symbol('route');
export const setRoute = (r: Route) => setContext(KEY, r);
export const getRoute = () => getContext<Route>(KEY);
