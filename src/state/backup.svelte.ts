import type { RestoreConflict, ConflictPolicy, RestoreResult } from '../lib/db/restore.ts';
import type { MergeConflict } from '../lib/db/mergeBackup.ts';
import type { ConflictChoice } from '../lib/merge/index.ts';
import { cleanInitials, saveInitials } from './initials.ts';
import { backupFileName } from '../lib/export/fileName.ts';
import { formatNumber } from '../lib/format/numbers.ts';
import { downloadBlob } from '../lib/export/png.ts';
import type { FromBackupWorker, ToBackupWorker } from '../workers/backupProtocol.ts';
import { i18n, t, tn } from '../i18n/index.svelte.ts';
import { describeFailure } from '../i18n/backupMessages.ts';
import { problemText } from '../i18n/problemMessages.ts';

export type { MergeConflict };

/** How the flow talks to the backup worker (a stand-in in tests). */
export interface BackupPort {
  post(m: ToBackupWorker): void;
  onmessage: ((m: FromBackupWorker) => void) | null;
}

let shared: BackupPort | null = null;
/** Job ids unique across every flow of the visit (a flow of a view left may still be answered). */
let nextJobId = 0;

/** The real worker, started on first use and shared by every flow of the visit. */
export function workerPort(): BackupPort {
  if (shared) return shared;
  let worker: Worker | null = null;
  const port: BackupPort = {
    onmessage: null,
    post(m) {
      if (!worker) {
        worker = new Worker(new URL('../workers/backupWorker.ts', import.meta.url), { type: 'module', name: 'backup' });
        worker.onmessage = (ev: MessageEvent<FromBackupWorker>) => port.onmessage?.(ev.data);
        worker.onerror = (ev) => port.onmessage?.({ type: 'failed', jobId: -1, failure: { kind: 'crashed', detail: ev.message || '?' } });
      }
      worker.postMessage(m);
    },
  };
  return (shared = port);
}

/**
 * Saving and restoring backups, step by step, with the work in the backup worker: save
 * writes a stream of Blob parts there and downloads the file; restore reads and checks
 * it there (limits, every field); when a remiss already exists, ask (replace, keep both,
 * skip, merge); when merging meets stances two people set differently, ask for each.
 */
export class BackupFlow {
  busy = $state(false);
  status = $state<string | null>(null);
  error = $state<string | null>(null);
  errors = $state.raw<string[]>([]);
  errorCount = $state(0);
  /** The remisser that already exist: the first question. `total`: remisser in the file. */
  conflict = $state.raw<{ file: string; total: number; conflicts: RestoreConflict[] } | null>(null);
  /** Merging: the stance conflicts to decide, and the choices made so far. */
  merge = $state.raw<{ conflicts: MergeConflict[] } | null>(null);
  choices = $state.raw<Record<string, ConflictChoice>>({});
  /** A message for the merge step (a choice missing, initials missing). */
  mergeError = $state<string | null>(null);

  readonly #port: BackupPort;
  readonly #dbName: string;
  readonly #onRestored: (r: RestoreResult) => void;
  /** The running request: its job and what to do with the worker's answer. */
  #waiting: { jobId: number; resolve: (m: FromBackupWorker) => void; onProgress?: (m: Extract<FromBackupWorker, { type: 'progress' }>) => void } | null = null;
  /** The restore's job (kept across its questions) and file name. */
  #restore: { jobId: number; file: string } | null = null;

  constructor(dbName: string, onRestored: (r: RestoreResult) => void, port: BackupPort = workerPort()) {
    this.#dbName = dbName;
    this.#onRestored = onRestored;
    this.#port = port;
    port.onmessage = (m) => {
      const w = this.#waiting;
      if (!w || (m.jobId !== w.jobId && m.jobId !== -1)) return;
      if (m.type === 'progress') return w.onProgress?.(m);
      this.#waiting = null;
      w.resolve(m);
    };
  }

