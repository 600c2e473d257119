import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IMPORT_INITIALS, IMPORT_REASON, getHistory, loadRecords, loadText, saveImport, setOverride, setReviewed } from '../../../src/lib/db/index.ts';
import { consultation, freshDb, item, many } from './helpers.ts';

describe('saveImport', () => {
  it('counts new, changed and unchanged by text and decision', async () => {
    const db = freshDb();
    const first = await saveImport(db, { consultation: consultation(), file: 'a.csv', items: [item('Bromma', 'A'), item('Kista', 'B'), item('Skarpnäck', 'C')] });
    expect(first).toMatchObject({ added: 3, changed: 0, unchanged: 0, changedRespondents: [] });
    const second = await saveImport(db, {
      consultation: consultation(), // no id: matched by title + reference
      file: 'b.csv',
      items: [item('bromma', 'A'), item('Kista', 'B2'), item('Skarpnäck', 'C', 'supporting', { decision: 'Tillstyrker' }), item('Älvsjö', 'D')],
    });
    expect(second.consultationId).toBe(first.consultationId);
    expect(second).toMatchObject({ added: 1, changed: 2, unchanged: 1 });
    expect(second.changedRespondents.sort()).toEqual(['Kista', 'Skarpnäck']);
    expect(await loadRecords(db, first.consultationId)).toHaveLength(4);
    const log = await db.importLog.toArray();
    expect(log.map((l) => [l.file, l.added, l.changed, l.unchanged])).toEqual([['a.csv', 3, 0, 0], ['b.csv', 1, 2, 1]]);
  });

  it('re-import of a changed text updates in place, keeps overrides, and sends the yttrande back to review', async () => {
    const db = freshDb();
    const { consultationId } = await saveImport(db, { consultation: consultation(), file: 'a.csv', items: [item('Bromma', 'Gammal text')] });
    const [rec] = await loadRecords(db, consultationId);
    await setOverride(db, rec.id!, null, 'opposing', 'Läst noga', 'AB');
    await setOverride(db, rec.id!, 'Påverkan', 'conditional', 'Villkor', 'AB');
    await setReviewed(db, rec.id!, true, 'AB');
    const res = await saveImport(db, { consultation: { ...consultation(), id: consultationId }, file: 'b.csv', items: [item('Bromma', 'Ny text', 'none')] });
    expect(res).toMatchObject({ added: 0, changed: 1 });
    const [after] = await loadRecords(db, consultationId);
    expect(after.id).toBe(rec.id);
    expect(after.overrides.overall?.stance).toBe('opposing');
    expect(after.overrides.themes['Påverkan'].stance).toBe('conditional');
    expect(after.reviewed).toBe(false);
    expect(after.reviewedBy).toBeUndefined();
    expect(after.changedOnImport).toBe('text');
    expect(after.classification.stance).toBe('none');
    expect(await loadText(db, rec.id!)).toBe('Ny text');
    const history = await getHistory(db, rec.id!);
    expect(history.map((h) => h.type)).toEqual(['imported', 'override', 'override', 'reviewed', 'reimported-changed', 'reviewed']);
    expect(history.at(-1)?.details).toMatchObject({ file: 'b.csv', reviewed: false, previousReviewed: true, previousReviewedBy: 'AB' });
  });

  it('turns an imported stance into an override, once', async () => {
    const db = freshDb();
    const items = [item('Bromma', 'Text', 'supporting', { importedStance: 'opposing' })];
    const { consultationId } = await saveImport(db, { consultation: consultation(), file: 'a.csv', items });
    const [rec] = await loadRecords(db, consultationId);
    expect(rec.overrides.overall).toMatchObject({ stance: 'opposing', initials: IMPORT_INITIALS, reason: IMPORT_REASON });
    const rows = await db.overrides.toArray();
    expect(rows).toHaveLength(1);
    const h = await getHistory(db, rec.id!);
    expect(h[1]).toMatchObject({ type: 'override', details: { overrideId: rows[0].id, stance: 'opposing' } });
    // Same file again: same label, no second override.
    await saveImport(db, { consultation: consultation(), file: 'a.csv', items });
    expect(await db.overrides.count()).toBe(1);
    // A different label does add one.
    await saveImport(db, { consultation: consultation(), file: 'a.csv', items: [item('Bromma', 'Text', 'supporting', { importedStance: 'none' })] });
    expect((await loadRecords(db, consultationId))[0].overrides.overall?.stance).toBe('none');
  });

  it("re-importing the same label does not overwrite a person's later decision", async () => {
    const db = freshDb();
    const items = [item('Bromma', 'Text', 'supporting', { importedStance: 'opposing' })];
    const { consultationId } = await saveImport(db, { consultation: consultation(), file: 'a.csv', items });
    const [rec] = await loadRecords(db, consultationId);
    await setOverride(db, rec.id!, null, 'conditional', 'Läst om', 'AB');
    await saveImport(db, { consultation: consultation(), file: 'a.csv', items });
    expect((await loadRecords(db, consultationId))[0].overrides.overall).toMatchObject({ stance: 'conditional', initials: 'AB' });
  });

  it('treats a respondent repeated in one file as an update of its first row', async () => {
    const db = freshDb();
    const res = await saveImport(db, { consultation: consultation(), file: 'a.csv', items: [item('Bromma', 'A'), item('BROMMA ', 'B')] });
    expect(res).toMatchObject({ added: 1, changed: 1 });
    const recs = await loadRecords(db, res.consultationId);
    expect(recs).toHaveLength(1);
    expect(await loadText(db, recs[0].id!)).toBe('B');
  });

  it('stores thousands of rows in chunks, and re-imports them as unchanged', async () => {
    const db = freshDb();
    const items = many(3000);
    const res = await saveImport(db, { consultation: consultation(), file: 'big.csv', items }, { chunkSize: 700 });
    expect(res.added).toBe(3000);
    expect(await db.texts.count()).toBe(3000);
    const again = await saveImport(db, { consultation: consultation(), file: 'big.csv', items }, { chunkSize: 700 });
    expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 3000 });
  });

  it('creates a new remiss when title or reference differ', async () => {
    const db = freshDb();
    const a = await saveImport(db, { consultation: consultation(), file: 'a.csv', items: [item('Bromma', 'A')] });
    const b = await saveImport(db, { consultation: consultation({ reference: 'KS 2020/1' }), file: 'a.csv', items: [item('Bromma', 'A')] });
    expect(b.consultationId).not.toBe(a.consultationId);
    expect(b.added).toBe(1);
  });
});
