import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  exportBackup, getHistory, loadRecords, planRestoreMerge, restoreBackup, saveImport, setOverride, setReviewed, validateBackup,
  type BackupFile, type RemissDb,
} from '../../../src/lib/db/index.ts';
import { consultation, freshDb, item, many, snapshot } from './helpers.ts';

const viaJson = (b: BackupFile): BackupFile => {
  const v = validateBackup(JSON.parse(JSON.stringify(b)));
  if (!v.ok) throw new Error(v.errors.join('\n'));
  return v.backup;
};
const byName = async (db: RemissDb, id: number) => new Map((await loadRecords(db, id)).map((r) => [r.respondent, r]));

/**
 * Two colleagues start from one shared backup (a decision on Bromma by AL), then work
 * apart: she (here) sets Bromma to Avstyrker; he (there) sets it to Tillstyrker med
 * villkor, sets Påverkan for Nämnd 1, reviews Nämnd 2 and imports one more yttrande.
 */
async function twoColleagues() {
  const here = freshDb();
  const { consultationId } = await saveImport(here, { consultation: consultation(), file: 'a.csv', items: [item('Bromma', 'Text A'), ...many(3)] });
  const mine = await byName(here, consultationId);
  await setOverride(here, mine.get('Bromma')!.id!, null, 'supporting', 'Beslutet', 'AL');
  const shared = viaJson(await exportBackup(here));

  const there = freshDb();
  const [{ consultationId: theirId }] = (await restoreBackup(there, shared, { onConflict: 'ask' })).restored;
  await saveImport(there, { consultation: consultation(), file: 'b.csv', items: [item('Kulturnämnden', 'Text K', 'opposing')] });
  const theirs = await byName(there, theirId);
  await setOverride(there, theirs.get('Bromma')!.id!, null, 'conditional', 'Villkoret om resurser', 'KL');
  await setOverride(there, theirs.get('Nämnd 1')!.id!, 'Påverkan', 'opposing', 'Stycke två', 'KL');
  await setReviewed(there, theirs.get('Nämnd 2')!.id!, true, 'KL');

  await setOverride(here, mine.get('Bromma')!.id!, null, 'opposing', 'Läste om', 'AL');
  return { here, consultationId, backup: viaJson(await exportBackup(there)) };
}

describe('merging a colleague\'s backup of the same remiss', () => {
  it('finds the one conflict: both changed Bromma\'s overall stance, differently', async () => {
    const { here, backup } = await twoColleagues();
    const conflicts = await planRestoreMerge(here, backup);
    expect(conflicts.map((c) => [c.respondent, c.theme, c.mine?.stance, c.theirs?.stance, c.mine?.initials, c.theirs?.initials])).toEqual([
      ['Bromma', null, 'opposing', 'conditional', 'AL', 'KL'],
    ]);
  });

  it('refuses to merge while a conflict is undecided, and changes nothing', async () => {
    const { here, backup } = await twoColleagues();
    const before = await snapshot(here);
    await expect(restoreBackup(here, backup, { onConflict: 'merge', choices: {}, initials: 'MB' })).rejects.toMatchObject({ code: 'db.merge-undecided', params: { n: expect.any(Number) } });
    expect(await snapshot(here)).toEqual(before);
  });

  for (const [choice, want] of [['theirs', 'conditional'], ['mine', 'opposing']] as const) {
    it(`keeps ${choice === 'mine' ? 'my' : 'the colleague\'s'} stance when chosen; both decisions stay in the history`, async () => {
      const { here, consultationId, backup } = await twoColleagues();
      const [c] = await planRestoreMerge(here, backup);
      const res = await restoreBackup(here, backup, { onConflict: 'merge', choices: { [c.id]: choice }, initials: 'MB' });
      expect(res.merged).toEqual([{ title: consultation().title, consultationId, changed: 3, added: 1, decided: 1 }]);
      const after = await byName(here, consultationId);
      expect(after.get('Bromma')!.overrides.overall).toMatchObject({ stance: want, initials: 'MB' });
      const log = await getHistory(here, after.get('Bromma')!.id!);
      const overrides = log.filter((e) => e.type === 'override').map((e) => [e.initials, e.details.stance, e.details.merged]);
      expect(overrides).toEqual([
        ['AL', 'supporting', undefined],
        ['AL', 'opposing', undefined],
        ['KL', 'conditional', undefined],
        ['MB', want, choice],
      ]);
    });
  }

  it('takes what only the colleague did without asking: a theme stance, a review mark, a new yttrande', async () => {
    const { here, consultationId, backup } = await twoColleagues();
    const [c] = await planRestoreMerge(here, backup);
    await restoreBackup(here, backup, { onConflict: 'merge', choices: { [c.id]: 'mine' }, initials: 'MB' });
    const after = await byName(here, consultationId);
    expect(after.get('Nämnd 1')!.overrides.themes['Påverkan']).toMatchObject({ stance: 'opposing', initials: 'KL', reason: 'Stycke två' });
    expect(after.get('Nämnd 2')!).toMatchObject({ reviewed: true, reviewedBy: 'KL' });
    expect(after.get('Kulturnämnden')).toBeDefined();
    expect(after.size).toBe(5);
    expect((await loadRecords(here, consultationId)).filter((r) => r.respondent === 'Nämnd 0')[0].overrides).toEqual({ themes: {} });
  });

  it('merging the same backup again changes nothing and asks nothing', async () => {
    const { here, backup } = await twoColleagues();
    const [c] = await planRestoreMerge(here, backup);
    await restoreBackup(here, backup, { onConflict: 'merge', choices: { [c.id]: 'theirs' }, initials: 'MB' });
    const before = await snapshot(here);
    expect(await planRestoreMerge(here, backup)).toEqual([]);
    const again = await restoreBackup(here, backup, { onConflict: 'merge', initials: 'MB' });
    expect(again.merged[0]).toMatchObject({ changed: 0, added: 0, decided: 0 });
    expect(await snapshot(here)).toEqual(before);
  });
});

describe('restore with reactive proxies', () => {
  /** A deep Proxy, as a UI framework's reactive state wraps objects: IndexedDB cannot clone it. */
  const deepProxy = <T extends object>(o: T): T =>
    new Proxy(o, { get: (t, k, r) => { const v = Reflect.get(t, k, r); return v && typeof v === 'object' ? deepProxy(v) : v; } });

  it('stores the remiss even when the caller hands it over wrapped in a proxy', async () => {
    const db = freshDb();
    await saveImport(db, { consultation: consultation(), file: 'a.csv', items: many(2) });
    const backup = viaJson(await exportBackup(db));
    const target = freshDb();
    const wrapped: BackupFile = { ...backup, consultations: backup.consultations.map((c) => ({ ...c, consultation: deepProxy(c.consultation) })) };
    expect(() => structuredClone(wrapped.consultations[0].consultation)).toThrow();
    const res = await restoreBackup(target, wrapped, { onConflict: 'ask' });
    expect(res.restored).toHaveLength(1);
    expect((await target.consultations.toArray())[0].themes).toEqual(consultation().themes);
  });
});
