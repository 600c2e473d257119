import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { SCHEMA_V1, getHistory, openLibrary, saveImport, textHash, undoLast } from '../../../src/lib/db/index.ts';
import { cls } from './helpers.ts';

describe('v1 -> v2 migration', () => {
  it('keeps every row, fills textLength/textHash, links overrides, seeds history', async () => {
    const name = `migrate-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const at = '2024-05-01T10:00:00.000Z';
    const cid = (await v1.table('consultations').add({ title: 'Gammal remiss', reference: 'KS 1', themes: [], recipients: ['Bromma'] })) as number;
    const rec = (respondent: string) => ({
      consultationId: cid, respondent, respondentKind: 'stadsdelsnamnd', respondentKey: respondent.toLowerCase(),
      classification: cls('supporting'), overrides: { themes: {} }, reviewed: false, importedAt: at, updatedAt: at,
    });
    const [r1, r2] = (await v1.table('responses').bulkAdd([rec('Bromma'), rec('Kista')], { allKeys: true })) as number[];
    await v1.table('texts').bulkAdd([
      { responseId: r1, consultationId: cid, text: 'Nämnden tillstyrker.' },
      { responseId: r2, consultationId: cid, text: 'Nämnden avstyrker.' },
    ]);
    const info = { stance: 'opposing', reason: 'Läst', initials: 'AB', at: '2024-05-02T10:00:00.000Z' };
    await v1.table('overrides').add({ responseId: r2, theme: null, ...info });
    await v1.table('responses').update(r2, { 'overrides.overall': info });
    await v1.table('importLog').add({ consultationId: cid, file: 'gammal.csv', at, added: 2, changed: 0, unchanged: 0, bad: 0 });
    v1.close();

    const db = openLibrary(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.consultations.count()).toBe(1);
    expect(await db.importLog.count()).toBe(1);
    const records = await db.responses.orderBy('id').toArray();
    expect(records.map((r) => [r.respondent, r.textLength, r.textHash])).toEqual([
      ['Bromma', 20, textHash('Nämnden tillstyrker.')],
      ['Kista', 18, textHash('Nämnden avstyrker.')],
    ]);
    expect(records[1].overrides.overall).toEqual(info);
    expect(await db.texts.count()).toBe(2);
    expect((await db.overrides.where('consultationId').equals(cid).toArray())).toHaveLength(1);
    expect(await db.responses.where('respondentKind').equals('stadsdelsnamnd').count()).toBe(2);
    const h = await getHistory(db, r2);
    expect(h.map((e) => [e.type, e.details.migrated])).toEqual([['imported', true], ['override', true]]);

    // The migrated data works: a re-import sees the text as unchanged, undo reverts the override.
    const again = await saveImport(db, {
      consultation: { title: 'Gammal remiss', reference: 'KS 1', themes: [], recipients: [] },
      file: 'igen.csv',
      items: [{ response: { respondent: 'Kista', respondentKind: 'stadsdelsnamnd', text: 'Nämnden avstyrker.' }, classification: cls('opposing') }],
    });
    expect(again).toMatchObject({ consultationId: cid, unchanged: 1, added: 0 });
    expect((await undoLast(db, r2))!.overrides.overall).toBeUndefined();
    db.close();
  });
});
