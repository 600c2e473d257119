/**
 * What the backup worker does, without the worker: testable in Node. Saving writes the
 * backup row by row into Blob parts; opening reads the file as a stream within
 * BACKUP_LIMITS, validates it and restores it, keeping the backup between the questions
 * (which remisser exist, which stances to keep when merging) until the person answers.
 */
import { BACKUP_LIMITS, BackupReadError, checkBackupSize, type BackupLimits } from '../lib/db/backupLimits.ts';
import { readBackupStream } from '../lib/db/backupReader.ts';
import { BackupWriter } from '../lib/db/backupWriter.ts';
import { writeBackup, type BackupFile } from '../lib/db/backup.ts';
import { errorMessage } from '../lib/db/errors.ts';
import { openLibrary } from '../lib/db/open.ts';
import { planRestoreMerge, restoreBackup, type RestoreResult } from '../lib/db/restore.ts';
import type { RemissDb } from '../lib/db/schema.ts';
import { validateBackup } from '../lib/db/validateBackup.ts';
import type { BackupFailure, FromBackupWorker, ToBackupWorker } from './backupProtocol.ts';

/** Problems listed in a refusal; the rest are counted. */
const MAX_ERRORS = 8;

/** The text of a Blob as a stream of decoded chunks (never one string). */
async function* textChunks(blob: Blob): AsyncGenerator<string> {
  const reader = blob.stream().pipeThrough(new TextDecoderStream('utf-8')).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

export class BackupJobs {
  readonly #post: (m: FromBackupWorker) => void;
  readonly #dbs = new Map<string, RemissDb>();
  /** Backups read and waiting for the person's answer, per job. */
  readonly #held = new Map<number, { dbName: string; backup: BackupFile }>();

  readonly #limits: Readonly<BackupLimits>;

  constructor(post: (m: FromBackupWorker) => void, limits: Readonly<BackupLimits> = BACKUP_LIMITS) {
    this.#post = post;
    this.#limits = limits;
  }

  #db(name: string): RemissDb {
    let db = this.#dbs.get(name);
    if (!db) this.#dbs.set(name, (db = openLibrary(name)));
    return db;
  }

  async handle(m: ToBackupWorker): Promise<void> {
    try {
      switch (m.type) {
        case 'save':
          return await this.#save(m);
        case 'open':
          return await this.#open(m);
        case 'resolve':
          return await this.#resolve(m);
        case 'merge':
          return await this.#merge(m);
        case 'forget':
          this.#held.delete(m.jobId);
          return;
      }
    } catch (e) {
      this.#held.delete(m.jobId);
      this.#fail(m.jobId, e instanceof BackupReadError ? { kind: 'read', code: e.code, params: e.params } : { kind: 'db', message: errorMessage(e) });
    }
  }

  #fail(jobId: number, failure: BackupFailure) {
    this.#post({ type: 'failed', jobId, failure });
  }

  async #save(m: Extract<ToBackupWorker, { type: 'save' }>) {
    const parts: Blob[] = [];
    const writer = new BackupWriter((chunk) => {
      parts.push(new Blob([chunk]));
      this.#post({ type: 'progress', jobId: m.jobId, phase: 'write', done: writer.counts.responses, total: 0 });
    });
    await writeBackup(this.#db(m.dbName), writer, m.consultationId);
    const blob = new Blob(parts, { type: 'application/json' });
    this.#post({ type: 'saved', jobId: m.jobId, blob, consultations: writer.counts.consultations, responses: writer.counts.responses });
  }

  async #open(m: Extract<ToBackupWorker, { type: 'open' }>) {
    checkBackupSize(m.file.size, this.#limits);
    let last = 0;
    const json = await readBackupStream(textChunks(m.file), this.#limits, (chars) => {
      // Characters read against bytes in the file: close enough for a progress bar.
      if (chars - last < 1 << 22) return;
      last = chars;
      this.#post({ type: 'progress', jobId: m.jobId, phase: 'read', done: Math.min(chars, m.file.size), total: m.file.size });
    });
    const v = validateBackup(json);
    if (!v.ok) return this.#fail(m.jobId, { kind: 'invalid', errors: v.errors.slice(0, MAX_ERRORS), count: v.errors.length });
    if (!v.backup.consultations.length) return this.#fail(m.jobId, { kind: 'empty' });
    this.#post({ type: 'progress', jobId: m.jobId, phase: 'store', done: 0, total: v.backup.consultations.length });
    const r = await restoreBackup(this.#db(m.dbName), v.backup, { onConflict: 'ask' });
    if (r.conflicts.length) {
      this.#held.set(m.jobId, { dbName: m.dbName, backup: v.backup });
      return this.#post({ type: 'conflicts', jobId: m.jobId, conflicts: r.conflicts, total: v.backup.consultations.length });
    }
    this.#restored(m.jobId, r);
  }

  async #resolve(m: Extract<ToBackupWorker, { type: 'resolve' }>) {
    const held = this.#take(m.jobId, m.policy === 'merge');
    if (!held) return;
    const db = this.#db(held.dbName);
    if (m.policy === 'merge') {
      const conflicts = await planRestoreMerge(db, held.backup);
      if (conflicts.length) return this.#post({ type: 'mergeConflicts', jobId: m.jobId, conflicts });
      this.#held.delete(m.jobId);
    }
    this.#restored(m.jobId, await restoreBackup(db, held.backup, { onConflict: m.policy }));
  }

  async #merge(m: Extract<ToBackupWorker, { type: 'merge' }>) {
    const held = this.#take(m.jobId, false);
    if (!held) return;
    this.#restored(m.jobId, await restoreBackup(this.#db(held.dbName), held.backup, { onConflict: 'merge', choices: m.choices, initials: m.initials }));
  }

  /** The backup held for a job (kept when another question may follow). */
  #take(jobId: number, keep: boolean) {
    const held = this.#held.get(jobId);
    if (!keep) this.#held.delete(jobId);
    if (!held) this.#fail(jobId, { kind: 'gone' });
    return held;
  }

  #restored(jobId: number, result: RestoreResult) {
    this.#post({ type: 'restored', jobId, result });
  }
}
