import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { DBCore } from 'dexie';
import { loadRecords, loadText, loadTexts, saveImport } from '../../../src/lib/db/index.ts';
import { consultation, freshDb, item, many } from './helpers.ts';

describe('records and texts', () => {
  it('loadRecords never reads the texts table and returns no text', async () => {
    const db = freshDb();
    // Count every read request that reaches the texts table, below Dexie's API.
    let textReads = 0;
    db.use({
      stack: 'dbcore',
      name: 'count-text-reads',
      create: (down: DBCore): DBCore => ({
        ...down,
        table(name) {
          const t = down.table(name);
          if (name !== 'texts') return t;
          const count = <A extends unknown[], R>(f: (...a: A) => R) => (...a: A): R => (textReads++, f(...a));
          return { ...t, get: count(t.get), getMany: count(t.getMany), query: count(t.query), openCursor: count(t.openCursor), count: count(t.count) };
        },
      }),
    });
    const { consultationId } = await saveImport(db, { consultation: consultation(), file: 'a.csv', items: many(300) });
    textReads = 0;
    const records = await loadRecords(db, consultationId);
    expect(records).toHaveLength(300);
    expect(textReads).toBe(0);
    expect(records.every((r) => !('text' in r))).toBe(true);
    expect(records[0].textLength).toBeGreaterThan(0);
    await loadText(db, records[0].id!);
    expect(textReads).toBe(1);
  });

  it('loadText and loadTexts return texts by id, in order, with "" for a missing id', async () => {
    const db = freshDb();
    const { consultationId } = await saveImport(db, { consultation: consultation(), file: 'a.csv', items: [item('A', 'ett'), item('B', 'två')] });
    const [a, b] = await loadRecords(db, consultationId);
    expect(await loadText(db, a.id!)).toBe('ett');
    expect(await loadTexts(db, [b.id!, 9999, a.id!])).toEqual(['två', '', 'ett']);
  });
});
