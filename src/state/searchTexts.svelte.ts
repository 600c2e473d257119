import { untrack } from 'svelte';
import type { ResponseRecord } from '../lib/domain/types.ts';
import { loadSearchTexts } from '../lib/db/records.ts';
import type { RemissDb } from '../lib/db/schema.ts';

/** What the texts follow: the selected remiss and its loaded records. */
export interface LoadedRemiss {
  readonly selectedId: number | null;
  readonly records: ResponseRecord[];
  readonly recordsLoading: boolean;
}

/**
 * The full texts of the selected remiss for free-text search: read only after someone
 * searches (never to draw charts), and again only when a text changed (re-import), not
 * after an override. Part of the Library, which exposes `requestTexts` and `searchTexts`.
 */
export class SearchTexts {
  /** Set once a view searches free text: from then on the texts are kept loaded. */
  #wanted = $state(false);
  /** The texts of the selected remiss for search, and the text hashes they were read for. */
  #texts = $state.raw<{ consultationId: number; map: Map<number, string>; hashes: Map<number, string> } | null>(null);
  readonly #remiss: LoadedRemiss;

  constructor(db: RemissDb, remiss: LoadedRemiss) {
    this.#remiss = remiss;
    $effect(() => {
      if (!this.#wanted || this.#remiss.recordsLoading) return;
      const id = this.#remiss.selectedId;
      const records = this.#remiss.records;
      if (id == null) return;
      const cur = untrack(() => this.#texts);
      if (cur && cur.consultationId === id && sameTexts(cur.hashes, records)) return;
      let cancelled = false;
      const hashes = new Map(records.map((r) => [r.id!, r.textHash]));
      loadSearchTexts(db, id).then(
        (map) => {
          if (!cancelled) this.#texts = { consultationId: id, map, hashes };
        },
        () => undefined,
      );
      return () => {
        cancelled = true;
      };
    });
  }

  /** Asks for the texts of the selected remiss to be loaded. */
  request(): void {
    this.#wanted = true;
  }

  /**
   * The full texts (response id → text) to search with query `q`, once loaded; undefined
   * for an empty query or while loading (then only the short fields are searched).
   */
  for(q: string): ReadonlyMap<number, string> | undefined {
    if (!q.trim()) return undefined;
    const t = this.#texts;
    return t && t.consultationId === this.#remiss.selectedId ? t.map : undefined;
  }
}

/** True when the loaded texts belong to exactly these records' texts. */
function sameTexts(hashes: Map<number, string>, records: readonly ResponseRecord[]): boolean {
  if (hashes.size !== records.length) return false;
  for (const r of records) if (hashes.get(r.id!) !== r.textHash) return false;
  return true;
}
