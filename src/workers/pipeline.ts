import type { Response, Theme } from '../lib/domain/types.ts';
import type { ImportItem, ImportResult, ImportSession } from '../lib/db/index.ts';
import { ImportAbortedError } from '../lib/db/index.ts';
import type { ClassifiedBatch, Classifier } from './classifyPool.ts';
import type { ClassifyRow } from './protocol.ts';

export interface PipelineOptions {
  rows: readonly Response[];
  themes: Theme[];
  /**
   * A file of several remisser: each row's group (ImportItem.group; -1 or absent = the
   * file's remiss), and each group's themes. A batch never mixes remisser whose themes
   * differ, so every row is classified with its own remiss's themes.
   */
  groupOf?: readonly number[];
  groupThemes?: readonly Theme[][];
  classifier: Classifier;
  /**
   * Opens the file's one transaction (beginImport). Called once, as late as is useful:
   * while the transaction waits for a batch it keeps itself alive with dummy reads.
   */
  begin: () => ImportSession;
  /** Rows per batch sent to a classification worker. */
  batchSize?: number;
  /** Batches classified (or being classified) but not yet written, at most: bounds memory. */
  lookahead?: number;
  onProgress?: (phase: 'classify' | 'store', done: number, total: number) => void;
  /** Cancels: the file is rolled back (unless it was already committed). */
  signal?: AbortSignal;
  /** Expected write speed, characters of text per ms (when to open the transaction). */
  writeCharsPerMs?: number;
  now?: () => number;
}

/** Rows per batch: big enough that messaging costs nothing, small enough to cancel fast. */
export const BATCH_ROWS = 250;
/** Classified rows waiting to be written, at most (~8,000 rows of text and verdicts). */
export const LOOKAHEAD_ROWS = 8000;
/** IndexedDB writes ~30 MB/s of yttranden here; a little less while the pool works. */
export const WRITE_CHARS_PER_MS = 25_000;

/**
 * When to open the transaction: as soon as the remaining classification will take no
 * longer than writing the whole file. From then on the writer (faster than the
 * classifiers) finds each batch ready, so it seldom waits inside the transaction, and
 * the last batches are written right after they are classified.
 */
export function shouldBeginWriting(s: { classifiedChars: number; totalChars: number; elapsedMs: number; writeCharsPerMs: number }): boolean {
  if (s.classifiedChars >= s.totalChars) return true;
  if (s.classifiedChars <= 0 || s.elapsedMs <= 0) return false;
  const remainingMs = ((s.totalChars - s.classifiedChars) * s.elapsedMs) / s.classifiedChars;
  return remainingMs <= s.totalChars / s.writeCharsPerMs;
}

const charsOf = (r: Response) => r.text.length + (r.decision?.length ?? 0);

function toClassifyRow(r: Response): ClassifyRow {
  const row: ClassifyRow = { text: r.text, respondent: r.respondent };
  if (r.decision !== undefined) row.decision = r.decision;
  if (r.themeTexts) row.themeTexts = r.themeTexts;
  return row;
}

/** Batches of at most `size` rows, cut where the themes change (a file of several remisser). */
export function batchRanges(total: number, size: number, o: Pick<PipelineOptions, 'themes' | 'groupOf' | 'groupThemes'>): { start: number; end: number; themes: Theme[] }[] {
  const out: { start: number; end: number; themes: Theme[] }[] = [];
  if (!o.groupOf || !o.groupThemes) {
    for (let start = 0; start < total; start += size) out.push({ start, end: Math.min(total, start + size), themes: o.themes });
    return out;
  }
  const sig = new Map<Theme[], string>();
  const signature = (t: Theme[]) => sig.get(t) ?? (sig.set(t, JSON.stringify(t)), sig.get(t)!);
  const themesAt = (i: number) => {
    const g = o.groupOf![i];
    return g !== undefined && g >= 0 ? (o.groupThemes![g] ?? o.themes) : o.themes;
  };
  let start = 0;
  while (start < total) {
    const themes = themesAt(start);
    const s = signature(themes);
    let end = start + 1;
    while (end < total && end - start < size && signature(themesAt(end)) === s) end++;
    out.push({ start, end, themes });
    start = end;
  }
  return out;
}

/**
 * Classify a file's rows on the pool and store them in ONE transaction, in input order.
 * The pool classifies ahead of the writer (bounded by `lookahead` batches); nothing is
 * awaited inside the transaction except through the session, which keeps it alive. Any
 * failure or a cancel aborts the session: the file is stored whole or not at all.
 */
