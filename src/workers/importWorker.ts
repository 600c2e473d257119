/// <reference lib="webworker" />
/**
 * The import worker: decodes, parses, validates, classifies and stores files off the main
 * thread, so the page never freezes. Papaparse and the classifier are loaded here only.
 */
import { classify } from '../lib/classify/index.ts';
import type { Consultation, Theme } from '../lib/domain/types.ts';
import { getConsultation, ImportWriter, openLibrary, reclassify, type RemissDb } from '../lib/db/index.ts';
import { describeDbError } from '../lib/db/errors.ts';
import { ImportError, parseFile, type ParsedFile } from '../lib/import/index.ts';
import type { FilePreview, FileResult, FromWorker, ToWorker } from './protocol.ts';
import { toPreview } from './preview.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** Rows classified (and then stored) per step. Small enough that progress moves often. */
const CHUNK = 1000;

interface Job {
  files: { name: string; bytes: Uint8Array }[];
  parsed: (ParsedFile | null)[];
  cancelled: boolean;
}
const jobs = new Map<number, Job>();
const dbs = new Map<string, RemissDb>();

const post = (m: FromWorker) => scope.postMessage(m);

function parseOne(job: Job, i: number, options: Parameters<typeof parseFile>[2]): FilePreview {
  const f = job.files[i];
  try {
    const parsed = parseFile(f.bytes, f.name, options);
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
  for (const i of indexes) {
    const parsed = job.parsed[i];
    if (!parsed) continue;
    try {
      const consultation: Consultation =
        target.kind === 'existing'
          ? ((await getConsultation(db, target.consultationId)) ?? fail(`Remissen finns inte längre.`))
          : mergeConsultation(target.consultation, parsed);
      const r = await storeFile(db, jobId, job, parsed, consultation);
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
  post({ type: 'done', jobId, results, failed });
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
 * One file, one transaction. The next chunk is classified while the previous one is
 * being written: IndexedDB works on its own thread while this one classifies.
 */
async function storeFile(db: RemissDb, jobId: number, job: Job, parsed: ParsedFile, consultation: Consultation): Promise<FileResult> {
  const themes: Theme[] = consultation.themes;
  const rows = parsed.responses;
  const total = rows.length;
  return db.transaction('rw', db.allTables, async () => {
    const writer = await ImportWriter.start(db, {
      consultation,
      file: parsed.file,
      encoding: parsed.encoding,
      delimiter: parsed.delimiter,
      badRows: parsed.badRows,
    });
    let pending: Promise<void> | null = null;
    for (let at = 0; at < total; at += CHUNK) {
      const items = rows.slice(at, at + CHUNK).map((response) => ({
        response,
        classification: classify({ text: response.text, decision: response.decision, themeTexts: response.themeTexts, respondent: response.respondent }, themes),
      }));
      post({ type: 'progress', jobId, file: parsed.file, phase: 'classify', done: Math.min(total, at + CHUNK), total });
      if (pending) await pending;
      if (job.cancelled) throw new Error('cancelled');
      pending = writer.store(items);
    }
    if (pending) await pending;
    if (job.cancelled) throw new Error('cancelled');
    post({ type: 'progress', jobId, file: parsed.file, phase: 'store', done: total, total });
    const r = await writer.finish();
    return { file: parsed.file, ...r, bad: parsed.badRows };
  });
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
    (text, decision, themeTexts, themes) => classify({ text, decision, themeTexts }, themes),
    { chunkSize: CHUNK, onProgress: (done, total) => post({ type: 'progress', jobId: msg.jobId, file: '', phase: 'classify', done, total }) },
  );
  post({ type: 'reclassified', jobId: msg.jobId, total: r.total, changed: r.changed });
}

scope.onmessage = (ev: MessageEvent<ToWorker>) => {
  const msg = ev.data;
  switch (msg.type) {
    case 'preview': {
      const job: Job = { files: msg.files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })), parsed: [], cancelled: false };
      jobs.set(msg.jobId, job);
      const files = job.files.map((_, i) => parseOne(job, i, { themes: msg.themes }));
      post({ type: 'preview', jobId: msg.jobId, files });
      break;
    }
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
      if (job) job.cancelled = true;
      break;
    }
    case 'forget':
      jobs.delete(msg.jobId);
      break;
    case 'reclassify':
      reclassifyAll(msg).catch((e) => post({ type: 'error', jobId: msg.jobId, message: describeDbError(e).message }));
      break;
  }
};
