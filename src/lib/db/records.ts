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