export async function classifyAndStore(o: PipelineOptions): Promise<ImportResult> {
  const { rows, classifier } = o;
  const now = o.now ?? (() => performance.now());
  const total = rows.length;
  const size = Math.max(1, o.batchSize ?? BATCH_ROWS);
  const ranges = batchRanges(total, size, o);
  const batches = ranges.length;
  const lookahead = Math.max(1, o.lookahead ?? Math.max(2 * classifier.size, Math.ceil(LOOKAHEAD_ROWS / size)));
  const writeCharsPerMs = o.writeCharsPerMs ?? WRITE_CHARS_PER_MS;
  let totalChars = 0;
  for (const r of rows) totalChars += charsOf(r);

  // One promise per batch, settled when the batch is classified (dispatched as the
  // look-ahead allows, so a batch may not be sent yet when the loop gets to it).
  const settle: { resolve: (r: ClassifiedBatch) => void; reject: (e: unknown) => void }[] = [];
  const pending: (Promise<ClassifiedBatch> | undefined)[] = Array.from(
    { length: batches },
    (_, b) => new Promise<ClassifiedBatch>((resolve, reject) => (settle[b] = { resolve, reject })),
  );
  for (const p of pending) p!.catch(() => {}); // awaited in order below; must not also surface as unhandled
  let dispatched = 0;
  let stored = 0;
  let storedRows = 0;
  let classifiedAll = false;
  let session: ImportSession | null = null;
  const buffer: ImportItem[][] = [];

  const fill = () => {
    while (dispatched < batches && dispatched - stored < lookahead) {
      const b = dispatched++;
      const { start, end, themes } = ranges[b];
      classifier.run(rows.slice(start, end).map(toClassifyRow), themes).then(settle[b].resolve, settle[b].reject);
    }
  };
  let lastWrite: Promise<void> = Promise.resolve();
  const add = (items: ImportItem[]) => {
    const written = session!.add(items);
    lastWrite = written;
    written.then(
      () => {
        stored++;
        storedRows += items.length;
        if (classifiedAll) o.onProgress?.('store', storedRows, total);
        fill();
      },
      // The write failed, so the transaction is gone: fail the batches still awaited (some
      // may never be dispatched now) so the loop stops; the error also reaches commit().
      (e) => {
        for (const s of settle) s.reject(e);
      },
    );
  };
  const begin = () => {
    session = o.begin();
    for (const items of buffer.splice(0)) add(items);
  };
  // A cancel while the writer works through queued batches rolls back as soon as it can.
  const onAbort = () => void (session as ImportSession | null)?.abort(new ImportAbortedError());
  o.signal?.addEventListener('abort', onAbort);

  try {
    const started = now();
    fill();
    let classifiedRows = 0;
    let classifiedChars = 0;
    for (let b = 0; b < batches; b++) {
      const { classifications, textHashes } = await pending[b]!;
      pending[b] = undefined;
      if (o.signal?.aborted) throw new ImportAbortedError();
      const at = ranges[b].start;
      const items: ImportItem[] = classifications.map((classification, i) => {
        const item: ImportItem = { response: rows[at + i], classification, textHash: textHashes[i] };
        const g = o.groupOf?.[at + i];
        if (g !== undefined && g >= 0) item.group = g;
        return item;
      });
      for (const it of items) classifiedChars += charsOf(it.response);
      classifiedRows += items.length;
      o.onProgress?.('classify', classifiedRows, total);
      if (session) add(items);
      else {
        buffer.push(items);
        // The look-ahead is used up and the pool is (nearly) idle: writing must start.
        const blocked = dispatched < batches && dispatched - stored >= lookahead && b + 1 >= dispatched - classifier.size;
        if (blocked || shouldBeginWriting({ classifiedChars, totalChars, elapsedMs: now() - started, writeCharsPerMs })) begin();
      }
    }
    if (!session) begin();
    classifiedAll = true;
    if (storedRows < total) o.onProgress?.('store', storedRows, total);
    // Commit only once everything is written: until then a cancel can still roll back.
    await lastWrite;
    if (o.signal?.aborted) throw new ImportAbortedError();
    return await session!.commit();
  } catch (e) {
    await (session as ImportSession | null)?.abort(e);
    throw e;
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
  }
}
