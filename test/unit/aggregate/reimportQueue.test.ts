import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportBackup, getHistory, loadRecords, restoreBackup, saveImport, setReviewed, undoLast, validateBackup } from '../../../src/lib/db/index.ts';
import { reviewQueue } from '../../../src/lib/aggregate/reviewQueue.ts';
import { REVIEW_THRESHOLD } from '../../../src/lib/classify/reviewThreshold.ts';
import { consultation, freshDb, item as anyItem } from '../db/helpers.ts';

/** An item the machine is sure of: above the trained threshold, whatever it is today. */
const item = (...args: Parameters<typeof anyItem>) => {
  const it = anyItem(...args);
  return { ...it, classification: { ...it.classification, confidence: (REVIEW_THRESHOLD + 1) / 2 } };
};

/** A remiss whose one yttrande (confident: not queued by the machine) a person marked reviewed. */
async function reviewedOne() {
  const db = freshDb();
  const { consultationId } = await saveImport(db, { consultation: consultation(), file: 'a.csv', items: [item('Bromma', 'Gammal text', 'supporting', { decision: 'Tillstyrker' })] });
  const [rec] = await loadRecords(db, consultationId);
  await setReviewed(db, rec.id!, true, 'AB');
  const reimport = (text: string, decision: string) =>
    saveImport(db, { consultation: { ...consultation(), id: consultationId }, file: 'b.csv', items: [item('Bromma', text, 'supporting', { decision })] });
  const queue = async () => reviewQueue(await loadRecords(db, consultationId)).map((q) => q.reasons);
  return { db, consultationId, id: rec.id!, reimport, queue };
}

describe('re-import and the review queue', () => {
  it('a reviewed yttrande is not queued; a changed text puts it back with the reason textChanged', async () => {
    const r = await reviewedOne();
    expect(await r.queue()).toEqual([]);
    await r.reimport('Ny text', 'Tillstyrker');
    expect(await r.queue()).toEqual([['textChanged']]);
  });

  it('a changed decision has its own reason, and both together give both', async () => {
    const a = await reviewedOne();
    await a.reimport('Gammal text', 'Avstyrker');
    expect(await a.queue()).toEqual([['decisionChanged']]);
    const b = await reviewedOne();
    await b.reimport('Ny text', 'Avstyrker');
    expect(await b.queue()).toEqual([['textChanged', 'decisionChanged']]);
  });

  it('an unchanged re-import leaves it reviewed and out of the queue', async () => {
    const r = await reviewedOne();
    await r.reimport('Gammal text', 'Tillstyrker');
    const [rec] = await loadRecords(r.db, r.consultationId);
    expect(rec).toMatchObject({ reviewed: true, reviewedBy: 'AB' });
    expect(rec.changedOnImport).toBeUndefined();
    expect(await r.queue()).toEqual([]);
  });

  it('undo after the re-import restores "granskad" (and who), and the yttrande leaves the queue', async () => {
    const r = await reviewedOne();
    await r.reimport('Ny text', 'Tillstyrker');
    const undone = await undoLast(r.db, r.id, 'AB');
    expect(undone).toMatchObject({ reviewed: true, reviewedBy: 'AB' });
    expect(undone!.changedOnImport).toBeUndefined();
    expect(await r.queue()).toEqual([]);
    const [rec] = await loadRecords(r.db, r.consultationId);
    expect(rec).toMatchObject({ reviewed: true, reviewedBy: 'AB' });
    expect((await getHistory(r.db, r.id)).map((h) => h.type)).toEqual(['imported', 'reviewed', 'reimported-changed', 'reviewed', 'undo']);
  });

  it('marking it reviewed clears the reason; undoing that puts the reason back', async () => {
    const r = await reviewedOne();
    await r.reimport('Ny text', 'Tillstyrker');
    await setReviewed(r.db, r.id, true, 'CD');
    expect((await loadRecords(r.db, r.consultationId))[0].changedOnImport).toBeUndefined();
    expect(reviewQueue(await loadRecords(r.db, r.consultationId), { includeReviewed: true })).toEqual([]);
    await undoLast(r.db, r.id, 'CD');
    const [rec] = await loadRecords(r.db, r.consultationId);
    expect(rec).toMatchObject({ reviewed: false, changedOnImport: 'text' });
    expect(await r.queue()).toEqual([['textChanged']]);
  });

  it('a backup keeps the reason', async () => {
    const r = await reviewedOne();
    await r.reimport('Ny text', 'Tillstyrker');
    const v = validateBackup(JSON.parse(JSON.stringify(await exportBackup(r.db))));
    if (!v.ok) throw new Error(v.errors.join('\n'));
    const target = freshDb();
    const res = await restoreBackup(target, v.backup, { onConflict: 'ask' });
    const [rec] = await loadRecords(target, res.restored[0].consultationId);
    expect(rec.changedOnImport).toBe('text');
    const h = (await getHistory(target, rec.id!)).at(-1)!;
    expect(h.details).toMatchObject({ previousReviewed: true });
  });
});
