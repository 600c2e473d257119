import { getContext, setContext } from 'svelte';
import type { Consultation, ResponseRecord } from '../lib/domain/types.ts';
// Named modules rather than the db barrel: the first screen loads only what it uses.
import { deleteConsultation, listConsultations, updateConsultation, type ConsultationPatch } from '../lib/db/consultations.ts';
import { errorMessage } from '../lib/db/errors.ts';
import { message, type Message } from '../lib/domain/message.ts';
import { openLibrary } from '../lib/db/open.ts';
import { requestPersistence } from '../lib/db/persistence.ts';
import type { ColumnsSnapshot } from '../lib/aggregate/columnsSnapshot.ts';
import type { RemissDb } from '../lib/db/schema.ts';
import type { HistoryRow, TextRow } from '../lib/db/types.ts';
import { loadConsultationDetails, loadDetail, loadDetails } from '../lib/db/details.ts';
import type { ClassificationDetails, Stance } from '../lib/domain/types.ts';
import { Live } from './live.svelte.ts';
import { lastSelected, rememberSelected } from './lastSelected.ts';
import { RemissRecords } from './remissRecords.svelte.ts';
import { SearchTexts } from './searchTexts.svelte.ts';
import type { DraftStore } from './draft.svelte.ts';

// Writes load their modules on first use: the first screen only reads.
const writes = () => import('./libraryWrites.ts');

export type { HistoryRow };

/** One yttrande as the detail dialog reads it. */
export interface ResponseRead {
  id: number;
  record: ResponseRecord | undefined;
  textRow: TextRow | undefined;
  details: ClassificationDetails | undefined;
  history: HistoryRow[];
}

/** Who owns the selected remiss: the URL (Route). The library reads it and corrects it. */
export interface SelectionOwner {
  readonly consultationId: number | null;
  selectConsultation(id: number | null): void;
}

/**
 * The local library as the UI sees it: every remiss, and the yttranden (without their
 * texts) of the selected one, kept live from IndexedDB. The only way the UI reads and
 * writes the database: components call these methods, and a failed write is described in
 * `writeError`, which one place in the UI shows. Which remiss is selected is the Route's
 * (the URL); the library follows it and corrects an id that no longer exists. The selected
 * remiss's records and stored columns are read by `RemissRecords`, its texts for search by
 * `SearchTexts`; the Library shows what they read.
 */
export class Library {
  readonly #db: RemissDb;
  readonly #route: SelectionOwner;
  /** The IndexedDB name, for the workers that open the same library. */
  readonly dbName: string;
  /** A storage notice (another tab, blocked upgrade) to show, as a code. */
  notice = $state.raw<Message | null>(null);

  /** The last write that failed, as a code (one place in the UI shows it). */
  writeError = $state.raw<Message | null>(null);

  readonly #consultations: Live<Consultation[]>;
  readonly #counts: Live<Map<number, number>>;
  /** The selected remiss's yttranden and stored chart columns. */
  readonly #records: RemissRecords;
  /** Its full texts, once free text is searched. */
  readonly #texts: SearchTexts;

