/**
 * What a backup file may hold before it is refused, and the codes that say what was too
 * big or not a backup (rendered by src/i18n/backupMessages.ts). The streaming reader
 * (backupReader.ts) checks them as it reads; the size is checked before it starts.
 */

export interface BackupLimits {
  /** The file, in bytes. */
  bytes: number;
  remisser: number;
  /** Yttranden in the whole file. */
  responses: number;
  /** Bedömningar and händelser (overrides and history rows) in the whole file. */
  events: number;
  /** One row (a yttrande with its text), in characters. */
  rowChars: number;
  /** Everything outside the rows (the remisser's descriptions), in characters. */
  structureChars: number;
  /** Brackets inside brackets. */
  depth: number;
}

/** Generous for a decade's library (5,000 remisser, 200,000 yttranden), finite for a hostile file. */
export const BACKUP_LIMITS: Readonly<BackupLimits> = Object.freeze({
  bytes: 2 * 1024 ** 3,
  remisser: 20_000,
  responses: 1_000_000,
  events: 5_000_000,
  rowChars: 16 * 1024 ** 2,
  structureChars: 64 * 1024 ** 2,
  depth: 64,
});

export type BackupReadCode =
  | 'backup-file-too-large'
  | 'backup-too-many-remisser'
  | 'backup-too-many-responses'
  | 'backup-too-many-events'
  | 'backup-row-too-large'
  | 'backup-structure-too-large'
  | 'backup-too-deep'
  | 'backup-not-json'
  | 'backup-not-backup'
  | 'backup-truncated';

/** Why a backup could not be read: a code and what the message needs (rendered by src/i18n). */
export class BackupReadError extends Error {
  constructor(
    readonly code: BackupReadCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'BackupReadError';
  }
}

/** The size check before a byte is read. */
export function checkBackupSize(bytes: number, limits: Readonly<BackupLimits> = BACKUP_LIMITS): void {
  if (bytes > limits.bytes) throw new BackupReadError('backup-file-too-large', { size: bytes, max: limits.bytes });
}
