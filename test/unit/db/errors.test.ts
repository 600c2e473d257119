import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { SCHEMA_VERSION, describeDbError, errorMessage, openLibrary, requestPersistence, type DbNotice } from '../../../src/lib/db/index.ts';
import { CodedError } from '../../../src/lib/domain/message.ts';
import { ExportError } from '../../../src/lib/export/errors.ts';

const named = (name: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(`${name} happened`), { name }, extra);

describe('describeDbError', () => {
  it('recognises quota, also wrapped in an AbortError or a BulkError', () => {
    expect(describeDbError(new DOMException('full', 'QuotaExceededError')).code).toBe('quota');
    expect(describeDbError(named('AbortError', { inner: new DOMException('full', 'QuotaExceededError') })).code).toBe('quota');
    expect(describeDbError(new Dexie.AbortError('aborted', new DOMException('full', 'QuotaExceededError'))).code).toBe('quota');
    expect(describeDbError(new Dexie.QuotaExceededError('full')).code).toBe('quota');
    expect(describeDbError(named('BulkError', { failures: [named('QuotaExceededError')] })).code).toBe('quota');
    expect(describeDbError(named('AbortError', { target: { error: named('QuotaExceededError') } })).code).toBe('quota');
  });

  it('recognises a newer schema in another tab', () => {
    const d = describeDbError(named('VersionError'));
    expect(d).toEqual({ code: 'version', detail: 'VersionError: VersionError happened' });
    expect(describeDbError(new Dexie.OpenFailedError('open', named('VersionError'))).code).toBe('version');
    expect(describeDbError(new Dexie.DatabaseClosedError()).code).toBe('version');
  });

  it('recognises a blocked upgrade', () => {
    expect(describeDbError(named('BlockedError')).code).toBe('blocked');
  });

  it('recognises unavailable storage (private mode, no IndexedDB)', () => {
    expect(describeDbError(new Dexie.MissingAPIError()).code).toBe('unavailable');
    expect(describeDbError(new Dexie.OpenFailedError('open', new DOMException('x', 'InvalidStateError'))).code).toBe('unavailable');
    expect(describeDbError(named('SecurityError')).code).toBe('unavailable');
  });

  it('falls back to unknown', () => {
    for (const e of [named('ConstraintError'), 'text', undefined, 42, named('AbortError')]) expect(describeDbError(e).code).toBe('unknown');
  });

  it('errorMessage: a coded error keeps its code, an export error is export.<code>, the rest are storage errors', () => {
    expect(errorMessage(new CodedError('db.consultation-gone', { id: 3 }))).toEqual({ code: 'db.consultation-gone', params: { id: 3 } });
    expect(errorMessage(new ExportError('png-failed', { kind: 'canvas' }))).toEqual({ code: 'export.png-failed', params: { kind: 'canvas' } });
    expect(errorMessage(named('QuotaExceededError'))).toEqual({ code: 'db.quota', params: {} });
    expect(errorMessage(new Error('?'))).toEqual({ code: 'db.unknown', params: {} });
  });
});

describe('storage safety', () => {
  it('an open connection closes itself when a newer version wants to upgrade, and tells the UI', async () => {
    const name = `vc-${Math.random()}`;
    const notices: DbNotice[] = [];
    const db = openLibrary(name, { onNotice: (n) => notices.push(n) });
    await db.open();
    const newer = new Dexie(name);
    newer.version(30).stores({ other: '++id' });
    await newer.open(); // would hang (blocked) if the old connection stayed open
    expect(notices).toEqual([{ code: 'versionchange' }]);
    expect(db.isOpen()).toBe(false);
    newer.close();
  });

  it('tells the UI when its upgrade is blocked by an old connection that stays open', async () => {
    const name = `blocked-${Math.random()}`;
    // A raw connection at version 1 (v1 * 10 in Dexie's numbering) that ignores versionchange.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 10);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const notices: DbNotice[] = [];
    const db = openLibrary(name, { onNotice: (n) => notices.push(n) });
    const opening = db.open();
    await new Promise((r) => setTimeout(r, 50));
    expect(notices).toEqual([{ code: 'blocked' }]);
    old.close();
    await opening;
    expect(db.verno).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('requestPersistence is safe where navigator.storage is missing', async () => {
    const r = await requestPersistence();
    expect(typeof r.persisted).toBe('boolean');
  });
});
