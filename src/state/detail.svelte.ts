import { getContext, setContext } from 'svelte';
import type { Stance } from '../lib/domain/types.ts';

/** An assessment a person began and has not saved: its scope ('' = overall), stance and reason. */
export interface AssessmentDraft {
  scope: string;
  stance: Stance | null;
  reason: string;
}

/**
 * Which yttrande is open in the detail dialog (full text with evidence, stance per theme,
 * conditions, override, history). Any view can open it; App renders the dialog.
 */
export class DetailState {
  responseId = $state<number | null>(null);
  /**
   * Half-written assessments by yttrande, kept for the visit: closing the dialog (Escape)
   * and opening the yttrande again finds it as it was. Not reactive: read when a dialog opens.
   */
  readonly drafts = new Map<number, AssessmentDraft>();
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
