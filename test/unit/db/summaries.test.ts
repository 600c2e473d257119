import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import {
  SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_VERSION, deleteConsultation, loadRecordsAt, loadSummary, openLibrary, saveImport,
  saveSummary, setOverride, setReviewed, type RemissDb,
} from '../../../src/lib/db/index.ts';
import { columnsSnapshot } from '../../../src/lib/aggregate/columnsSnapshot.ts';
import { recordColumns } from '../../../src/lib/aggregate/overviewData.ts';
import { consultation, freshDb, item } from './helpers.ts';

const THEMES = ['Påverkan'];

/** Loads the records with their generation and stores their summary, as the app does. */
async function summarise(db: RemissDb, id: number): Promise<boolean> {
  const { records, gen } = await loadRecordsAt(db, id);
  return saveSummary(db, id, columnsSnapshot(recordColumns(records), THEMES), gen);
}

async function twoRemisser(db: RemissDb) {
  const a = await saveImport(db, { consultation: consultation(), file: 'a.csv', items: [item('Bromma', 'A'), item('Kista', 'B', 'opposing')] });
  const b = await saveImport(db, { consultation: { ...consultation(), title: 'Annan remiss' }, file: 'b.csv', items: [item('Skarpnäck', 'C')] });
  return [a.consultationId, b.consultationId] as const;
}

describe('summaries', () => {
  it('stores the columns of the records they were read with', async () => {
    const db = freshDb();
    const [a] = await twoRemisser(db);
    expect(await loadSummary(db, a)).toBeUndefined();
    expect(await summarise(db, a)).toBe(true);
    const s = await loadSummary(db, a);
    expect(s?.n).toBe(2);
    expect([...s!.flags].map((f) => f & 3)).toEqual([0, 2]); // supporting, opposing
    expect(s!.themes).toEqual(THEMES);
    expect(s!.codes).toHaveLength(2);
  });

  it.each([
    ['an override', async (db: RemissDb, id: number) => setOverride(db, (await loadRecordsAt(db, id)).records[0].id!, null, 'none', 'Läst', 'AB')],
    ['a review mark', async (db: RemissDb, id: number) => setReviewed(db, (await loadRecordsAt(db, id)).records[0].id!, true, 'AB')],
    ['a re-import', async (db: RemissDb) => saveImport(db, { consultation: consultation(), file: 'c.csv', items: [item('Bromma', 'A ändrad')] })],
    ['a direct modify', async (db: RemissDb, id: number) => db.responses.where('consultationId').equals(id).modify((r) => void (r.reviewed = true))],
  ])('drops the summary of the remiss %s touches, in the same transaction', async (_, write) => {
    const db = freshDb();
    const [a, b] = await twoRemisser(db);
    await summarise(db, a);
    await summarise(db, b);
    await write(db, a);
    expect(await loadSummary(db, a)).toBeUndefined();
    expect((await loadSummary(db, b))?.n).toBe(1);
  });

  it('drops every summary when records are deleted by key', async () => {
    const db = freshDb();
    const [a, b] = await twoRemisser(db);
    await summarise(db, a);
    await summarise(db, b);
    await deleteConsultation(db, b);
    expect(await loadSummary(db, a)).toBeUndefined();
    expect(await loadSummary(db, b)).toBeUndefined();
    expect(await summarise(db, a)).toBe(true);
  });

  it('refuses a summary of records read before a later write', async () => {
    const db = freshDb();
    const [a] = await twoRemisser(db);
    const { records, gen } = await loadRecordsAt(db, a);
    await setReviewed(db, records[0].id!, true, 'AB');
    expect(await saveSummary(db, a, columnsSnapshot(recordColumns(records), THEMES), gen)).toBe(false);
    expect(await loadSummary(db, a)).toBeUndefined();
    expect(await summarise(db, a)).toBe(true);
  });

  it('keeps its own transaction atomic: a write that fails leaves the summary in place', async () => {
    const db = freshDb();
    const [a] = await twoRemisser(db);
    await summarise(db, a);
    await expect(
      db.transaction('rw', db.responses, async () => {
        await db.responses.where('consultationId').equals(a).modify((r) => void (r.reviewed = true));
        throw new Error('avbruten');
      }),
    ).rejects.toThrow('avbruten');
    expect((await loadSummary(db, a))?.n).toBe(2);
  });
});

describe('v5 -> v6 migration', () => {
  it('opens a v5 library with its records intact and no summaries, and summarises it on first load', async () => {
    const name = `migrate-v6-${Math.random()}`;
    const v5 = new Dexie(name);
    v5.version(1).stores(SCHEMA_V1);
    v5.version(2).stores(SCHEMA_V2);
    v5.version(3).stores(SCHEMA_V3);
    v5.version(4).stores(SCHEMA_V4);
    v5.version(5).stores(SCHEMA_V5);
    const cid = (await v5.table('consultations').add({ title: 'Remiss', themes: [{ name: 'Påverkan', keywords: [] }], recipients: [] })) as number;
    // A record as v5 stored it (unpacked records read back unchanged; see packRecord.ts).
    await v5.table('responses').add({
      consultationId: cid, respondent: 'Bromma', respondentKind: 'stadsdelsnamnd', respondentKey: 'bromma',
      classification: { stance: 'opposing', confidence: 0.9, themes: {}, explanation: '', disagreement: false, needsReview: false },
      overrides: { themes: {} }, importedAt: '2025-01-01', updatedAt: '2025-01-01',
    });
    v5.close();
    const db = openLibrary(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.summaries.count()).toBe(0);
    const { records } = await loadRecordsAt(db, cid);
    expect(records.map((r) => r.respondent)).toEqual(['Bromma']);
    expect(await summarise(db, cid)).toBe(true);
    expect([...(await loadSummary(db, cid))!.flags].map((f) => f & 3)).toEqual([2]);
    db.close();
  });
});
