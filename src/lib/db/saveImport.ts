import { CodedError } from '../domain/message.ts';
import { Dexie } from 'dexie';
import type { RemissDb } from './schema.ts';
import type { ImportItem } from './importPlan.ts';
import { ImportWriter, type ImportInput, type ImportResult } from './importWriter.ts';

export interface SaveImportOptions {
  /** Rows per bulk write. Measured: 1,000 and 5,000 perform alike. */
  chunkSize?: number;
  /** Called after each chunk is written (still uncommitted). Throwing aborts the file. */
  onChunk?: (stored: number, total: number) => void;
}

/**
 * Stores one file's good rows in ONE rw transaction over all tables: the file lands
 * whole or not at all. Bulk operations per chunk, no per-row awaits.
 */
export function saveImport(
  db: RemissDb,
  input: ImportInput & { items: readonly ImportItem[] },
  options: SaveImportOptions = {},
): Promise<ImportResult> {
  const size = Math.max(1, options.chunkSize ?? 2000);
  return db.transaction('rw', db.allTables, async () => {
    const writer = await ImportWriter.start(db, input);
    for (let i = 0; i < input.items.length; i += size) {
      await writer.store(input.items.slice(i, i + size));
      options.onChunk?.(Math.min(i + size, input.items.length), input.items.length);
    }
    return writer.finish();
  });
}

/** A file being stored chunk by chunk while the caller classifies the next chunk. */
export interface ImportSession {
  /** Queues a chunk; resolves when it is written (uncommitted). Errors also reach commit(). */
  add(items: readonly ImportItem[]): Promise<void>;
  /** Ends the file: resolves once everything is committed, rejects if anything failed. */
  commit(): Promise<ImportResult>;
  /** Rolls the whole file back. */
  abort(reason?: unknown): Promise<void>;
}

type Msg =
  | { kind: 'items'; items: readonly ImportItem[]; resolve: () => void; reject: (e: unknown) => void }
  | { kind: 'commit' }
  | { kind: 'abort'; reason: unknown };

export class ImportAbortedError extends CodedError {
  override name = 'ImportAbortedError';
  constructor() {
    super('import.aborted');
  }
}

/**
 * Pipelined import in one transaction. An IndexedDB transaction commits by itself as
 * soon as no request is pending at the end of a task, so it cannot simply wait for the
 * caller's next chunk. While the queue is empty we wait with Dexie.waitFor, which keeps
 * the transaction alive by issuing cheap dummy reads until the chunk arrives. The
 * price: a busy loop of tiny reads while waiting, bounded by `waitTimeoutMs` (the
 * transaction aborts, rolling the file back, if the caller goes silent that long).
 */
export function beginImport(db: RemissDb, input: ImportInput, options: { waitTimeoutMs?: number } = {}): ImportSession {
  // Settle the caller's promises outside the transaction's zone: otherwise Dexie's zone
  // leaks into the caller's continuation, and its next query joins the dead transaction.
  const outside = Dexie.ignoreTransaction.bind(Dexie);
  const queue: Msg[] = [];
  let wake: (() => void) | null = null;
  let closed = false;
  const push = (m: Msg) => {
    queue.push(m);
    const w = wake;
    wake = null;
    w?.();
  };
  const next = () =>
    new Promise<Msg>((resolve) => {
      if (queue.length) resolve(queue.shift()!);
      else wake = () => resolve(queue.shift()!);
    });

  const done = db.transaction('rw', db.allTables, async () => {
    const writer = await ImportWriter.start(db, input);
    for (;;) {
      const msg = queue.length ? queue.shift()! : await Dexie.waitFor(next(), options.waitTimeoutMs ?? 60_000);
      if (msg.kind === 'commit') return writer.finish();
      if (msg.kind === 'abort') throw msg.reason ?? new ImportAbortedError();
      try {
        await writer.store(msg.items);
        outside(() => msg.resolve());
      } catch (e) {
        outside(() => msg.reject(e));
        throw e;
      }
    }
  });
  const outcome = new Promise<ImportResult>((resolve, reject) => {
    done.then(
      (r) => outside(() => resolve(r)),
      (e) => {
        closed = true;
        for (const m of queue.splice(0)) if (m.kind === 'items') outside(() => m.reject(e));
        outside(() => reject(e));
      },
    );
  });
  // Callers may only await commit(); a failure must not also surface as unhandled.
  outcome.catch(() => {});

  return {
    add(items) {
      if (closed) return Promise.reject(new CodedError('import.closed'));
      const p = new Promise<void>((resolve, reject) => push({ kind: 'items', items, resolve, reject }));
      p.catch(() => {});
      return p;
    },
    commit() {
      if (!closed) push({ kind: 'commit' });
      closed = true;
      return outcome;
    },
    abort(reason) {
      if (!closed) push({ kind: 'abort', reason });
      closed = true;
      return outcome.then(
        () => undefined,
        () => undefined,
      );
    },
  };
}
