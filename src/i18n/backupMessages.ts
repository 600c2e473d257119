/**
 * A backup that could not be read, checked or restored, in words: the backup worker
 * returns codes and numbers (BackupFailure), rendered here in the UI's language.
 */
import type { BackupFailure } from '../workers/backupProtocol.ts';
import { formatNumber } from '../lib/format/numbers.ts';
import { formatBytes } from '../lib/format/bytes.ts';
import { i18n, t, tm, type MessageKey } from './index.svelte.ts';

/** The message for a failure of the restore of `file`. */
export function describeFailure(f: BackupFailure, file: string): string {
  const n = (x: string | number | undefined) => (typeof x === 'number' ? formatNumber(x, i18n.lang) : String(x ?? ''));
  switch (f.kind) {
    case 'invalid':
      return t('library.restore.invalid', { file });
    case 'empty':
      return t('library.restore.empty', { file });
    case 'gone':
      return t('library.restore.gone');
    case 'crashed':
      return t('library.restore.crashed', { file, detail: f.detail });
    case 'db':
      return tm(f.message);
    case 'read': {
      const p = f.params;
      const where = () => ({
        file,
        remiss: n(p.remiss),
        title: p.title ? t('library.restore.titleOf', { title: String(p.title) }) : '',
        row: t(`library.restore.row.${String(p.list)}` as MessageKey, { n: n(p.row) }),
        max: n(p.max),
      });
      switch (f.code) {
        case 'backup-file-too-large':
          return t('library.restore.fileTooLarge', { file, size: formatBytes(Number(p.size), i18n.lang), max: formatBytes(Number(p.max), i18n.lang) });
        case 'backup-too-many-remisser':
          return t('library.restore.tooManyRemisser', { file, max: n(p.max) });
        case 'backup-too-many-responses':
          return t('library.restore.tooManyResponses', { file, max: n(p.max) });
        case 'backup-too-many-events':
          return t('library.restore.tooManyEvents', { file, max: n(p.max) });
        case 'backup-row-too-large':
          return t('library.restore.rowTooLarge', where());
        case 'backup-structure-too-large':
          return t('library.restore.structureTooLarge', { file, max: n(p.max) });
        case 'backup-too-deep':
          return t('library.restore.tooDeep', { file, max: n(p.max) });
        case 'backup-not-json':
          return p.list ? t('library.restore.notJsonRow', where()) : t('library.restore.notJson', { file });
        case 'backup-not-backup':
          return t('library.restore.notBackup', { file });
        case 'backup-truncated':
          return t('library.restore.truncated', { file });
      }
    }
  }
}