  #ask(m: ToBackupWorker, onProgress?: (m: Extract<FromBackupWorker, { type: 'progress' }>) => void): Promise<FromBackupWorker> {
    return new Promise((resolve) => {
      this.#waiting = { jobId: m.jobId, resolve, onProgress };
      this.#port.post(m);
    });
  }

  #clear() {
    this.error = null;
    this.errors = [];
    this.errorCount = 0;
    this.status = null;
  }

  /** Save the whole library (no id) or one remiss as a downloaded file. */
  async save(consultationId?: number, title?: string): Promise<void> {
    this.#clear();
    this.busy = true;
    try {
      const m = await this.#ask({ type: 'save', jobId: ++nextJobId, dbName: this.#dbName, consultationId }, (p) => {
        this.status = t('library.backup.saving', { n: formatNumber(p.done, i18n.lang) });
      });
      if (m.type !== 'saved') return this.#answer(m, '');
      const file = backupFileName(new Date(), consultationId === undefined ? undefined : title);
      downloadBlob(m.blob, file);
      this.status = consultationId !== undefined ? t('library.backup.savedOne', { file }) : tn('library.backup.saved', m.consultations, { file });
    } finally {
      this.busy = false;
    }
  }

  /** Read, check and restore a file; stops at the first question, if any. */
  async open(file: File): Promise<void> {
    this.#clear();
    this.#forget();
    this.busy = true;
    this.status = t('library.restore.reading', { file: file.name });
    const jobId = ++nextJobId;
    this.#restore = { jobId, file: file.name };
    try {
      const m = await this.#ask({ type: 'open', jobId, dbName: this.#dbName, file, name: file.name }, (p) => {
        this.status =
          p.phase === 'store'
            ? t('library.restore.storing', { file: file.name })
            : t('library.restore.readingProgress', { file: file.name, percent: Math.round((100 * p.done) / Math.max(1, p.total)) });
      });
      this.#answer(m, file.name);
    } finally {
      this.busy = false;
    }
  }

  /** The answer to "the remiss exists": null cancels. Merging may ask once more. */
  async resolve(policy: Exclude<ConflictPolicy, 'ask'> | null): Promise<void> {
    const c = this.conflict;
    this.conflict = null;
    const job = this.#restore;
    if (!c || !job) return;
    if (!policy) {
      this.#forget();
      this.status = t('library.restore.cancelled');
      return;
    }
    this.busy = true;
    try {
      this.#answer(await this.#ask({ type: 'resolve', jobId: job.jobId, policy }), job.file);
    } finally {
      this.busy = false;
    }
  }

  /** Keep one side's decision for one conflict. */
  choose(id: string, choice: ConflictChoice): void {
    this.choices = { ...this.choices, [id]: choice };
    this.mergeError = null;
  }

  /** Every conflict the same way (a convenience for many). */
  chooseAll(choice: ConflictChoice): void {
    this.choices = Object.fromEntries((this.merge?.conflicts ?? []).map((c) => [c.id, choice]));
    this.mergeError = null;
  }

  get undecided(): number {
    return (this.merge?.conflicts ?? []).filter((c) => !this.choices[c.id]).length;
  }

  /** Merge with the choices made, recorded under `initials`. False when something is missing. */
  async applyMerge(initials: string): Promise<boolean> {
    const job = this.#restore;
    if (!this.merge || !job) return false;
    const by = cleanInitials(initials);
    if (this.undecided) return ((this.mergeError = t('library.merge.undecided', { n: this.undecided })), false);
    if (!by) return ((this.mergeError = t('library.merge.initialsRequired')), false);
    saveInitials(by);
    this.busy = true;
    try {
      const m = await this.#ask({ type: 'merge', jobId: job.jobId, choices: { ...this.choices }, initials: by });
      this.merge = null;
      this.#answer(m, job.file);
      return m.type === 'restored';
    } finally {
      this.busy = false;
    }
  }

  cancelMerge(): void {
    this.merge = null;
    this.#forget();
    this.status = t('library.restore.cancelled');
  }

  /** Let the worker drop a backup it holds for a question nobody will answer. */
  #forget() {
    if (this.#restore) this.#port.post({ type: 'forget', jobId: this.#restore.jobId });
    this.#restore = null;
  }

  #answer(m: FromBackupWorker, file: string) {
    switch (m.type) {
      case 'conflicts':
        this.status = null;
        this.conflict = { file, total: m.total, conflicts: m.conflicts };
        return;
      case 'mergeConflicts':
        this.status = null;
        this.choices = {};
        this.mergeError = null;
        this.merge = { conflicts: m.conflicts };
        return;
      case 'restored':
        this.#restore = null;
        return this.#finish(m.result);
      case 'failed':
        this.#restore = null;
        this.status = null;
        this.error = describeFailure(m.failure, file);
        if (m.failure.kind === 'invalid') {
          this.errors = m.failure.errors.map((p) => problemText(i18n.lang, p));
          this.errorCount = m.failure.count;
        }
        return;
    }
  }

  #finish(r: RestoreResult) {
    const parts: string[] = [];
    const list = (xs: string[]) => xs.map((x) => `”${x}”`).join(', ');
    if (r.restored.length) parts.push(t('library.restore.done', { list: list(r.restored.map((x) => x.title)) }));
    for (const m of r.merged) parts.push(t('library.merge.done', { title: m.title, changed: m.changed, added: m.added, decided: m.decided }));
    if (r.skipped.length) parts.push(t('library.restore.skipped', { list: list(r.skipped) }));
    const any = r.restored.length || r.merged.length;
    this.status = any ? parts.join(' ') : [t('library.restore.nothing'), ...parts].join(' ');
    if (any) this.#onRestored(r);
  }
}
