import { getContext, setContext } from 'svelte';
import type { Consultation, ResponseRecord } from '../lib/domain/types.ts';
import { describeDbError, listConsultations, loadRecords, openLibrary, requestPersistence, type RemissDb } from '../lib/db/index.ts';
import { Live } from './live.svelte.ts';

/**
 * The local library as the UI sees it: every remiss, and the yttranden (without their
 * texts) of the selected one, kept live from IndexedDB.
 */
export class Library {
  readonly db: RemissDb;
  /** A storage notice (another tab, blocked upgrade) to show, in Swedish. */
  notice = $state<string | null>(null);
  selectedId = $state<number | null>(null);

  readonly #consultations: Live<Consultation[]>;
  readonly #records: Live<ResponseRecord[]>;

  constructor(name = 'remissradar') {
    this.db = openLibrary(name, { onNotice: (n) => (this.notice = n.message) });
    // Ask once, at start, that the browser keep this library even when disk runs low.
    void requestPersistence().catch(() => undefined);
    this.#consultations = new Live(() => () => listConsultations(this.db));
    this.#records = new Live(() => {
      const id = this.selectedId;
      return id == null ? null : () => loadRecords(this.db, id);
    });
  }

  get consultations(): Consultation[] {
    return this.#consultations.current ?? [];
  }
  /** True until the first read of the library has answered. */
  get loading(): boolean {
    return this.#consultations.loading;
  }
  get consultation(): Consultation | undefined {
    return this.consultations.find((c) => c.id === this.selectedId);
  }
  get records(): ResponseRecord[] {
    return this.#records.current ?? [];
  }
  get recordsLoading(): boolean {
    return this.#records.loading;
  }
  /** A storage failure described in Swedish, or null. */
  get error(): string | null {
    const e = this.#consultations.error ?? this.#records.error;
    return e ? describeDbError(e).message : null;
  }
}

const KEY = Symbol('library');
export const setLibrary = (l: Library) => setContext(KEY, l);
export const getLibrary = () => getContext<Library>(KEY);
