/// <reference lib="webworker" />
/**
 * The import worker: decodes, parses, validates, classifies and stores files off the main
 * thread, so the page never freezes. Papaparse and the classifier are loaded here only.
 */
import { classify } from '../lib/classify/index.ts';
import type { Classification, Consultation, Theme } from '../lib/domain/types.ts';
import { beginImport, getConsultation, openLibrary, reclassify, type RemissDb } from '../lib/db/index.ts';
import { describeDbError } from '../lib/db/errors.ts';
import { ImportError, parseFile, type ParsedFile } from '../lib/import/index.ts';
import type { ClassifyRow, FilePreview, FileResult, FromWorker, ToWorker } from './protocol.ts';
import { toPreview } from './preview.ts';
import { ClassifierClosedError, poolSize, WorkerPool, type Classifier } from './classifyPool.ts';
import { classifyAndStore } from './pipeline.ts';
import { documentFormat, extractDocument, parseExtracted, type Extracted } from '../lib/import/parseAnyFile.ts';
import { browserReaders } from './documentReaders.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** Rows re-classified per step. Small enough that progress moves often. */
const CHUNK = 1000;

interface Job {
  /** `extracted`: what was read out of a workbook, PDF or Word file (kept for re-parsing). */
  files: { name: string; bytes: Uint8Array; extracted?: Extracted }[];
  parsed: (ParsedFile | null)[];
  cancelled: boolean;
  /** The running commit's cancel switch (closes its classifiers, rolls back its file). */
  abort?: AbortController;
}
const jobs = new Map<number, Job>();
const dbs = new Map<string, RemissDb>();

const post = (m: FromWorker) => scope.postMessage(m);

function parseOne(job: Job, i: number, options: Parameters<typeof parseFile>[2]): FilePreview {
  const f = job.files[i];
  try {
    const parsed = f.extracted ? parseExtracted(f.extracted, f.name, options) : parseFile(f.bytes, f.name, options);
    job.parsed[i] = parsed;
    return toPreview(parsed, f.bytes.byteLength);
  } catch (e) {
    job.parsed[i] = null;
    if (e instanceof ImportError) return { ok: false, file: f.name, size: f.bytes.byteLength, code: e.code, message: e.message };
    return { ok: false, file: f.name, size: f.bytes.byteLength, code: 'internal', message: `${f.name}: filen kunde inte läsas (${String(e)}).` };
  }
}

function dbFor(name = 'remissradar'): RemissDb {
  let db = dbs.get(name);
  if (!db) dbs.set(name, (db = openLibrary(name)));
  return db;
}

async function commit(jobId: number, job: Job, msg: Extract<ToWorker, { type: 'commit' }>) {
  const db = dbFor(msg.dbName);
  const results: FileResult[] = [];
  const failed: { file: string; message: string }[] = [];
  const indexes = msg.indexes ?? job.parsed.map((_, i) => i);
  // A new remiss is created by the first file; the next files of the same drop join it.
  let target = msg.target;
  const abort = (job.abort = new AbortController());
  const classifier = makeClassifier();
  abort.signal.addEventListener('abort', () => classifier.close());
  try {
    const count = indexes.filter((i) => job.parsed[i]).length;
    let at = 0;
    for (const i of indexes) {
      const parsed = job.parsed[i];
      if (!parsed) continue;
      const place = count > 1 ? { fileIndex: ++at, fileCount: count } : {};
      try {
        const consultation: Consultation =
          target.kind === 'existing'
            ? ((await getConsultation(db, target.consultationId)) ?? fail(`Remissen finns inte längre.`))
            : mergeConsultation(target.consultation, parsed);
        const r = await storeFile(db, jobId, parsed, consultation, classifier, abort.signal, place);
        results.push(r);
        target = { kind: 'existing', consultationId: r.consultationId };
      } catch (e) {
        if (job.cancelled) {
          post({ type: 'cancelled', jobId });
          return;
        }
        failed.push({ file: parsed.file, message: `${parsed.file}: ${describeDbError(e).message}` });
      }
    }
  } finally {
    classifier.close();
    if (job.abort === abort) job.abort = undefined;
  }
  post({ type: 'done', jobId, results, failed });
}

/**
 * Classification workers, one per core (the import worker itself mostly waits on
 * IndexedDB). Where a worker cannot start workers, batches are classified here.
 */
function makeClassifier(): Classifier {
  if (typeof Worker === 'undefined') return new InlineClassifier();
  return new WorkerPool(poolSize(navigator.hardwareConcurrency), () => new Worker(new URL('./classifyWorker.ts', import.meta.url), { type: 'module', name: 'classify' }));
}

