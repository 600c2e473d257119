import { untrack } from 'svelte';
import { te } from '../i18n/index.svelte.ts';
import type { DraftRow } from '../lib/db/types.ts';
import { parseDraft, renderDraft, type DraftFormat } from '../lib/export/draftBlocks.ts';

/** Where drafts are kept (the Library's, over IndexedDB). */
export interface DraftStore {
  load(consultationId: number): Promise<DraftRow | undefined>;
  save(row: Omit<DraftRow, 'updatedAt'>): Promise<unknown>;
  remove(consultationId: number): Promise<void>;
}

/** How long typing may pause before the draft is written (a reload flushes first). */
const SAVE_DELAY_MS = 400;

/**
 * The remissammanställning a person edits, saved with the remiss in IndexedDB so it
 * survives navigation and reload. While nobody has edited, the draft follows the data
 * (the generated text); after the first keystroke the text is the person's until they
 * choose "Återställ genererad text". Only this class writes the draft.
 */
export class DraftState {
  readonly #db: DraftStore;
  readonly #id: () => number | null | undefined;
  /** The person's text, or null while the draft follows the generated one. */
  edited = $state<string | null>(null);
  /** The generated text the person's edit started from (to tell that the data changed since). */
  base = $state('');
  format = $state<DraftFormat>('text');
  /** True once the saved draft (or its absence) is known for the current remiss. */
  ready = $state(false);
  /** A message (in the chosen language) when reading or saving failed. */
  error = $state<string | null>(null);
  /** True while an edit waits to be written. */
  pending = $state(false);
  #loadedFor: number | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(db: DraftStore, consultationId: () => number | null | undefined) {
    this.#db = db;
    this.#id = consultationId;
    $effect(() => {
      const id = this.#id();
      if (id == null || id === this.#loadedFor) return;
      // Only the remiss id is a dependency; the rest is read and written untracked.
      untrack(() => {
        this.#flush();
        this.#loadedFor = id;
        this.ready = false;
        this.edited = null;
      });
      let live = true;
      this.#db.load(id).then(
        (row) => {
          if (!live) return;
          this.#apply(row);
          this.ready = true;
        },
        (e) => {
          if (!live) return;
          this.error = te(e);
          this.ready = true;
        },
      );
      return () => {
        live = false;
      };
    });
    // A reload or a closed tab writes what is still waiting; the browser asks first.
    $effect(() => {
      const onBeforeUnload = (e: BeforeUnloadEvent) => {
        if (!this.pending) return;
        this.#flush();
        e.preventDefault();
      };
      addEventListener('beforeunload', onBeforeUnload);
      return () => {
        removeEventListener('beforeunload', onBeforeUnload);
        untrack(() => this.#flush());
      };
    });
  }

  #apply(row: DraftRow | undefined) {
    this.edited = row?.text ?? null;
    this.base = row?.base ?? '';
    if (row) this.format = row.format;
  }

  /** The text to show: the person's, else the generated one. */
  text(generated: string): string {
    return this.edited ?? generated;
  }

  /** True when the data behind the generated text changed after the person began editing. */
  stale(generated: string): boolean {
    return this.edited !== null && this.base !== '' && this.base !== generated;
  }

  /** The person typed: keep it and write it shortly. */
  edit(text: string, generated: string) {
    if (this.edited === null) this.base = generated;
    this.edited = text;
    this.pending = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#flush(), SAVE_DELAY_MS);
  }

  /**
   * Change the format. An edited draft is converted (read as blocks, written in the new
   * format), so the person's words are kept.
   */
  setFormat(next: DraftFormat, generatedIn: (f: DraftFormat) => string) {
    if (next === this.format) return;
    const was = this.format;
    this.format = next;
    if (this.edited !== null) {
      const converted = renderDraft(parseDraft(this.edited, was), next);
      // The person's own ending is kept (renderDraft always ends with one newline).
      this.edited = this.edited.endsWith('\n') ? converted : converted.trimEnd();
      this.base = generatedIn(next);
      this.pending = true;
      this.#flush();
    }
  }

  /** Throw away the person's text: the generated draft is shown (and followed) again. */
  async reset(): Promise<void> {
    const id = this.#loadedFor;
    clearTimeout(this.#timer);
    this.pending = false;
    this.edited = null;
    this.base = '';
    if (id == null) return;
    try {
      await this.#db.remove(id);
      this.error = null;
    } catch (e) {
      this.error = te(e);
    }
  }

  /** Write a waiting edit now. */
  #flush() {
    clearTimeout(this.#timer);
    const id = this.#loadedFor;
    if (!this.pending || id == null || this.edited === null) {
      this.pending = false;
      return;
    }
    const row = { consultationId: id, format: this.format, text: this.edited, base: this.base };
    this.pending = false;
    this.#db.save(row).then(
      () => (this.error = null),
      (e) => (this.error = te(e)),
    );
  }
}
