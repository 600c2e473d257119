import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { beginImport, loadRecords } from '../../../src/lib/db/index.ts';
import type { Classification, Theme } from '../../../src/lib/domain/types.ts';
import { ClassifierClosedError, WorkerPool, poolSize, type ClassifiedBatch, type Classifier, type PoolWorker } from '../../../src/workers/classifyPool.ts';
import { batchRanges, classifyAndStore, shouldBeginWriting } from '../../../src/workers/pipeline.ts';
import type { ClassifyRow, FromClassifier, ToClassifier } from '../../../src/workers/protocol.ts';
import { cls, consultation, freshDb, many, snapshot } from '../db/helpers.ts';
import { textHash } from '../../../src/lib/db/hash.ts';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

/** Classifies by a marker in the text, after a random delay (so batches finish out of order). */
function fakeClassifier(size = 3, opts: { failAt?: number; maxMs?: number } = {}): Classifier & { started: number; maxInFlight: number } {
  let closed = false;
  let inFlight = 0;
  const c = {
    size,
    started: 0,
    maxInFlight: 0,
    async run(rows: ClassifyRow[], _themes: Theme[]): Promise<ClassifiedBatch> {
      const n = ++c.started;
      inFlight++;
      c.maxInFlight = Math.max(c.maxInFlight, inFlight);
      await tick(Math.random() * (opts.maxMs ?? 8));
      inFlight--;
      if (closed) throw new ClassifierClosedError();
      if (opts.failAt === n) throw new Error('klassificeraren föll');
      return {
        classifications: rows.map((r) => cls(r.text.includes('avstyrker') ? 'opposing' : 'supporting')),
        textHashes: rows.map((r) => textHash(r.text)),
      };
    },
    close() {
      closed = true;
    },
  };
  return c;
}

function rows(n: number) {
  return many(n).map((it, i) => ({ ...it.response, text: i % 3 === 0 ? `Nr ${i}. Förvaltningen avstyrker.` : it.response.text }));
}

describe('shouldBeginWriting', () => {
  it('waits until the rest of the classification takes no longer than writing everything', () => {
    // 100 chars classified in 100 ms: 900 left take 900 ms; writing 1,000 at 1/ms takes 1,000 ms.
    expect(shouldBeginWriting({ classifiedChars: 100, totalChars: 1000, elapsedMs: 100, writeCharsPerMs: 1 })).toBe(true);
    expect(shouldBeginWriting({ classifiedChars: 100, totalChars: 1000, elapsedMs: 100, writeCharsPerMs: 10 })).toBe(false);
    expect(shouldBeginWriting({ classifiedChars: 900, totalChars: 1000, elapsedMs: 900, writeCharsPerMs: 10 })).toBe(true);
    expect(shouldBeginWriting({ classifiedChars: 0, totalChars: 1000, elapsedMs: 100, writeCharsPerMs: 10 })).toBe(false);
    expect(shouldBeginWriting({ classifiedChars: 1000, totalChars: 1000, elapsedMs: 0, writeCharsPerMs: 10 })).toBe(true);
  });
});