  /**
   * A start without a remiss in the URL shows the one shown last: its records are read
   * at once, alongside the list of remisser, rather than after the list has answered and
   * the app has picked one: on a reload that is the first chart sooner.
   */
  constructor(route: SelectionOwner, name = 'remissradar') {
    this.dbName = name;
    this.#route = route;
    this.#db = openLibrary(name, { onNotice: (n) => (this.notice = message(`db.notice.${n.code}`)) });
    if (route.consultationId == null) {
      const last = lastSelected();
      if (last != null) route.selectConsultation(last);
    }
    // Ask once, at start, that the browser keep this library even when disk runs low.
    void requestPersistence().catch(() => undefined);
    this.#consultations = new Live(() => () => listConsultations(this.#db));
    this.#counts = new Live(() => {
      const count = this.#countQuery;
      return count ? () => count(this.#db) : null;
    });
    this.#records = new RemissRecords(this.#db, this);
    // Remember the remiss shown, so that a start without one in the URL reads it at once.
    $effect(() => {
      const id = this.selectedId;
      if (id != null) rememberSelected(id);
    });
    // Keep the selected remiss valid: the one in the URL if it exists, else the most
    // recently updated. The live list can lag behind a remiss just created, so a missing
    // id is checked in the database before it is replaced.
    $effect(() => {
      if (this.loading) return;
      const list = this.consultations;
      const wanted = route.consultationId;
      if (wanted != null && list.some((c) => c.id === wanted)) return;
      const fallback = () => {
        if (route.consultationId !== wanted) return;
        const latest = [...list].sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''))[0];
        route.selectConsultation(latest?.id ?? null);
      };
      if (wanted == null) return fallback();
      this.#db.consultations.get(wanted).then((c) => {
        if (!c) fallback();
      }, fallback);
    });
    this.#texts = new SearchTexts(this.#db, this);
  }

  /** The count query, once its module is loaded (first asked for by the library list or the picker). */
  #countQuery = $state.raw<((db: RemissDb) => Promise<Map<number, number>>) | null>(null);

  /** The selected remiss's id (the Route's). */
  get selectedId(): number | null {
    return this.#route.consultationId;
  }

  // ------------------------------------------------------------------ reads

  /**
   * A reader of one yttrande with its text, details and history, for a liveQuery (every
   * read inside is tracked); its module is loaded first, since a liveQuery must await
   * nothing but the database.
   */
  async responseReader(): Promise<(id: number) => Promise<ResponseRead>> {
    const { getHistory } = await writes();
    return async (id) => {
      const record = await this.#db.responses.get(id);
      const textRow = await this.#db.texts.get(id);
      const details = await loadDetail(this.#db, id);
      const history = await getHistory(this.#db, id);
      return { id, record, textRow, details, history };
    };
  }

  /** Evidence and conditions of these yttranden (the drill-down list). */
  loadDetails(ids: number[]): Promise<Map<number, ClassificationDetails>> {
    return loadDetails(this.#db, ids);
  }

  /** Evidence and conditions of every yttrande of a remiss (the report's exports). */
  loadConsultationDetails(consultationId: number) {
    return loadConsultationDetails(this.#db, consultationId);
  }

  /** Where the remissammanställning drafts are kept (for DraftState). */
  readonly drafts: DraftStore = {
    load: async (id) => (await writes()).loadDraft(this.#db, id),
    save: async (row) => (await writes()).saveDraft(this.#db, row),
    remove: async (id) => (await writes()).deleteDraft(this.#db, id),
  };

  // ------------------------------------------------------------------ assessments

  /** A person's stance overall (theme null) or for one inriktning, with reason and initials. */
  async setOverride(responseId: number, theme: string | null, stance: Stance, reason: string, initials: string): Promise<boolean> {
    return (await this.#write(async () => (await writes()).setOverride(this.#db, responseId, theme, stance, reason, initials))) !== null;
  }

  /** Remove a person's stance (the machine's applies again). */
  async clearOverride(responseId: number, theme: string | null, initials: string): Promise<boolean> {
    return (await this.#write(async () => (await writes()).clearOverride(this.#db, responseId, theme, initials))) !== null;
  }

  async setReviewed(responseId: number, reviewed: boolean, initials: string): Promise<boolean> {
    return (await this.#write(async () => (await writes()).setReviewed(this.#db, responseId, reviewed, initials))) !== null;
  }

  /** Undo the latest assessment or review mark: 'nothing' when there is none to undo. */
  async undoLast(responseId: number, initials?: string): Promise<'undone' | 'nothing' | 'failed'> {
    const r = await this.#write(async () => ((await (await writes()).undoLast(this.#db, responseId, initials)) ? 'undone' : 'nothing') as 'undone' | 'nothing');
    return r ?? 'failed';
  }

  // ------------------------------------------------------------------ remisser

  /** Asks for the number of yttranden per remiss (the library list, the remiss picker). */
  requestCounts(): void {
    if (this.#countQuery) return;
    void writes().then((m) => (this.#countQuery ??= m.responseCounts));
  }

  /** Yttranden per remiss id once requested, kept live; undefined until read. */
  get counts(): ReadonlyMap<number, number> | undefined {
    return this.#counts.current ?? undefined;
  }

  /**
   * Runs a write; a failure is described in `writeError` (and false or null returned),
   * so every component reports storage errors the same way.
   */
  async #write<T>(fn: () => Promise<T>): Promise<T | null> {
    this.writeError = null;
    try {
      return await fn();
    } catch (e) {
      this.writeError = errorMessage(e);
      return null;
    }
  }

  /** Rename, re-date, or edit the inriktningar or sändlista of a remiss. */
  async updateConsultation(id: number, patch: ConsultationPatch): Promise<boolean> {
    return (await this.#write(() => updateConsultation(this.#db, id, patch))) !== null;
  }

  /** Delete a remiss and all that belongs to it. */
  async deleteConsultation(id: number): Promise<boolean> {
    return (await this.#write(async () => (await deleteConsultation(this.#db, id), true))) === true;
  }

  /** What deleting a remiss would remove (for the confirmation), or null on failure. */
  deletionSummary(id: number): Promise<{ responses: number; overridden: number } | null> {
    return this.#write(async () => (await writes()).deletionSummary(this.#db, id));
  }

  dismissWriteError(): void {
    this.writeError = null;
  }

  /** Asks for the texts of the selected remiss to be loaded for free-text search. */
  requestTexts(): void {
    this.#texts.request();
  }

  /**
   * The full texts (response id → text) to search with query `q`, once loaded; undefined
   * for an empty query or while loading (then only the short fields are searched).
   */
  searchTexts(q: string): ReadonlyMap<number, string> | undefined {
    return this.#texts.for(q);
  }

  /**
   * How much the library takes and whether the browser may clear it; asks again that it be
   * kept (the storage panel, re-measured after a delete, restore or import).
   */
  storageStatus(): Promise<{ persisted: boolean; usage?: number; quota?: number }> {
    return requestPersistence();
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
    return this.#records.records;
  }
  /**
   * The selected remiss's stored chart columns while its records are still loading
   * (null once they have loaded, or when none fit the remiss's current themes).
   */
  get summary(): ColumnsSnapshot | null {
    return this.#records.summary;
  }
  /** How many yttranden the selected remiss has: from its stored columns until the records load. */
  get recordCount(): number {
    return this.records.length || (this.summary?.n ?? 0);
  }
  get recordsLoading(): boolean {
    return this.#records.loading;
  }
  /** A storage failure as a code, or null. */
  get error(): Message | null {
    const e = this.#consultations.error ?? this.#records.error;
    return e ? errorMessage(e) : null;
  }
}

const KEY = Symbol('library');
export const setLibrary = (l: Library) => setContext(KEY, l);
export const getLibrary = () => getContext<Library>(KEY);
