import { RemissDb, type DbNotice } from './schema.ts';

export const NOTICE_MESSAGES: Record<DbNotice['code'], string> = {
  versionchange:
    'Remissradar har uppdaterats i en annan flik. Ladda om sidan för att fortsätta; ' +
    'det du har sparat finns kvar.',
  blocked:
    'Remissradar behöver uppdatera sin lokala databas, men en annan flik med Remissradar ' +
    'håller den öppen. Stäng andra flikar med Remissradar så fortsätter uppdateringen.',
};

export interface OpenOptions {
  /** Called with a Swedish message the UI should show. */
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
    db.onNotice?.({ code: 'versionchange', message: NOTICE_MESSAGES.versionchange });
    // Returning false stops Dexie's own default handling; we closed ourselves.
    return false;
  });
  db.on('blocked', () => {
    db.onNotice?.({ code: 'blocked', message: NOTICE_MESSAGES.blocked });
  });
  return db;
}
