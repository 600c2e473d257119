/**
 * The typed messages between the UI and the backup worker, which writes backups as a
 * stream of Blob parts and reads, checks and restores them off the main thread.
 */
import type { BackupReadCode } from '../lib/db/backupLimits.ts';
import type { ConflictPolicy, RestoreConflict, RestoreResult } from '../lib/db/restore.ts';
import type { MergeConflict } from '../lib/db/mergeBackup.ts';
import type { ConflictChoice } from '../lib/merge/index.ts';
import type { Problem } from '../lib/db/reader.ts';
import type { Message } from '../lib/domain/message.ts';

export type ToBackupWorker =
  /** Write one remiss (or all) and answer with the file as a Blob. */
  | { type: 'save'; jobId: number; dbName: string; consultationId?: number }
  /** Read and check a backup, and restore it unless a remiss already exists (then ask). */
  | { type: 'open'; jobId: number; dbName: string; file: Blob; name: string }
  /** The answer to "the remiss exists"; 'merge' may ask again (mergeConflicts). */
  | { type: 'resolve'; jobId: number; policy: Exclude<ConflictPolicy, 'ask'> }
  /** Merge with a choice for every conflict. */
  | { type: 'merge'; jobId: number; choices: Record<string, ConflictChoice>; initials: string }
  /** The person cancelled: drop the backup held for this job. */
  | { type: 'forget'; jobId: number };

/** Why a restore stopped before anything was written. */
export type BackupFailure =
  /** A limit or the JSON: `code` and `params` for src/i18n. */
  | { kind: 'read'; code: BackupReadCode; params: Record<string, string | number> }
  /** The checks of every field (validateBackup): the first problems and how many there are. */
  | { kind: 'invalid'; errors: Problem[]; count: number }
  | { kind: 'empty' }
  /** An answer came for a backup the worker no longer holds. */
  | { kind: 'gone' }
  /** The worker itself failed (its error message, for the detail). */
  | { kind: 'crashed'; detail: string }
  /** Storage failed: errorMessage's code (db.quota, db.consultation-gone, …). */
  | { kind: 'db'; message: Message };

export type FromBackupWorker =
  | { type: 'saved'; jobId: number; blob: Blob; consultations: number; responses: number }
  | { type: 'progress'; jobId: number; phase: 'write' | 'read' | 'store'; done: number; total: number }
  /** Remisser that already exist: ask the person. `total`: remisser in the backup. */
  | { type: 'conflicts'; jobId: number; conflicts: RestoreConflict[]; total: number }
  | { type: 'mergeConflicts'; jobId: number; conflicts: MergeConflict[] }
  | { type: 'restored'; jobId: number; result: RestoreResult }
  | { type: 'failed'; jobId: number; failure: BackupFailure };