describe('classifyAndStore', () => {
  it('stores every row with its own classification, in input order, in one file', async () => {
    const db = freshDb();
    const input = rows(1000);
    const progress: string[] = [];
    const classifier = fakeClassifier(3);
    const r = await classifyAndStore({
      rows: input,
      themes: consultation().themes,
      classifier,
      batchSize: 37,
      lookahead: 4,
      writeCharsPerMs: 1e-3, // open the transaction at once: exercise waiting inside it
      begin: () => beginImport(db, { consultation: consultation(), file: 'a.csv' }),
      onProgress: (phase, done) => progress.push(`${phase}:${done}`),
    });
    expect(r.added).toBe(1000);
    expect(classifier.maxInFlight).toBeLessThanOrEqual(4);
    const stored = await loadRecords(db, r.consultationId);
    expect(stored.map((s) => s.respondent)).toEqual(input.map((s) => s.respondent));
    for (const [i, s] of stored.entries()) expect(s.classification.stance).toBe(i % 3 === 0 ? 'opposing' : 'supporting');
    expect(progress.at(-1)).toBe('store:1000');
    expect(progress.filter((p) => p.startsWith('classify')).at(-1)).toBe('classify:1000');
    expect(await db.importLog.count()).toBe(1);
  });

  it("stores the classifier's text hashes, so the same file again is unchanged and an edited row is changed", async () => {
    const db = freshDb();
    const input = rows(120);
    const store = (list: typeof input, file: string) =>
      classifyAndStore({ rows: list, themes: [], classifier: fakeClassifier(2), batchSize: 25, begin: () => beginImport(db, { consultation: consultation(), file }) });
    const first = await store(input, 'a.csv');
    const stored = await loadRecords(db, first.consultationId);
    expect(stored.map((s) => s.textHash)).toEqual(input.map((r) => textHash(r.text)));
    const again = await store(input.map((r, i) => (i === 7 ? { ...r, text: r.text + ' Tillägg.' } : r)), 'b.csv');
    expect([again.added, again.changed, again.unchanged]).toEqual([0, 1, 119]);
  });

  it('does not hash the texts again on the writer: the hashes come from the classifier', async () => {
    const db = freshDb();
    const base = fakeClassifier(2);
    const marked: Classifier = { size: 2, close: () => base.close(), run: async (rows, themes) => ({ ...(await base.run(rows, themes)), textHashes: rows.map((_, i) => `pool-${i}`) }) };
    const r = await classifyAndStore({ rows: rows(30), themes: [], classifier: marked, batchSize: 10, begin: () => beginImport(db, { consultation: consultation(), file: 'c.csv' }) });
    expect((await loadRecords(db, r.consultationId)).map((s) => s.textHash)).toEqual(Array.from({ length: 30 }, (_, i) => `pool-${i % 10}`));
  });

  it('opens the transaction late when classification is the slow part, and still stores all', async () => {
    const db = freshDb();
    let begunAt = -1;
    let classified = 0;
    const r = await classifyAndStore({
      rows: rows(300),
      themes: [],
      classifier: fakeClassifier(2),
      batchSize: 10,
      lookahead: 100,
      writeCharsPerMs: 1e9,
      begin: () => {
        begunAt = classified;
        return beginImport(db, { consultation: consultation(), file: 'b.csv' });
      },
      onProgress: (phase, done) => void (phase === 'classify' && (classified = done)),
    });
    expect(r.added).toBe(300);
    expect(begunAt).toBe(300);
  });

  it('with a look-ahead of the whole file, opens the transaction only when the pool runs dry', async () => {
    const db = freshDb();
    let begunAt = -1;
    let classified = 0;
    const r = await classifyAndStore({
      rows: rows(200),
      themes: [],
      classifier: fakeClassifier(2),
      batchSize: 10,
      lookahead: 12, // all 20 batches cannot be ahead: it must start writing at ~12
      writeCharsPerMs: 1e9,
      begin: () => {
        begunAt = classified;
        return beginImport(db, { consultation: consultation(), file: 'g.csv' });
      },
      onProgress: (phase, done) => void (phase === 'classify' && (classified = done)),
    });
    expect(r.added).toBe(200);
    expect(begunAt).toBeGreaterThanOrEqual(100);
    expect(begunAt).toBeLessThanOrEqual(120);
  });

  it('a classifier failure midway stores nothing', async () => {
    const db = freshDb();
    const before = await snapshot(db);
    const run = classifyAndStore({
      rows: rows(500),
      themes: [],
      classifier: fakeClassifier(2, { failAt: 9 }),
      batchSize: 20,
      lookahead: 3,
      writeCharsPerMs: 1e-3,
      begin: () => beginImport(db, { consultation: consultation(), file: 'c.csv' }),
    });
    await expect(run).rejects.toThrow('klassificeraren föll');
    expect(await snapshot(db)).toEqual(before);
  });

  it('a bad row halfway fails the file (never hangs waiting for a batch) and stores nothing', async () => {
    const db = freshDb();
    const input = rows(400);
    input[250] = { ...input[250], respondent: '  ', sourceLine: 252 };
    const run = classifyAndStore({
      rows: input,
      themes: [],
      classifier: fakeClassifier(2, { maxMs: 1 }),
      batchSize: 10,
      lookahead: 2,
      writeCharsPerMs: 1e-3,
      begin: () => beginImport(db, { consultation: consultation(), file: 'e.csv' }),
    });
    await expect(run).rejects.toMatchObject({ code: 'import.no-respondent', params: { file: 'e.csv', line: 252 } });
    expect(await db.consultations.count()).toBe(0);
    expect(await db.responses.count()).toBe(0);
  });

  it('a cancel midway stores nothing, even with batches already written', async () => {
    const db = freshDb();
    const before = await snapshot(db);
    const abort = new AbortController();
    const classifier = fakeClassifier(2);
    let written = 0;
    const run = classifyAndStore({
      rows: rows(600),
      themes: [],
      classifier,
      batchSize: 20,
      lookahead: 3,
      writeCharsPerMs: 1e-3,
      signal: abort.signal,
      begin: () => beginImport(db, { consultation: consultation(), file: 'd.csv' }),
      onProgress: (phase, done) => {
        written = done;
        if (phase === 'classify' && done >= 300) {
          abort.abort();
          classifier.close();
        }
      },
    });
    await expect(run).rejects.toThrow();
    expect(written).toBeGreaterThanOrEqual(300);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a cancel after the last batch is classified, while the writer catches up, still stores nothing', async () => {
    const db = freshDb();
    const before = await snapshot(db);
    const abort = new AbortController();
    const run = classifyAndStore({
      rows: rows(400),
      themes: [],
      classifier: fakeClassifier(2, { maxMs: 1 }),
      batchSize: 50,
      writeCharsPerMs: 1e9, // classify everything first: the writes all come after
      signal: abort.signal,
      begin: () => beginImport(db, { consultation: consultation(), file: 'f.csv' }),
      onProgress: (phase, done) => {
        if (phase === 'store' && done > 0) abort.abort(); // some batches written, more queued
      },
    });
    await expect(run).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});

/** A fake Worker: answers each batch after a delay, or crashes on request. */
function fakeWorker(log: string[], crashOn?: string): PoolWorker {
  const w: PoolWorker = {
    onmessage: null,
    onerror: null,
    postMessage(m: ToClassifier) {
      log.push(`post ${m.batch}`);
      setTimeout(() => {
        if (crashOn && m.rows.some((r) => r.text === crashOn)) return w.onerror?.({ message: 'krasch', preventDefault() {} } as ErrorEvent);
        const data: FromClassifier = { type: 'classified', batch: m.batch, results: m.rows.map(() => cls('none')), textHashes: m.rows.map((r) => `h:${r.text}`) };
        w.onmessage?.({ data } as MessageEvent<FromClassifier>);
      }, 5);
    },
    terminate() {
      log.push('terminate');
    },
  };
  return w;
}

describe('WorkerPool', () => {
  it('sizes to the cores, one to four', () => {
    expect([poolSize(undefined), poolSize(1), poolSize(2), poolSize(8)]).toEqual([1, 1, 2, 4]);
  });

  it('starts at most `size` workers, each with one batch at a time, and answers every batch', async () => {
    const log: string[] = [];
    let spawned = 0;
    const pool = new WorkerPool(2, () => (spawned++, fakeWorker(log)));
    const out = await Promise.all(Array.from({ length: 7 }, (_, i) => pool.run([{ text: `t${i}` }, { text: 'x' }], [])));
    expect(spawned).toBe(2);
    expect(out.map((r) => r.classifications.length)).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(out.map((r) => r.textHashes)).toEqual(Array.from({ length: 7 }, (_, i) => [`h:t${i}`, 'h:x']));
    pool.close();
    expect(log.filter((l) => l === 'terminate')).toHaveLength(2);
    await expect(pool.run([{ text: 'sen' }], [])).rejects.toBeInstanceOf(ClassifierClosedError);
  });

  it('close rejects running and queued batches', async () => {
    const pool = new WorkerPool(1, () => fakeWorker([]));
    const a = pool.run([{ text: 'a' }], []);
    const b = pool.run([{ text: 'b' }], []);
    pool.close();
    await expect(a).rejects.toBeInstanceOf(ClassifierClosedError);
    await expect(b).rejects.toBeInstanceOf(ClassifierClosedError);
  });

  it('a crashed worker fails its batch and the queued ones, never hangs', async () => {
    const pool = new WorkerPool(1, () => fakeWorker([], 'boom'));
    const a = pool.run([{ text: 'boom' }], []);
    const b = pool.run([{ text: 'ok' }], []);
    await expect(a).rejects.toThrow(/krasch/);
    await expect(b).rejects.toThrow(/krasch/);
  });
});

describe('batchRanges', () => {
  const a = [{ name: 'A', keywords: [] }];
  const b = [{ name: 'B', keywords: [] }];
  it('cuts batches where the remiss changes its themes, never mixing two sets of themes', () => {
    const groupOf = [0, 0, 0, 1, 1, 2, 2, 2, 2, 2];
    const r = batchRanges(10, 3, { themes: [], groupOf, groupThemes: [a, [...a], b] });
    expect(r.map((x) => [x.start, x.end, x.themes[0]?.name])).toEqual([[0, 3, 'A'], [3, 5, 'A'], [5, 8, 'B'], [8, 10, 'B']]);
  });
  it('cuts by size alone without groups', () => {
    expect(batchRanges(7, 3, { themes: a }).map((x) => [x.start, x.end])).toEqual([[0, 3], [3, 6], [6, 7]]);
  });
});
