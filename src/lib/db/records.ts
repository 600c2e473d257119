import type { ResponseRecord } from '../domain/types.ts';
import type { RemissDb } from './schema.ts';

/** Every yttrande of a remiss without its text: what charts, filters and tables read. */
export function loadRecords(db: RemissDb, consultationId: number): Promise<ResponseRecord[]> {
  return db.responses.where('consultationId').equals(consultationId).toArray();
}

/** One yttrande's text ('' when missing). */
export async function loadText(db: RemissDb, responseId: number): Promise<string> {
  return (await db.texts.get(responseId))?.text ?? '';
}

/** Texts by response id, in the order asked ('' for a missing one). One bulk read. */
export async function loadTexts(db: RemissDb, ids: readonly number[]): Promise<string[]> {
  const rows = await db.texts.bulkGet([...ids]);
  return rows.map((r) => r?.text ?? '');
}

/**
 * Every text of a remiss as one searchable string per response id (the yttrande text and
 * its per-theme texts). For free-text search only: reading 50,000 texts takes seconds,
 * so nothing reads them before someone searches.
 */
export async function loadSearchTexts(db: RemissDb, consultationId: number): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  await db.texts.where('consultationId').equals(consultationId).each((t) => {
    const parts = [t.text];
    if (t.themeTexts) for (const k of Object.keys(t.themeTexts)) parts.push(t.themeTexts[k]);
    out.set(t.responseId, parts.join('\n'));
  });
  return out;
}
