import { RemissDb, type DbNotice } from './schema.ts';

export interface OpenOptions {
  /** Called with a notice the UI should show (its message: src/i18n, `db.notice.<code>`). */
  onNotice?: (notice: DbNotice) => void;
}

/**
 * Opens (lazily: Dexie opens on first use) the library. Works in the main thread and in
 * a worker. When a newer tab wants to upgrade the schema, this connection closes itself
 * so the upgrade is not blocked, and tells the UI to reload.
 */
export function openLibrary(name = 'remissradar', options: OpenOptions = {}): RemissDb {
  const db = new RemissDb(name);
  db.onNotice = options.onNotice;
  db.on('versionchange', () => {
    db.close();
    db.onNotice?.({ code: 'versionchange' });
    // Returning false stops Dexie's own default handling; we closed ourselves.
    return false;
  });
  db.on('blocked', () => {
    db.onNotice?.({ code: 'blocked' });
  });
  return db;
}
