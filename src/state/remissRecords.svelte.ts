import type { Consultation, ResponseRecord } from '../lib/domain/types.ts';
import { loadRecordsAt, loadSummary, saveSummary, type SummaryRow } from '../lib/db/summaries.ts';
import { columnsSnapshot, snapshotFits, type ColumnsSnapshot } from '../lib/aggregate/columnsSnapshot.ts';
import { recordColumns } from '../lib/aggregate/overviewData.ts';
import type { RemissDb } from '../lib/db/schema.ts';
import { Live } from './live.svelte.ts';

/** What the records follow: the selected remiss (the Route's id, the Library's list). */
export interface SelectedRemiss {
  readonly selectedId: number | null;
  readonly consultation: Consultation | undefined;
}

/**
 * The yttranden (without their texts) of the selected remiss, kept live from IndexedDB,
 * and its stored chart columns (`summaries`), read first so that the first chart is drawn
 * before the records have loaded. Once they have, the columns are stored again if missing
 * or older. Part of the Library, which exposes what it reads here.
 */
export class RemissRecords {
  readonly #db: RemissDb;
  readonly #selected: SelectedRemiss;
  readonly #records: Live<{ records: ResponseRecord[]; gen: string }>;
  /** The remiss whose records may be read: its stored columns have been read (and drawn). */
  #gate = $state<number | null>(null);
  /** The stored chart columns of the selected remiss (summaries.ts), read at selection. */
  #summary = $state.raw<{ consultationId: number; row: SummaryRow | undefined } | null>(null);

  constructor(db: RemissDb, selected: SelectedRemiss) {
    this.#db = db;
    this.#selected = selected;
    this.#records = new Live(() => {
      const id = this.#selected.selectedId;
      // The stored columns first (one small read), then the records: read together, the
      // records' deserialisation (seconds at 50,000) would hold the first chart back.
      return id == null || this.#gate !== id ? null : () => loadRecordsAt(this.#db, id);
    });
    $effect(() => {
      const id = this.#selected.selectedId;
      if (id == null) return;
      let cancelled = false;
      this.#readSummary(id)
        .then((drawn) => (drawn ? nextFrame() : undefined))
        .then(() => {
          if (!cancelled) this.#gate = id;
        });
      return () => {
        cancelled = true;
      };
    });
    // Once the records have loaded, store their columns if the stored ones are missing or
    // older (a moment after the first chart: building them takes a few ms at 50,000). saveSummary refuses if a write
    // happened since the records were read.
    $effect(() => {
      const loaded = this.#records.current;
      const c = this.#selected.consultation;
      const stored = this.#summary;
      if (this.loading || !loaded || !c || c.id == null || !loaded.records.length) return;
      if (stored?.consultationId !== c.id) return;
      const themes = c.themes.map((t) => t.name);
      if (stored.row && stored.row.gen === loaded.gen && stored.row.n === loaded.records.length && snapshotFits(stored.row, themes)) return;
      const id = c.id;
      const timer = setTimeout(() => {
        const snapshot = columnsSnapshot(recordColumns(loaded.records), themes);
        saveSummary(this.#db, id, snapshot, loaded.gen).then(
          (saved) => {
            if (saved && this.#summary?.consultationId === id) this.#summary = { consultationId: id, row: { ...snapshot, consultationId: id, gen: loaded.gen } };
          },
          () => undefined,
        );
      }, 100);
      return () => clearTimeout(timer);
    });
  }

  /**
   * Reads the stored columns of remiss `id` into `summary` (once per selection); resolves
   * true when there are some to draw from.
   */
  #readSummary(id: number): Promise<boolean> {
    return loadSummary(this.#db, id).then(
      (row) => {
        if (this.#selected.selectedId !== id) return false;
        this.#summary = { consultationId: id, row };
        return !!row;
      },
      () => false,
    );
  }

  get records(): ResponseRecord[] {
    return this.#records.current?.records ?? [];
  }
  /**
   * The selected remiss's stored chart columns while its records are still loading
   * (null once they have loaded, or when none fit the remiss's current themes).
   */
  get summary(): ColumnsSnapshot | null {
    const s = this.#summary;
    const c = this.#selected.consultation;
    if (!this.loading || !s?.row || !c || s.consultationId !== c.id || s.consultationId !== this.#selected.selectedId) return null;
    return snapshotFits(s.row, c.themes.map((t) => t.name)) ? s.row : null;
  }
  get loading(): boolean {
    return this.#records.loading || (this.#selected.selectedId != null && this.#gate !== this.#selected.selectedId);
  }
  /** The failure of the last read of the records, if any. */
  get error(): unknown {
    return this.#records.error;
  }
}

/** After the next frame has been drawn (the first chart painted); at once where there are no frames. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') return resolve();
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
