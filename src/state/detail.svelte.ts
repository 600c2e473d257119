import { getContext, setContext } from 'svelte';

/**
 * Which yttrande is open in the detail dialog (full text with evidence, stance per theme,
 * conditions, override, history). Any view can open it; App renders the dialog.
 */
export class DetailState {
  responseId = $state<number | null>(null);
  /** Where focus returns when the dialog closes. */
  #returnFocus: HTMLElement | null = null;

  open(id: number) {
    this.#returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.responseId = id;
  }

  close() {
    this.responseId = null;
    this.#returnFocus?.focus();
    this.#returnFocus = null;
  }
}

const KEY = Symbol('detail');
export const setDetail = (d: DetailState) => setContext(KEY, d);
export const getDetail = () => getContext<DetailState>(KEY);
