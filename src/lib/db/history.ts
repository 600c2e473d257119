import { CodedError } from '../domain/message.ts';
import type { ResponseRecord } from '../domain/types.ts';
import type { RemissDb } from './schema.ts';
import type { HistoryRow } from './types.ts';
import { overridesInForce } from './overridesInForce.ts';

/** A yttrande's event log, oldest first. */
export function getHistory(db: RemissDb, responseId: number): Promise<HistoryRow[]> {
  return db.history.where('responseId').equals(responseId).sortBy('id');
}

/** The stored record, or a Swedish error saying it is gone. For use inside transactions. */
export async function requireRecord(db: RemissDb, responseId: number): Promise<ResponseRecord> {
  const r = await db.responses.get(responseId);
  if (!r) throw new CodedError('db.response-gone', { id: responseId });
  return r;
}

/** Recomputes the denormalised overrides in force from the override history. */
export async function refreshOverrides(db: RemissDb, record: ResponseRecord, at: string): Promise<ResponseRecord> {
  const rows = await db.overrides.where('responseId').equals(record.id!).toArray();
  const next: ResponseRecord = { ...record, overrides: overridesInForce(rows), updatedAt: at };
  await db.responses.put(next);
  return next;
}
