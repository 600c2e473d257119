import { CodedError, message, type Message } from '../lib/domain/message.ts';
import type { Theme } from '../lib/domain/types.ts';
import type { StancePolicy } from '../lib/db/importPlan.ts';
import type { FileOptions, FilePreview, FileResult, FromWorker, ImportTarget, Phase, ToWorker } from '../workers/protocol.ts';

export type JobStatus = 'idle' | 'reading' | 'preview' | 'storing' | 'done' | 'cancelled' | 'error';

/**
 * Owns the import worker and one import at a time: read files → preview (changeable
 * encoding, delimiter, mapping) → store with progress and cancel → result.
 */
export class ImportJob {
  status = $state<JobStatus>('idle');
  previews = $state.raw<FilePreview[]>([]);
  progress = $state.raw<{ file: string; phase: Phase; done: number; total: number; fileIndex?: number; fileCount?: number } | null>(null);
  results = $state.raw<FileResult[]>([]);
  failed = $state.raw<{ file: string; error: Message }[]>([]);
  /** A cancelled drop: the file that was being stored when it stopped (nothing of it was kept). */
  cancelledFile = $state<string | null>(null);
  /** What stopped the import, as a code (the view words it). */
  error = $state.raw<Message | null>(null);

  #worker: Worker | null = null;
  #jobId = 0;
  #themes: Theme[] | undefined;
  #dbName: string;
  #waiters = new Map<number, (m: FromWorker) => void>();
  /** Re-classifications use negative job ids, so they never touch the import's state. */
  #reclassifyId = 0;

  constructor(dbName = 'remissradar') {
    this.#dbName = dbName;
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const w = new Worker(new URL('../workers/importWorker.ts', import.meta.url), { type: 'module', name: 'import' });
    w.onmessage = (ev: MessageEvent<FromWorker>) => this.#receive(ev.data);
    w.onerror = (ev) => {
      this.status = 'error';
      this.error = message('import.crashed', { detail: ev.message || '?' });
      for (const [id, wait] of this.#waiters) {
        if (id < 0) wait({ type: 'error', jobId: id, error: message('import.reclassify-crashed', { detail: ev.message || '?' }) });
      }
    };
    return (this.#worker = w);
  }

  #send(m: ToWorker, transfer: Transferable[] = []) {
    this.#ensureWorker().postMessage(m, transfer);
  }

  #receive(m: FromWorker) {
    if (m.jobId < 0) return void this.#waiters.get(m.jobId)?.(m);
    if (m.jobId !== this.#jobId) return;
    switch (m.type) {
      case 'preview':
        this.previews = m.files;
        this.status = 'preview';
        break;
      case 'reparsed':
        this.previews = this.previews.map((p, i) => (i === m.index ? m.file : p));
        break;
      case 'progress':
        this.progress = { file: m.file, phase: m.phase, done: m.done, total: m.total, fileIndex: m.fileIndex, fileCount: m.fileCount };
        break;
      case 'done':
        this.results = m.results;
        this.failed = m.failed;
        this.status = 'done';
        this.progress = null;
        break;
      case 'cancelled':
        this.results = m.results;
        this.cancelledFile = m.file ?? null;
        this.status = 'cancelled';
        this.progress = null;
        break;
      case 'error':
        this.results = m.results ?? [];
        this.error = m.error;
        this.status = 'error';
        this.progress = null;
        break;
    }
    this.#waiters.get(m.jobId)?.(m);
  }

  /**
   * Ask for a preview of the files. A File goes to the worker as is (a handle, no bytes)
   * and the worker reads it: reading 350 MB here would block the page for a moment.
   * Bytes already in memory are transferred, not copied.
   */
  async read(files: File[] | { name: string; bytes: ArrayBuffer }[], themes?: Theme[], currentId?: number) {
    this.#reset();
    this.status = 'reading';
    this.#themes = themes;
    const jobId = ++this.#jobId;
    const sent = files.map((f) => (f instanceof File ? { name: f.name, bytes: f as Blob } : f));
    const transfer = sent.flatMap((f) => (f.bytes instanceof ArrayBuffer ? [f.bytes] : []));
    this.#send({ type: 'preview', jobId, files: sent, themes, dbName: this.#dbName, currentId }, transfer);
  }