class InlineClassifier implements Classifier {
  readonly size = 1;
  #closed = false;
  run(rows: ClassifyRow[], themes: Theme[]): Promise<Classification[]> {
    // One batch per task, so a cancel message gets in between batches.
    return new Promise((resolve, reject) =>
      setTimeout(() => (this.#closed ? reject(new ClassifierClosedError()) : resolve(rows.map((r) => classify(r, themes))))),
    );
  }
  close() {
    this.#closed = true;
  }
}

function fail(message: string): never {
  throw new Error(message);
}

/** The remiss described in the file (JSON wrapper) fills what the user left empty. */
function mergeConsultation(base: Consultation, parsed: ParsedFile): Consultation {
  const c = parsed.consultation ?? {};
  return {
    ...base,
    title: base.title || c.title || parsed.file,
    reference: base.reference || c.reference,
    deadline: base.deadline || c.deadline,
    themes: base.themes.length ? base.themes : (c.themes ?? []),
    recipients: base.recipients.length ? base.recipients : (c.recipients ?? []),
  };
}

/**
 * One file, one transaction. The pool classifies ahead while the transaction writes in
 * input order (see classifyAndStore); a failure or cancel stores nothing of the file.
 */
async function storeFile(
  db: RemissDb,
  jobId: number,
  parsed: ParsedFile,
  consultation: Consultation,
  classifier: Classifier,
  signal: AbortSignal,
  place: { fileIndex?: number; fileCount?: number } = {},
): Promise<FileResult> {
  let last = 0;
  const r = await classifyAndStore({
    rows: parsed.responses,
    themes: consultation.themes,
    classifier,
    signal,
    begin: () =>
      beginImport(
        db,
        { consultation, file: parsed.file, encoding: parsed.encoding, delimiter: parsed.delimiter, badRows: parsed.badRows },
        { waitTimeoutMs: 10 * 60_000 },
      ),
    onProgress: (phase, done, total) => {
      // A few messages a second are plenty for a progress bar.
      const t = performance.now();
      if (done < total && t - last < 100) return;
      last = t;
      post({ type: 'progress', jobId, file: parsed.file, phase, done, total, ...place });
    },
  });
  return { file: parsed.file, ...r, bad: parsed.badRows };
}

/**
 * Classify every yttrande of a remiss again with its current themes, in one transaction
 * (charts never see half old, half new); overrides are not touched. Off the main thread,
 * so 10,000 yttranden do not freeze the page.
 */
async function reclassifyAll(msg: Extract<ToWorker, { type: 'reclassify' }>) {
  const r = await reclassify(
    dbFor(msg.dbName),
    msg.consultationId,
    (text, decision, themeTexts, themes, respondent) => classify({ text, decision, themeTexts, respondent }, themes),
    { chunkSize: CHUNK, onProgress: (done, total) => post({ type: 'progress', jobId: msg.jobId, file: '', phase: 'classify', done, total }) },
  );
  post({ type: 'reclassified', jobId: msg.jobId, total: r.total, changed: r.changed });
}

/** Jobs whose files are being read; a job forgotten meanwhile is dropped once read. */
const reading = new Map<number, { forgotten: boolean }>();

/**
 * Read the files here (not on the page), parse them and answer with a preview. Workbooks,
 * PDFs and Word files are read one after another with progress (a folder of 60 PDFs
 * takes a moment); forgetting the job meanwhile stops the reading.
 */
async function preview(msg: Extract<ToWorker, { type: 'preview' }>) {
  const state = { forgotten: false };
  reading.set(msg.jobId, state);
  try {
    const files: Job['files'] = [];
    const failed = new Map<number, FilePreview>();
    const total = msg.files.length;
    let last = 0;
    for (const [i, f] of msg.files.entries()) {
      if (state.forgotten) return;
      const bytes = new Uint8Array(f.bytes instanceof Blob ? await f.bytes.arrayBuffer() : f.bytes);
      const file: Job['files'][number] = { name: f.name, bytes };
      const format = documentFormat(bytes, f.name);
      if (format) {
        try {
          file.extracted = await extractDocument(bytes, f.name, format, browserReaders);
        } catch (e) {
          failed.set(i, failure(f.name, bytes.byteLength, e));
        }
      }
      files.push(file);
      const t = performance.now();
      if (total > 1 && (i + 1 === total || t - last > 100)) {
        last = t;
        post({ type: 'progress', jobId: msg.jobId, file: f.name, phase: 'read', done: i + 1, total });
      }
    }
    if (state.forgotten) return;
    const job: Job = { files, parsed: [], cancelled: false };
    jobs.set(msg.jobId, job);
    post({ type: 'preview', jobId: msg.jobId, files: job.files.map((_, i) => failed.get(i) ?? parseOne(job, i, { themes: msg.themes })) });
  } finally {
    reading.delete(msg.jobId);
  }
}

function failure(file: string, size: number, e: unknown): FilePreview {
  if (e instanceof ImportError) return { ok: false, file, size, code: e.code, message: e.message };
  return { ok: false, file, size, code: 'internal', message: `${file}: filen kunde inte läsas (${String(e)}).` };
}

scope.onmessage = (ev: MessageEvent<ToWorker>) => {
  const msg = ev.data;
  switch (msg.type) {
    case 'preview':
      preview(msg).catch((e) => post({ type: 'error', jobId: msg.jobId, message: `Filen kunde inte läsas (${String(e)}).` }));
      break;
    case 'reparse': {
      const job = jobs.get(msg.jobId);
      if (!job) return post({ type: 'error', jobId: msg.jobId, message: 'Importen finns inte längre. Välj filen igen.' });
      post({ type: 'reparsed', jobId: msg.jobId, index: msg.index, file: parseOne(job, msg.index, { ...msg.options, themes: msg.themes }) });
      break;
    }
    case 'commit': {
      const job = jobs.get(msg.jobId);
      if (!job) return post({ type: 'error', jobId: msg.jobId, message: 'Importen finns inte längre. Välj filen igen.' });
      job.cancelled = false;
      commit(msg.jobId, job, msg).catch((e) => post({ type: 'error', jobId: msg.jobId, message: describeDbError(e).message }));
      break;
    }
    case 'cancel': {
      const job = jobs.get(msg.jobId);
      if (job) {
        job.cancelled = true;
        job.abort?.abort();
      }
      break;
    }
    case 'forget': {
      jobs.delete(msg.jobId);
      const r = reading.get(msg.jobId);
      if (r) r.forgotten = true;
      break;
    }
    case 'reclassify':
      reclassifyAll(msg).catch((e) => post({ type: 'error', jobId: msg.jobId, message: describeDbError(e).message }));
      break;
  }
};
