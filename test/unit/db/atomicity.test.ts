import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { beginImport, loadRecords, loadText, saveImport } from '../../../src/lib/db/index.ts';
import { consultation, freshDb, item, many, snapshot } from './helpers.ts';

describe('import atomicity', () => {
  it('a failure after some chunks are written leaves the db as it was', async () => {
    const db = freshDb();
    await saveImport(db, { consultation: consultation(), file: 'a.csv', items: [item('Bromma', 'Gammal')] });
    const before = await snapshot(db);
    const failing = saveImport(
      db,
      { consultation: consultation(), file: 'b.csv', items: [item('Bromma', 'Ny'), ...many(500)] },
      { chunkSize: 100, onChunk: (stored) => { if (stored >= 300) throw new Error('injicerat fel'); } },
    );
    await expect(failing).rejects.toThrow('injicerat fel');
    expect(await snapshot(db)).toEqual(before);
  });

  it('a bad row halfway (no respondent) rolls back the whole file, new remiss included', async () => {
    const db = freshDb();
    const items = [...many(250), item('  ', 'Ingen avsändare', 'none', { sourceLine: 252 }), ...many(10, 'Sen')];
    await expect(saveImport(db, { consultation: consultation(), file: 'c.csv', items }, { chunkSize: 100 })).rejects.toMatchObject({ code: 'import.no-respondent', params: { file: 'c.csv', line: 252 } });
    expect(await db.consultations.count()).toBe(0);
    expect(await db.responses.count()).toBe(0);
    expect(await db.texts.count()).toBe(0);
    expect(await db.history.count()).toBe(0);
  });
});

describe('beginImport (pipelined, one transaction)', () => {
  const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('keeps the transaction open while the caller works on the next chunk', async () => {
    const db = freshDb();
    const session = beginImport(db, { consultation: consultation(), file: 'p.csv' });
    const written: Promise<void>[] = [];
    for (let i = 0; i < 4; i++) {
      await tick(20); // "classifying the next chunk" in another task: no IndexedDB request from us
      written.push(session.add(many(50, `Del ${i}`)));
    }
    const result = await session.commit();
    await Promise.all(written);
    expect(result.added).toBe(200);
    expect(await loadRecords(db, result.consultationId)).toHaveLength(200);
    const [first] = await loadRecords(db, result.consultationId);
    expect(await loadText(db, first.id!)).toMatch(/^Yttrande nummer/);
  });

  it('abort rolls everything back, even chunks already written', async () => {
    const db = freshDb();
    const session = beginImport(db, { consultation: consultation(), file: 'p.csv' });
    await session.add(many(50));
    await tick(10);
    await session.abort();
    expect(await snapshot(db)).toEqual(await snapshot(freshDb()));
    await expect(session.add(many(1))).rejects.toThrow();
  });

  it('a bad chunk rejects add() and commit(), and nothing is stored', async () => {
    const db = freshDb();
    const session = beginImport(db, { consultation: consultation(), file: 'p.csv' });
    const ok = session.add(many(20));
    const bad = session.add([item('', 'x')]);
    await ok;
    await expect(bad).rejects.toMatchObject({ code: 'import.no-respondent' });
    await expect(session.commit()).rejects.toMatchObject({ code: 'import.no-respondent' });
    expect(await db.responses.count()).toBe(0);
  });

  it('a caller that goes silent past the timeout rolls the file back', async () => {
    const db = freshDb();
    const session = beginImport(db, { consultation: consultation(), file: 'p.csv' }, { waitTimeoutMs: 50 });
    await session.add(many(5));
    await tick(150);
    await expect(session.commit()).rejects.toThrow();
    expect(await db.responses.count()).toBe(0);
  });
});