  /**
   * Read and store in one go, with no preview step (the bundled sample remiss).
   * Resolves with the worker's last word.
   */
  async importAll(files: { name: string; bytes: ArrayBuffer }[], target: ImportTarget, themes?: Theme[]): Promise<FromWorker> {
    const previewed = new Promise<FromWorker>((resolve) => {
      const jobId = this.#jobId + 1;
      this.#waiters.set(jobId, (m) => {
        if (m.type === 'preview' || m.type === 'error') {
          this.#waiters.delete(jobId);
          resolve(m);
        }
      });
    });
    await this.read(files, themes);
    const m = await previewed;
    if (m.type !== 'preview') return m;
    const bad = m.files.find((f) => !f.ok);
    if (bad && !bad.ok) return { type: 'error', jobId: m.jobId, error: message('sample.rejected', { file: bad.file, code: bad.code }) };
    return this.commit(target);
  }

  /** The user changed encoding, delimiter or mapping of one file. */
  reparse(index: number, options: FileOptions) {
    this.#send({ type: 'reparse', jobId: this.#jobId, index, options, themes: this.#themes });
  }

  /**
   * Store every readable file; resolves with the worker's last word. `stancePolicy`:
   * what a stance column does to a person's override ('keep' theirs, the default).
   */
  commit(target: ImportTarget, stancePolicy: StancePolicy = 'keep'): Promise<FromWorker> {
    this.status = 'storing';
    this.progress = null;
    const jobId = this.#jobId;
    const done = new Promise<FromWorker>((resolve) => {
      this.#waiters.set(jobId, (m) => {
        if (m.type === 'done' || m.type === 'cancelled' || m.type === 'error') {
          this.#waiters.delete(jobId);
          resolve(m);
        }
      });
    });
    this.#send({ type: 'commit', jobId, target: $state.snapshot(target) as ImportTarget, dbName: this.#dbName, stancePolicy });
    return done;
  }

  /**
   * Run the classifier again over every yttrande of a remiss, in the worker, in one
   * transaction: all or nothing. Overrides stay. Resolves with how many yttranden there
   * were and how many changed overall stance; rejects with a CodedError (its message: i18n).
   */
  reclassify(consultationId: number, onProgress?: (done: number, total: number) => void): Promise<{ total: number; changed: number }> {
    const jobId = -++this.#reclassifyId;
    return new Promise((resolve, reject) => {
      this.#waiters.set(jobId, (m) => {
        if (m.type === 'progress') return onProgress?.(m.done, m.total);
        if (m.type !== 'reclassified' && m.type !== 'error') return;
        this.#waiters.delete(jobId);
        if (m.type === 'reclassified') resolve({ total: m.total, changed: m.changed });
        else reject(new CodedError(m.error.code, m.error.params));
      });
      this.#send({ type: 'reclassify', jobId, consultationId, dbName: this.#dbName });
    });
  }

  cancel() {
    this.#send({ type: 'cancel', jobId: this.#jobId });
  }

  /** Back to the start (drop zone). */
  reset() {
    this.#send({ type: 'forget', jobId: this.#jobId });
    this.#jobId++;
    this.#reset();
  }

  #reset() {
    this.status = 'idle';
    this.previews = [];
    this.progress = null;
    this.results = [];
    this.failed = [];
    this.cancelledFile = null;
    this.error = null;
  }
}

let shared: ImportJob | null = null;
/**
 * One import job for the app, so an import goes on while the user looks at other views;
 * made on first use (the Import view, re-classification), so the first screen does not
 * carry it.
 */
export const getImportJob = (): ImportJob => (shared ??= new ImportJob());
