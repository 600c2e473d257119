import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  exportBackup, getHistory, loadRecords, restoreBackup, saveImport, setOverride, setReviewed, undoLast, validateBackup,
  type BackupFile, type RemissDb,
} from '../../../src/lib/db/index.ts';
import { consultation, freshDb, item, many, snapshot } from './helpers.ts';

async function filled(): Promise<{ db: RemissDb; consultationId: number }> {
  const db = freshDb();
  const items = [item('Bromma', 'Text A', 'supporting', { importedStance: 'opposing', themeTexts: { Påverkan: 'p' } }), ...many(20)];
  const { consultationId } = await saveImport(db, { consultation: consultation(), file: 'a.csv', items });
  await saveImport(db, { consultation: consultation({ title: 'Andra remissen', reference: undefined }), file: 'b.csv', items: many(3) });
  const [a, b] = await loadRecords(db, consultationId);
  await setOverride(db, b.id!, 'Påverkan', 'conditional', 'Villkor om samverkan', 'AB');
  await setOverride(db, b.id!, null, 'none', 'x', 'AB');
  await undoLast(db, b.id!);
  await setReviewed(db, a.id!, true, 'CD');
  return { db, consultationId };
}

/** JSON round trip, as a file would make it. */
const viaJson = (b: BackupFile): unknown => JSON.parse(JSON.stringify(b));
/**
 * For comparing two exports: the time differs, and history ids may too (the original
 * interleaves remisser, a restore writes one remiss at a time), so history ids become
 * positions and undo links point at positions.
 */
const comparable = (b: BackupFile) => ({
  ...b,
  exportedAt: '',
  consultations: b.consultations.map((c) => {
    const pos = new Map(c.history.map((h, i) => [h.id, i]));
    const history = c.history.map((h) => ({ ...h, id: pos.get(h.id), details: { ...h.details, undoneEventId: pos.get(h.details.undoneEventId) } }));
    return { ...c, history };
  }),
});

describe('backup', () => {
  it('round-trips: export -> JSON -> validate -> restore into a fresh db -> same data', async () => {
    const { db } = await filled();
    const backup = await exportBackup(db);
    expect(backup.consultations).toHaveLength(2);
    const checked = validateBackup(viaJson(backup));
    if (!checked.ok) throw new Error(checked.errors.join('\n'));
    const target = freshDb();
    const res = await restoreBackup(target, checked.backup, { onConflict: 'ask' });
    expect(res.conflicts).toEqual([]);
    expect(res.restored).toHaveLength(2);
    // A fresh db hands out the same response and override ids, so the copies compare equal.
    expect(comparable(viaJson(await exportBackup(target)) as BackupFile)).toEqual(comparable(viaJson(backup) as BackupFile));
    const [b] = (await loadRecords(target, res.restored[0].consultationId)).slice(1);
    // Undo still works on restored history: the links were remapped.
    expect(b.overrides.themes['Påverkan'].stance).toBe('conditional');
    const after = await undoLast(target, b.id!);
    expect(after!.overrides.themes['Påverkan']).toBeUndefined();
  });

  it("with 'ask' and a conflict it changes nothing and lists the conflict", async () => {
    const { db, consultationId } = await filled();
    const backup = await exportBackup(db, consultationId);
    const before = await snapshot(db);
    const res = await restoreBackup(db, backup, { onConflict: 'ask' });
    expect(res.conflicts).toEqual([{ index: 0, title: consultation().title, reference: 'KS 2016/1234', existingId: consultationId }]);
    expect(res.restored).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
  });

  it("'skip', 'copy' and 'replace' do what they say", async () => {
    const { db, consultationId } = await filled();
    const backup = await exportBackup(db, consultationId);
    expect((await restoreBackup(db, backup, { onConflict: 'skip' })).skipped).toEqual([consultation().title]);
    expect(await db.consultations.count()).toBe(2);

    const copy = await restoreBackup(db, backup, { onConflict: 'copy' });
    expect(copy.restored[0].title).toBe(`${consultation().title} (kopia)`);
    expect(await loadRecords(db, copy.restored[0].consultationId)).toHaveLength(21);
    const copy2 = await restoreBackup(db, backup, { onConflict: 'copy' });
    expect(copy2.restored[0].title).toBe(`${consultation().title} (kopia)`.replace('(kopia)', '(kopia 2)'));

    // Change the stored one, then replace it from the backup: the change is gone, id kept.
    const [a] = await loadRecords(db, consultationId);
    await setOverride(db, a.id!, null, 'supporting', 'ändrad', 'EF');
    const replaced = await restoreBackup(db, backup, { onConflict: 'replace' });
    expect(replaced.restored[0].consultationId).toBe(consultationId);
    const [a2] = await loadRecords(db, consultationId);
    expect(a2.overrides.overall?.stance).toBe('opposing');
    expect(await loadRecords(db, consultationId)).toHaveLength(21);
    expect((await getHistory(db, a2.id!)).map((h) => h.type)).toEqual(['imported', 'override', 'reviewed']);
  });
});
