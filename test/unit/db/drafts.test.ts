import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_VERSION, deleteConsultation, deleteDraft, loadDraft, openLibrary, saveDraft } from '../../../src/lib/db/index.ts';
import { consultation, freshDb } from './helpers.ts';

describe('drafts', () => {
  it('saves, replaces, reads back and forgets the draft of a remiss', async () => {
    const db = freshDb();
    const id = (await db.consultations.add(consultation())) as number;
    expect(await loadDraft(db, id)).toBeUndefined();
    await saveDraft(db, { consultationId: id, format: 'text', text: 'Min text', base: 'Genererad' }, new Date('2026-01-02T03:04:05Z'));
    await saveDraft(db, { consultationId: id, format: 'markdown', text: 'Min andra text', base: 'Genererad' }, new Date('2026-01-02T03:04:06Z'));
    expect(await loadDraft(db, id)).toEqual({ consultationId: id, format: 'markdown', text: 'Min andra text', base: 'Genererad', updatedAt: '2026-01-02T03:04:06.000Z' });
    await deleteDraft(db, id);
    expect(await loadDraft(db, id)).toBeUndefined();
    db.close();
  });
  it('refuses a draft for a remiss that does not exist, storing nothing', async () => {
    const db = freshDb();
    await expect(saveDraft(db, { consultationId: 99, format: 'text', text: 'x', base: '' })).rejects.toThrow(/no remiss with id 99/);
    expect(await db.drafts.count()).toBe(0);
    db.close();
  });
  it('goes with its remiss when the remiss is deleted', async () => {
    const db = freshDb();
    const [a, b] = [(await db.consultations.add(consultation())) as number, (await db.consultations.add(consultation({ title: 'B' }))) as number];
    await saveDraft(db, { consultationId: a, format: 'text', text: 'A', base: '' });
    await saveDraft(db, { consultationId: b, format: 'text', text: 'B', base: '' });
    await deleteConsultation(db, a);
    expect((await db.drafts.toArray()).map((d) => d.text)).toEqual(['B']);
    db.close();
  });
});

describe('v4 -> v5 migration', () => {
  it('keeps every remiss and starts without drafts', async () => {
    const name = `migrate5-${Math.random()}`;
    const v4 = new Dexie(name);
    v4.version(1).stores(SCHEMA_V1);
    v4.version(2).stores(SCHEMA_V2);
    v4.version(3).stores(SCHEMA_V3);
    v4.version(4).stores(SCHEMA_V4);
    const cid = (await v4.table('consultations').add({ title: 'Remiss', themes: [], recipients: [] })) as number;
    v4.close();
    const db = openLibrary(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBe(6);
    expect((await db.consultations.get(cid))?.title).toBe('Remiss');
    expect(await db.drafts.count()).toBe(0);
    await saveDraft(db, { consultationId: cid, format: 'text', text: 'Ny', base: '' });
    expect((await loadDraft(db, cid))?.text).toBe('Ny');
    db.close();
  });
});
