import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteConsultation, getHistory, loadRecords, reclassify, saveImport, setOverride, setReviewed } from '../../../src/lib/db/index.ts';
import { cls, consultation, freshDb, item, many } from './helpers.ts';

describe('reclassify', () => {
  it('updates classifications only; overrides and reviewed stay', async () => {
    const db = freshDb();
    const items = [item('A', 'avstyrker', 'supporting', { decision: 'Avstyrker', themeTexts: { Påverkan: 'mer' } }), ...many(30)];
    const { consultationId } = await saveImport(db, { consultation: consultation(), file: 'a.csv', items });
    const [a] = await loadRecords(db, consultationId);
    await setOverride(db, a.id!, null, 'conditional', 'r', 'AB');
    await setReviewed(db, a.id!, true, 'AB');
    const seen: unknown[] = [];
    const res = await reclassify(db, consultationId, (text, decision, themeTexts, themes) => {
      seen.push([text, decision, themeTexts, themes.map((t) => t.name)]);
      return cls(text.includes('avstyrker') ? 'opposing' : 'supporting');
    }, { chunkSize: 7 });
    expect(res).toEqual({ total: 31, changed: 1 });
    expect(seen[0]).toEqual(['avstyrker', 'Avstyrker', { Påverkan: 'mer' }, ['Påverkan']]);
    const after = (await db.responses.get(a.id!))!;
    expect(after.classification.stance).toBe('opposing');
    expect(after.overrides.overall?.stance).toBe('conditional');
    expect(after.reviewed).toBe(true);
    expect((await getHistory(db, a.id!)).at(-1)).toMatchObject({ type: 'reclassified', details: { from: 'supporting', to: 'opposing' } });
  });
});

describe('deleteConsultation', () => {
  it('cascades over every table and leaves other remisser alone', async () => {
    const db = freshDb();
    const a = await saveImport(db, { consultation: consultation(), file: 'a.csv', items: many(10) });
    const b = await saveImport(db, { consultation: consultation({ title: 'Annan remiss' }), file: 'b.csv', items: many(5) });
    const [r] = await loadRecords(db, a.consultationId);
    await setOverride(db, r.id!, null, 'none', '', 'AB');
    await deleteConsultation(db, a.consultationId);
    for (const t of db.allTables) {
      const rows = (await t.toArray()) as Array<{ consultationId?: number; id?: number }>;
      const belongs = (x: { consultationId?: number; id?: number }) => (t.name === 'consultations' ? x.id : x.consultationId) === a.consultationId;
      expect(rows.filter(belongs), t.name).toHaveLength(0);
    }
    expect(await loadRecords(db, b.consultationId)).toHaveLength(5);
    expect(await db.texts.count()).toBe(5);
  });
});
