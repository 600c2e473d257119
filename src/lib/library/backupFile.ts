/**
 * File names for backups: `remissradar-sakerhetskopia_2026-11-26.json` for the whole
 * library, `<remissens-titel>_sakerhetskopia_2026-11-26.json` for one remiss.
 */
import { exportFileName } from '../export/fileName.ts';

export function backupFileName(date: Date | string, title?: string): string {
  return title
    ? exportFileName(title, date, 'sakerhetskopia', 'json')
    : exportFileName('remissradar-sakerhetskopia', date, '', 'json');
}
