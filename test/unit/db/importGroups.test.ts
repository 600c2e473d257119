import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { countStanceConflicts, getHistory, loadRecords, saveImport, setOverride, type ImportItem } from '../../../src/lib/db/index.ts';
import { respondentKey } from '../../../src/lib/domain/normalize.ts';
import { consultation, freshDb, item } from './helpers.ts';

const remiss = (title: string, reference?: string) => consultation({ title, reference, themes: [], recipients: [] });
const inGroup = (it: ImportItem, group: number): ImportItem => ({ ...it, group });

describe('saveImport of a file naming several remisser', () => {
  it('files each row under its own remiss, the same nämnd once per remiss, in one file', async () => {
    const db = freshDb();
    const groups = [remiss('Trafikplan', 'KS 2024/1'), remiss('Budget 2025'), remiss('Kulturstrategi')];
    const items = [
      inGroup(item('Idrottsnämnden', 'Avstyrker trafikplanen.', 'opposing'), 0),
      inGroup(item('Idrottsnämnden', 'Tillstyrker budgeten.', 'supporting'), 1),
      inGroup(item('Kulturnämnden', 'Tillstyrker budgeten.', 'supporting'), 1),
      inGroup(item('Idrottsnämnden', 'Inga synpunkter.', 'none'), 2),
    ];
    const r = await saveImport(db, { consultation: groups[0], groups, file: 'diarium.csv', items });
    expect(r).toMatchObject({ added: 4, changed: 0 });
    expect(r.consultations?.map((c) => [c.title, c.added])).toEqual([['Trafikplan', 1], ['Budget 2025', 2], ['Kulturstrategi', 1]]);
    const stored = await db.consultations.toArray();
    expect(stored.map((c) => c.title)).toEqual(['Trafikplan', 'Budget 2025', 'Kulturstrategi']);
    const perRemiss = await Promise.all(r.groupIds!.map((id) => loadRecords(db, id)));
    expect(perRemiss.map((rs) => rs.map((x) => [x.respondent, x.classification.stance]))).toEqual([
      [['Idrottsnämnden', 'opposing']],
      [['Idrottsnämnden', 'supporting'], ['Kulturnämnden', 'supporting']],
      [['Idrottsnämnden', 'none']],
    ]);
    const log = await db.importLog.toArray();
    expect(log.map((l) => [l.consultationId, l.added])).toEqual(r.groupIds!.map((id, i) => [id, [1, 2, 1][i]]));

    // Again, with the remisser now stored (matched by id): unchanged, nothing duplicated.
    const again = await saveImport(db, { consultation: { ...groups[0], id: r.groupIds![0] }, groups: r.groupIds!.map((id, i) => ({ ...groups[i], id })), file: 'diarium.csv', items });
    expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 4 });
    expect(await db.responses.count()).toBe(4);
    expect(await db.consultations.count()).toBe(3);
  });

  it('creates a remiss named twice in the groups once', async () => {
    const db = freshDb();
    const groups = [remiss('Trafikplan'), remiss('Trafikplan')];
    const r = await saveImport(db, { consultation: groups[0], groups, file: 'a.csv', items: [inGroup(item('A-nämnden', 'x'), 0), inGroup(item('B-nämnden', 'y'), 1)] });
    expect(await db.consultations.count()).toBe(1);
    expect(r.groupIds![0]).toBe(r.groupIds![1]);
  });
});

describe("a stance column against a person's override", () => {
  async function withOverride() {
    const db = freshDb();
    const first = await saveImport(db, { consultation: consultation(), file: 'a.csv', items: [item('Bromma', 'Text', 'supporting', { importedStance: 'supporting' })] });
    const [rec] = await loadRecords(db, first.consultationId);
    await setOverride(db, rec.id!, null, 'opposing', 'Läst beslutet', 'KL');
    return { db, id: first.consultationId, recId: rec.id! };
  }

  it("keeps the person's override by default and counts the difference", async () => {
    const { db, id, recId } = await withOverride();
    const r = await saveImport(db, { consultation: { ...consultation(), id }, file: 'b.csv', items: [item('Bromma', 'Text', 'supporting', { importedStance: 'conditional' })] });
    expect(r.keptOverrides).toBe(1);
    const [rec] = await loadRecords(db, id);
    expect(rec.overrides.overall).toMatchObject({ stance: 'opposing', initials: 'KL' });
    expect((await getHistory(db, recId)).filter((h) => h.type === 'override')).toHaveLength(2);
  });

  it('lets the file win when the person chose so', async () => {
    const { db, id } = await withOverride();
    const r = await saveImport(db, { consultation: { ...consultation(), id }, stancePolicy: 'file', file: 'b.csv', items: [item('Bromma', 'Text', 'supporting', { importedStance: 'conditional' })] });
    expect(r.keptOverrides).toBe(0);
    expect((await loadRecords(db, id))[0].overrides.overall).toMatchObject({ stance: 'conditional' });
  });

  it('counts conflicts for the preview: only a differing stance over a manual override', async () => {
    const { db, id } = await withOverride();
    const stored = new Map((await loadRecords(db, id)).map((r) => [r.respondentKey, r]));
    const rows = [
      { respondent: 'bromma', importedStance: 'conditional' as const },
      { respondent: 'Bromma', importedStance: 'opposing' as const },
      { respondent: 'Bromma' },
      { respondent: 'Kista', importedStance: 'none' as const },
    ];
    expect(countStanceConflicts(rows, stored)).toBe(1);
    expect(stored.has(respondentKey('Bromma'))).toBe(true);
  });
});
