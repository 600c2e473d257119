/** Saving a backup from the library view: read, serialise, download. */
import { exportBackup, type RemissDb } from '../../lib/db/index.ts';
import { downloadBlob } from '../../lib/export/png.ts';
import { backupFileName } from '../../lib/library/backupFile.ts';

/** Download the whole library (no id) or one remiss; returns the file name and how many remisser. */
export async function saveBackup(db: RemissDb, consultationId?: number, title?: string): Promise<{ file: string; count: number }> {
  const backup = await exportBackup(db, consultationId);
  const file = backupFileName(new Date(), consultationId === undefined ? undefined : title);
  downloadBlob(new Blob([JSON.stringify(backup, null, 1)], { type: 'application/json' }), file);
  return { file, count: backup.consultations.length };
}
