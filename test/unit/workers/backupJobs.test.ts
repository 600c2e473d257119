import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { BACKUP_LIMITS, loadRecords, openLibrary, saveImport, setOverride, type BackupLimits } from '../../../src/lib/db/index.ts';
import { BackupJobs } from '../../../src/workers/backupJobs.ts';
import type { FromBackupWorker, ToBackupWorker } from '../../../src/workers/backupProtocol.ts';
import { consultation, item, many } from '../db/helpers.ts';

let n = 0;
const dbName = () => `jobs-${Date.now()}-${++n}`;

/** The worker's logic with its messages collected; `ask` resolves with the final answer. */
function jobs(limits?: Partial<BackupLimits>) {
  const out: FromBackupWorker[] = [];
  const j = new BackupJobs((m) => out.push(m), { ...BACKUP_LIMITS, ...limits });
  return {
    out,
    async ask(m: ToBackupWorker): Promise<FromBackupWorker> {
      await j.handle(m);
      return out.filter((x) => x.type !== 'progress').at(-1)!;
    },
  };
}

async function library() {
  const name = dbName();
  const db = openLibrary(name);
  const { consultationId } = await saveImport(db, { consultation: consultation(), file: 'a.csv', items: [item('Bromma', 'Text A'), ...many(10)] });
  await saveImport(db, { consultation: consultation({ title: 'Andra', reference: undefined }), file: 'b.csv', items: many(3) });
  return { name, db, consultationId };
}

describe('backup worker jobs', () => {
  it('saves as a Blob and restores it in another library; the same library asks, then copies', async () => {
    const { name } = await library();
    const w = jobs();
    const saved = await w.ask({ type: 'save', jobId: 1, dbName: name });
    if (saved.type !== 'saved') throw new Error(JSON.stringify(saved));
    expect(saved).toMatchObject({ consultations: 2, responses: 14 });
    expect(JSON.parse(await saved.blob.text()).format).toBe('remissradar-backup');

    const other = dbName();
    const restored = await w.ask({ type: 'open', jobId: 2, dbName: other, file: saved.blob, name: 'b.json' });
    expect(restored.type).toBe('restored');
    expect(await openLibrary(other).responses.count()).toBe(14);

    const asked = await w.ask({ type: 'open', jobId: 3, dbName: name, file: saved.blob, name: 'b.json' });
    expect(asked).toMatchObject({ type: 'conflicts', total: 2 });
    const copied = await w.ask({ type: 'resolve', jobId: 3, policy: 'copy' });
    if (copied.type !== 'restored') throw new Error(JSON.stringify(copied));
    expect(copied.result.restored.map((r) => r.title)).toEqual([`${consultation().title} (kopia)`, 'Andra (kopia)']);
    // The backup is let go once answered.
    expect(await w.ask({ type: 'resolve', jobId: 3, policy: 'copy' })).toMatchObject({ type: 'failed', failure: { kind: 'gone' } });
  });

  it('merges after asking for each differing stance', async () => {
    const { name, db, consultationId } = await library();
    const w = jobs();
    const saved = await w.ask({ type: 'save', jobId: 1, dbName: name, consultationId });
    if (saved.type !== 'saved') throw new Error('not saved');
    // The colleague's file says one thing; here someone set another.
    const colleague = dbName();
    await w.ask({ type: 'open', jobId: 2, dbName: colleague, file: saved.blob, name: 'a.json' });
    const theirs = openLibrary(colleague);
    const [t0] = await loadRecords(theirs, (await theirs.consultations.toArray())[0].id!);
    await setOverride(theirs, t0.id!, null, 'opposing', 'deras', 'TH');
    const [m0] = await loadRecords(db, consultationId);
    await setOverride(db, m0.id!, null, 'conditional', 'mina', 'ME');
    const back = await w.ask({ type: 'save', jobId: 3, dbName: colleague });
    if (back.type !== 'saved') throw new Error('not saved');

    expect(await w.ask({ type: 'open', jobId: 4, dbName: name, file: back.blob, name: 'c.json' })).toMatchObject({ type: 'conflicts' });
    const plan = await w.ask({ type: 'resolve', jobId: 4, policy: 'merge' });
    if (plan.type !== 'mergeConflicts') throw new Error(JSON.stringify(plan));
    expect(plan.conflicts).toHaveLength(1);
    const merged = await w.ask({ type: 'merge', jobId: 4, choices: { [plan.conflicts[0].id]: 'theirs' }, initials: 'ME' });
    expect(merged).toMatchObject({ type: 'restored', result: { merged: [{ decided: 1 }] } });
    expect((await loadRecords(db, consultationId))[0].overrides.overall?.stance).toBe('opposing');
  });

  it('refuses a file over the limits, naming what was too big, and writes nothing', async () => {
    const { name } = await library();
    const w = jobs();
    const saved = await w.ask({ type: 'save', jobId: 1, dbName: name });
    if (saved.type !== 'saved') throw new Error('not saved');
    const target = dbName();
    const small = jobs({ bytes: 100 });
    expect(await small.ask({ type: 'open', jobId: 1, dbName: target, file: saved.blob, name: 'x.json' })).toEqual({
      type: 'failed', jobId: 1, failure: { kind: 'read', code: 'backup-file-too-large', params: { size: saved.blob.size, max: 100 } },
    });
    const few = jobs({ responses: 12 });
    expect(await few.ask({ type: 'open', jobId: 1, dbName: target, file: saved.blob, name: 'x.json' })).toMatchObject({
      failure: { kind: 'read', code: 'backup-too-many-responses', params: { max: 12 } },
    });
    expect(await openLibrary(target).consultations.count()).toBe(0);
  });

  it('reports a file that is no backup, an invalid one with its problems, and an empty one', async () => {
    const w = jobs();
    const target = dbName();
    const open = (text: string) => w.ask({ type: 'open', jobId: 9, dbName: target, file: new Blob([text]), name: 'x.json' });
    expect(await open('hej')).toMatchObject({ failure: { kind: 'read', code: 'backup-not-backup' } });
    const invalid = await open(JSON.stringify({ format: 'remissradar-backup', version: 1, exportedAt: 'x', consultations: [{ consultation: { title: 5 }, responses: [], overrides: [], history: [] }] }));
    expect(invalid).toMatchObject({ failure: { kind: 'invalid' } });
    if (invalid.type === 'failed' && invalid.failure.kind === 'invalid') expect(invalid.failure.count).toBeGreaterThan(0);
    expect(await open(JSON.stringify({ format: 'remissradar-backup', version: 1, exportedAt: 'x', consultations: [] }))).toMatchObject({ failure: { kind: 'empty' } });
  });
});
