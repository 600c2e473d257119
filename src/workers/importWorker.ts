/// <reference lib="webworker" />
/**
 * The import worker: decodes, parses, validates, classifies and stores files off the main
 * thread, so the page never freezes. Papaparse and the classifier are loaded here only.
 */
import { classify } from '../lib/classify/index.ts';
import type { Consultation, Theme } from '../lib/domain/types.ts';
import { beginImport, countStanceConflicts, getConsultation, openLibrary, reclassify, type RemissDb } from '../lib/db/index.ts';
import { groupKey, matchGroups, normalizeTitle } from '../lib/import/groups.ts';
import { errorMessage } from '../lib/db/errors.ts';
import { CodedError, message } from '../lib/domain/message.ts';
import { ImportError, parseFile, type ParsedFile } from '../lib/import/index.ts';
import type { ClassifyRow, FilePreview, FileResult, FromWorker, GroupPreview, ToWorker } from './protocol.ts';
import { plainGroups, toPreview } from './preview.ts';
import { ClassifierClosedError, poolSize, WorkerPool, type ClassifiedBatch, type Classifier } from './classifyPool.ts';
import { textHash } from '../lib/db/hash.ts';
import { classifyAndStore } from './pipeline.ts';
import { documentFormat, extractDocument, parseExtracted, type Extracted } from '../lib/import/parseAnyFile.ts';
import { browserReaders } from './documentReaders.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** Rows re-classified per step. Small enough that progress moves often. */
const CHUNK = 1000;

interface Job {
  /** `extracted`: what was read out of a workbook, PDF or Word file (kept for re-parsing). */
  files: { name: string; bytes: Uint8Array; extracted?: Extracted }[];
  /** Where the preview looks up remisser and overrides. */
  dbName?: string;
  currentId?: number;
  parsed: (ParsedFile | null)[];
  /** The options each file was last parsed with: a change to one keeps the others. */
  options: Parameters<typeof parseFile>[2][];
  cancelled: boolean;
  /** The running commit's cancel switch (closes its classifiers, rolls back its file). */
  abort?: AbortController;
}
const jobs = new Map<number, Job>();
const dbs = new Map<string, RemissDb>();

const post = (m: FromWorker) => scope.postMessage(m);

async function parseOne(job: Job, i: number, options: Parameters<typeof parseFile>[2]): Promise<FilePreview> {
  const f = job.files[i];
  job.options[i] = options;
  try {
    const parsed = f.extracted ? parseExtracted(f.extracted, f.name, options) : parseFile(f.bytes, f.name, options);
    job.parsed[i] = parsed;
    const { groups, conflicts } = await describeGroups(job, parsed).catch(() => ({ groups: plainGroups(parsed), conflicts: 0 }));
    const p = toPreview(parsed, f.bytes.byteLength, groups, conflicts);
    return p.ok && options?.duplicates ? { ...p, duplicatePolicy: options.duplicates } : p;
  } catch (e) {
    job.parsed[i] = null;
    const r = failure(f.name, f.bytes.byteLength, e);
    return options?.encoding ? { ...r, encoding: options.encoding } : r;
  }
}

/**
 * Each group's target in the library (by dnr, then title) and how many of its stances
 * differ from a person's override there. A file of one remiss goes where the person
 * chooses; its conflicts are counted against the match, else the selected remiss.
 */
