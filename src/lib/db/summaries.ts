import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { ResponseRecord } from '../domain/types.ts';
import type { ColumnsSnapshot } from '../aggregate/columnsSnapshot.ts';
import type { RemissDb } from './schema.ts';

/**
 * Per-remiss chart columns kept in IndexedDB (schema v6, table `summaries`), so that a
 * reload draws its first chart from a few hundred kilobytes instead of waiting for every
 * record (50,000 records take seconds to read; their columns a few ms).
 *
 * Never stale, by construction:
 * - Every write to `responses` (import, override, review, re-classification, restore,
 *   merge, delete, migration) deletes, in the same transaction, the summaries of the
 *   remisser it touches (all of them for a delete by key), and stamps row 0 with a new
 *   write generation. A middleware does it (below Dexie's cache and hooks), so no
 *   write path can forget it: it widens every read-write transaction on `responses` to
 *   `summaries` too.
 * - A summary is written from records read together with the generation
 *   (loadRecordsAt), and only if the generation is still the same when it is written
 *   (saveSummary): a write in between makes it give up, and the next load writes it.
 */

/** Row 0 of `summaries`: the generation of the last write to `responses`. */
export interface GenerationRow {
  consultationId: 0;
  gen: string;
}
/** A remiss's chart columns, as of write generation `gen` (see columnsSnapshot.ts). */
export interface SummaryRow extends ColumnsSnapshot {
  consultationId: number;
  gen: string;
}

export const SUMMARIES = 'summaries';
const GENERATION_KEY = 0;

function newGeneration(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function hasStore(trans: DBCoreTransaction, name: string): boolean {
  const names = (trans as unknown as IDBTransaction).objectStoreNames;
  return !!names && names.contains(name);
}

/** The remisser a mutation of `responses` touches; null when unknown (deletes by key). */
function touched(req: DBCoreMutateRequest): Set<number> | null {
  if (req.type !== 'add' && req.type !== 'put') return null;
  const ids = new Set<number>();
  for (const v of req.values as Partial<ResponseRecord>[]) {
    if (typeof v?.consultationId !== 'number') return null;
    ids.add(v.consultationId);
  }
  return ids;
}

function invalidating(table: DBCoreTable, summaries: () => DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: async (req) => {
      const res = await table.mutate(req);
      if (!hasStore(req.trans, SUMMARIES)) return res; // an upgrade before v6: no summaries yet
      const s = summaries();
      const ids = touched(req);
      if (ids) {
        if (ids.size) await s.mutate({ type: 'delete', trans: req.trans, keys: [...ids] });
      } else {
        // DBCoreRangeType.Any (a const enum, not importable at run time): every row.
        await s.mutate({ type: 'deleteRange', trans: req.trans, range: { type: 3, lower: undefined, upper: undefined } });
      }
      const row: GenerationRow = { consultationId: GENERATION_KEY, gen: newGeneration() };
      await s.mutate({ type: 'put', trans: req.trans, values: [row] });
      return res;
    },
  };
}

/**
 * The middleware. Level -5: above the record packing (it sees records as the app writes
 * them) and below Dexie's cache, hooks and observation.
 */
export const summaryInvalidation: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'SummaryInvalidation',
  level: -5,
  create: (down) => {
    return {
      ...down,
      transaction: (stores, mode, options) => {
        // Every read-write transaction on the records can keep the summaries in step.
        const widen = mode === 'readwrite' && stores.includes('responses') && !stores.includes(SUMMARIES) && down.schema.tables.some((t) => t.name === SUMMARIES);
        return down.transaction(widen ? [...stores, SUMMARIES] : stores, mode, options);
      },
      table: (name) => (name === 'responses' ? invalidating(down.table(name), () => down.table(SUMMARIES)) : down.table(name)),
    };
  },
};

/**
 * One row of `summaries`, read straight from IndexedDB: below every middleware, Dexie's
 * cache included (the middleware writes below it, so a cached read could be stale), and
 * outside any liveQuery's watch.
 */
async function rawSummary(db: RemissDb, key: number): Promise<SummaryRow | GenerationRow | undefined> {
  if (!db.isOpen()) await db.open();
  const idb = db.backendDB();
  if (!idb.objectStoreNames.contains(SUMMARIES)) return undefined;
  return new Promise((resolve, reject) => {
    const req = idb.transaction(SUMMARIES, 'readonly').objectStore(SUMMARIES).get(key);
    req.onsuccess = () => resolve(req.result as SummaryRow | GenerationRow | undefined);
    req.onerror = () => reject(req.error);
  });
}

/** Every record of a remiss (as loadRecords), and the write generation they are as of. */
export async function loadRecordsAt(db: RemissDb, consultationId: number): Promise<{ records: ResponseRecord[]; gen: string }> {
  const gen = ((await rawSummary(db, GENERATION_KEY)) as GenerationRow | undefined)?.gen ?? '';
  const records = await db.responses.where('consultationId').equals(consultationId).toArray();
  return { records, gen };
}

/** The stored summary of a remiss, if there is one. */
export async function loadSummary(db: RemissDb, consultationId: number): Promise<SummaryRow | undefined> {
  if (consultationId === GENERATION_KEY) return undefined;
  return (await rawSummary(db, consultationId)) as SummaryRow | undefined;
}

/**
 * Stores a summary built from records read at generation `gen`, unless a write has
 * happened since (then it would be stale). Returns whether it was stored.
 */
export async function saveSummary(db: RemissDb, consultationId: number, snapshot: ColumnsSnapshot, gen: string): Promise<boolean> {
  const table = db.table(SUMMARIES);
  return db.transaction('rw', table, async () => {
    const now = ((await table.get(GENERATION_KEY)) as GenerationRow | undefined)?.gen ?? '';
    if (now !== gen) return false;
    const row: SummaryRow = { ...snapshot, consultationId, gen };
    await table.put(row);
    return true;
  });
}
