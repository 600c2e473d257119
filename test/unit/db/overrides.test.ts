import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { clearOverride, getHistory, loadRecords, saveImport, setOverride, setReviewed, undoLast } from '../../../src/lib/db/index.ts';
import { consultation, freshDb, item } from './helpers.ts';

async function oneRecord() {
  const db = freshDb();
  const { consultationId } = await saveImport(db, { consultation: consultation(), file: 'a.csv', items: [item('Bromma', 'Text')] });
  const [rec] = await loadRecords(db, consultationId);
  return { db, id: rec.id! };
}

describe('overrides, review and undo', () => {
  it('sets, replaces and clears overrides, keeping the whole history', async () => {
    const { db, id } = await oneRecord();
    let r = await setOverride(db, id, null, 'opposing', 'Avstyrker i sak', 'AB');
    expect(r.overrides.overall).toMatchObject({ stance: 'opposing', reason: 'Avstyrker i sak', initials: 'AB' });
    r = await setOverride(db, id, null, 'conditional', 'Med villkor', 'CD');
    r = await setOverride(db, id, 'Påverkan', 'none', 'Nämns inte', 'CD');
    expect(r.overrides.overall?.stance).toBe('conditional');
    expect(r.overrides.themes['Påverkan'].stance).toBe('none');
    r = await clearOverride(db, id, null, 'CD');
    expect(r.overrides.overall).toBeUndefined();
    expect(r.overrides.themes['Påverkan'].stance).toBe('none');
    expect(await db.overrides.count()).toBe(4); // append-only
    const stored = (await db.responses.get(id))!;
    expect(stored.overrides).toEqual(r.overrides);
  });

  it('undo walks back override and review events in order', async () => {
    const { db, id } = await oneRecord();
    await setOverride(db, id, null, 'opposing', 'första', 'AB');
    await setOverride(db, id, null, 'none', 'andra', 'AB');
    await setReviewed(db, id, true, 'AB');
    let r = (await undoLast(db, id, 'AB'))!;
    expect(r.reviewed).toBe(false);
    expect(r.reviewedBy).toBeUndefined();
    expect(r.overrides.overall?.stance).toBe('none');
    r = (await undoLast(db, id))!;
    expect(r.overrides.overall?.stance).toBe('opposing');
    r = (await undoLast(db, id))!;
    expect(r.overrides.overall).toBeUndefined();
    expect(await undoLast(db, id)).toBeNull();
    const h = await getHistory(db, id);
    expect(h.map((e) => e.type)).toEqual(['imported', 'override', 'override', 'reviewed', 'undo', 'undo', 'undo']);
    expect(h.filter((e) => e.undone)).toHaveLength(3);
    expect(h[4].details.undoneEventId).toBe(h[3].id);
  });

  it('undo of a cleared override brings the override back', async () => {
    const { db, id } = await oneRecord();
    await setOverride(db, id, 'Påverkan', 'opposing', 'r', 'AB');
    await clearOverride(db, id, 'Påverkan', 'AB');
    const r = (await undoLast(db, id))!;
    expect(r.overrides.themes['Påverkan'].stance).toBe('opposing');
  });

  it('reports a missing yttrande by code', async () => {
    const { db } = await oneRecord();
    await expect(setOverride(db, 4242, null, 'none', '', 'AB')).rejects.toMatchObject({ code: 'db.response-gone', params: { id: 4242 } });
  });
});
