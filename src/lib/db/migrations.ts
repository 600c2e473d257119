import type { Transaction } from 'dexie';
import type { Classification, ResponseRecord } from '../domain/types.ts';
import type { DetailsRow, HistoryRow, OverrideRow, TextRow } from './types.ts';
import { detailsOf, detailsRow, summarise } from './details.ts';
import { textHash } from './hash.ts';

/**
 * v1 -> v2, inside Dexie's upgrade transaction:
 * 1. responses get textLength/textHash, computed from the texts table (read by cursor,
 *    one text at a time, so a large library does not need its texts in memory at once);
 * 2. overrides get the consultationId of their response (new index);
 * 3. the new history table is seeded: an 'imported' event per response and an
 *    'override' event per override row, marked `migrated`.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const hashes = new Map<number, { textLength: number; textHash: string }>();
  await tx.table<TextRow, number>('texts').each((t) => {
    hashes.set(t.responseId, { textLength: t.text.length, textHash: textHash(t.text) });
  });

  const consultationOf = new Map<number, number>();
  const history: HistoryRow[] = [];
  await tx.table<ResponseRecord, number>('responses').toCollection().modify((r) => {
    const h = hashes.get(r.id!) ?? { textLength: 0, textHash: textHash('') };
    if (typeof r.textLength !== 'number') r.textLength = h.textLength;
    if (typeof r.textHash !== 'string') r.textHash = h.textHash;
    if (!r.overrides) r.overrides = { themes: {} };
    consultationOf.set(r.id!, r.consultationId);
    history.push({
      responseId: r.id!,
      consultationId: r.consultationId,
      type: 'imported',
      at: r.importedAt,
      details: { file: r.sourceFile, migrated: true },
    });
  });

  const overrides = tx.table<OverrideRow, number>('overrides');
  await overrides.toCollection().modify((o) => {
    o.consultationId = consultationOf.get(o.responseId) ?? -1;
  });
  // Orphans (response gone) cannot be shown anywhere; keep them, but out of the log.
  const all = await overrides.toArray();
  for (const o of all) {
    if (o.consultationId < 0) continue;
    history.push({
      responseId: o.responseId,
      consultationId: o.consultationId,
      type: 'override',
      at: o.at,
      initials: o.initials,
      details: { overrideId: o.id, theme: o.theme, stance: o.stance, reason: o.reason, migrated: true },
      undone: o.undone,
    });
  }
  // Ids are the log's order, so add the events oldest first (sort is stable).
  history.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  await tx.table<HistoryRow, number>('history').bulkAdd(history);
}

/**
 * v2 -> v3: each record's classification is split. The record keeps the summary; the
 * evidence, theme evidence and conditions move to the new `details` table. A record
 * already split (a summary with conditionCount) is left as it is.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const rows: DetailsRow[] = [];
  await tx.table<ResponseRecord, number>('responses').toCollection().modify((r) => {
    const c = r.classification as unknown as Classification | undefined;
    if (!c || typeof (r.classification as { conditionCount?: unknown }).conditionCount === 'number') return;
    const full: Classification = {
      ...c,
      evidence: c.evidence ?? [],
      conditions: c.conditions ?? [],
      themes: c.themes ?? {},
    };
    rows.push(detailsRow(r.id!, r.consultationId, detailsOf(full)));
    r.classification = summarise(full);
  });
  if (rows.length) await tx.table<DetailsRow, number>('details').bulkPut(rows);
}

/**
 * v3 -> v4: every record is written again, which stores it packed (the packing
 * middleware sits below the upgrade transaction too; see packRecord.ts). In chunks, so a
 * large library is never all in memory at once.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const table = tx.table<ResponseRecord, number>('responses');
  const CHUNK = 5000;
  let last = -Infinity;
  for (;;) {
    const rows = await table.where(':id').above(last).limit(CHUNK).toArray();
    if (!rows.length) return;
    await table.bulkPut(rows);
    last = rows[rows.length - 1].id!;
  }
}