async function describeGroups(job: Job, parsed: ParsedFile): Promise<{ groups: GroupPreview[]; conflicts: number }> {
  const db = dbFor(job.dbName);
  const library = await db.consultations.toArray();
  const ids = matchGroups(parsed.groups, library);
  const single = parsed.groups.length === 1;
  const targets = ids.map((id, g) => id ?? (single || !parsed.groups[g].key ? (job.currentId ?? null) : null));
  const wanted = [...new Set(targets.filter((t): t is number => t !== null))];
  const withStance = parsed.responses.some((r) => r.importedStance);
  const records = withStance && wanted.length ? await db.responses.where('consultationId').anyOf(wanted).toArray() : [];
  const byConsultation = new Map<number, Map<string, (typeof records)[number]>>();
  for (const r of records) {
    let m = byConsultation.get(r.consultationId);
    if (!m) byConsultation.set(r.consultationId, (m = new Map()));
    m.set(r.respondentKey, r);
  }
  const titles = new Map(library.map((c) => [c.id!, c.title]));
  let conflicts = 0;
  const groups = plainGroups(parsed).map((g, i) => {
    const id = ids[i];
    if (id !== null) {
      g.targetId = id;
      g.targetTitle = titles.get(id);
    }
    const t = targets[i];
    if (t !== null && withStance) g.conflicts = countStanceConflicts(parsed.groups[i].responses, byConsultation.get(t) ?? new Map());
    conflicts += g.conflicts;
    return g;
  });
  return { groups, conflicts };
}

function dbFor(name = 'remissradar'): RemissDb {
  let db = dbs.get(name);
  if (!db) dbs.set(name, (db = openLibrary(name)));
  return db;
}

async function commit(jobId: number, job: Job, msg: Extract<ToWorker, { type: 'commit' }>) {
  const db = dbFor(msg.dbName);
  const results: FileResult[] = [];
  const failed: { file: string; error: ReturnType<typeof errorMessage> }[] = [];
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
        const chosen = async (): Promise<Consultation> =>
          target.kind === 'existing'
            ? ((await getConsultation(db, target.consultationId)) ?? fail(target.consultationId))
            : mergeConsultation(target.consultation, parsed);
        const plan = await planTargets(db, parsed, chosen);
        const r = await storeFile(db, jobId, parsed, plan, classifier, abort.signal, msg.stancePolicy, place);
        results.push(r);
        // The next files of the drop join the remiss that took this file's unnamed rows.
        const unnamed = plan.groups ? parsed.groups.findIndex((g) => !g.key) : -1;
        if (!plan.groups) target = { kind: 'existing', consultationId: r.consultationId };
        else if (unnamed >= 0 && r.groupIds) target = { kind: 'existing', consultationId: r.groupIds[unnamed] };
      } catch (e) {
        if (job.cancelled) {
          post({ type: 'cancelled', jobId, results, file: parsed.file });
          return;
        }
        failed.push({ file: parsed.file, error: errorMessage(e) });
      }
    }
  } finally {
    classifier.close();
    if (job.abort === abort) job.abort = undefined;
  }
  if (job.cancelled) post({ type: 'cancelled', jobId, results });
  else post({ type: 'done', jobId, results, failed });
}

/** Where a file's rows go: one remiss, or (a file naming several) one per group. */
interface TargetPlan {
  consultation: Consultation;
  groups?: Consultation[];
  groupOf?: number[];
}

/**
 * A file of one remiss goes to the person's choice, unless that is a new remiss whose
 * title (or dnr) is one already in the library: then it updates that one. A file of
 * several: each group to its match (dnr, then title) or a new remiss of its own; the
 * rows naming none go to the person's choice.
 */
async function planTargets(db: RemissDb, parsed: ParsedFile, chosen: () => Promise<Consultation>): Promise<TargetPlan> {
  const library = await db.consultations.toArray();
  const ids = matchGroups(parsed.groups, library);
  const byId = new Map(library.map((c) => [c.id!, c]));
  if (parsed.groups.length <= 1) {
    const c = await chosen();
    const g = parsed.groups[0];
    const match = ids[0] !== null && ids[0] !== undefined ? byId.get(ids[0]) : undefined;
    if (c.id === undefined && g && match && (normalizeTitle(c.title) === normalizeTitle(g.title ?? '') || (c.reference && groupKey({ reference: c.reference }) === g.key))) return { consultation: match };
    return { consultation: c };
  }
  const wrapper = parsed.consultation?.title ? groupKey({ title: parsed.consultation.title, reference: parsed.consultation.reference }) : '';
  const groups: Consultation[] = [];
  for (let i = 0; i < parsed.groups.length; i++) {
    const g = parsed.groups[i];
    const id = ids[i];
    if (!g.key) groups.push(await chosen());
    else if (id !== null) groups.push(byId.get(id)!);
    else {
      const fromFile = g.key === wrapper ? parsed.consultation : undefined;
      groups.push({
        title: g.title ?? g.reference ?? parsed.file,
        reference: g.reference,
        deadline: fromFile?.deadline,
        themes: fromFile?.themes ?? [],
        recipients: fromFile?.recipients ?? [],
      });
    }
  }
  const groupOf: number[] = [];
  parsed.groups.forEach((g, i) => {
    for (let k = 0; k < g.responses.length; k++) groupOf.push(i);
  });
  return { consultation: groups[0], groups, groupOf };
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
  run(rows: ClassifyRow[], themes: Theme[]): Promise<ClassifiedBatch> {
    // One batch per task, so a cancel message gets in between batches.
    return new Promise((resolve, reject) =>
      setTimeout(() =>
        this.#closed
          ? reject(new ClassifierClosedError())
          : resolve({ classifications: rows.map((r) => classify(r, themes)), textHashes: rows.map((r) => textHash(r.text ?? '')) }),
      ),
    );
  }
  close() {
    this.#closed = true;
  }
}

function fail(id: number): never {
  throw new CodedError('db.consultation-gone', { id });
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
  plan: TargetPlan,
  classifier: Classifier,
  signal: AbortSignal,
  stancePolicy: 'keep' | 'file' = 'keep',
  place: { fileIndex?: number; fileCount?: number } = {},
): Promise<FileResult> {
  let last = 0;
  const { consultation, groups, groupOf } = plan;
  const r = await classifyAndStore({
    rows: parsed.responses,
    themes: consultation.themes,
    groupOf,
    groupThemes: groups?.map((g) => g.themes),
    classifier,
    signal,
    begin: () =>
      beginImport(
        db,
        { consultation, groups, stancePolicy, file: parsed.file, encoding: parsed.encoding, delimiter: parsed.delimiter, badRows: parsed.badRows },
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
    const job: Job = { files, parsed: [], options: [], cancelled: false, dbName: msg.dbName, currentId: msg.currentId };
    jobs.set(msg.jobId, job);
    const previews: FilePreview[] = [];
    for (let i = 0; i < files.length; i++) previews.push(failed.get(i) ?? (await parseOne(job, i, { themes: msg.themes })));
    post({ type: 'preview', jobId: msg.jobId, files: previews });
  } finally {
    reading.delete(msg.jobId);
  }
}

function failure(file: string, size: number, e: unknown): FilePreview {
  if (e instanceof ImportError) return { ok: false, file, size, code: e.code, params: e.params };
  return { ok: false, file, size, code: 'internal', params: { detail: String(e) } };
}

scope.onmessage = (ev: MessageEvent<ToWorker>) => {
  const msg = ev.data;
  switch (msg.type) {
    case 'preview':
      preview(msg).catch((e) => post({ type: 'error', jobId: msg.jobId, error: message('import.read-failed', { detail: String(e) }) }));
      break;
    case 'reparse': {
      const job = jobs.get(msg.jobId);
      if (!job) return post({ type: 'error', jobId: msg.jobId, error: message('import.gone') });
      parseOne(job, msg.index, { ...job.options[msg.index], ...msg.options, themes: msg.themes }).then((file) => post({ type: 'reparsed', jobId: msg.jobId, index: msg.index, file }));
      break;
    }
    case 'commit': {
      const job = jobs.get(msg.jobId);
      if (!job) return post({ type: 'error', jobId: msg.jobId, error: message('import.gone') });
      job.cancelled = false;
      commit(msg.jobId, job, msg).catch((e) => post({ type: 'error', jobId: msg.jobId, error: errorMessage(e) }));
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
      reclassifyAll(msg).catch((e) => post({ type: 'error', jobId: msg.jobId, error: errorMessage(e) }));
      break;
  }
};
