import type { Consultation, ResponseRecord } from '../domain/types.ts';
import type { RemissDb } from './schema.ts';
import type { BackupConsultation, BackupFile } from './backup.ts';
import type { DetailsRow, HistoryRow, OverrideRow, TextRow } from './types.ts';
import { detailsOf, summarise } from '../domain/classificationParts.ts';
import { detailsRow } from './details.ts';
import { consultationKey } from '../domain/consultationKey.ts';
import { deleteConsultationData } from './consultations.ts';
import { overridesInForce } from './overridesInForce.ts';
import { applyMerge, planMerge, type MergeConflict } from './mergeBackup.ts';
import type { ConflictChoice } from '../merge/index.ts';

export type ConflictPolicy = 'ask' | 'replace' | 'copy' | 'skip' | 'merge';

/** A remiss in the backup that already exists (same title and diarienummer). */
export interface RestoreConflict {
  index: number;
  title: string;
  reference?: string;
  existingId: number;
}

export interface RestoreResult {
  conflicts: RestoreConflict[];
  restored: Array<{ title: string; consultationId: number }>;
  skipped: string[];
  /** Remisser merged into the stored one: yttranden changed, added, conflicts decided. */
  merged: Array<{ title: string; consultationId: number; changed: number; added: number; decided: number }>;
}

export interface RestoreOptions {
  onConflict: ConflictPolicy;
  /** merge: the person's choice for every conflict (see planRestoreMerge), and their initials. */
  choices?: Readonly<Record<string, ConflictChoice>>;
  initials?: string;
}

/**
 * The stance conflicts that merging this backup into the stored remisser would meet,
 * for a person to decide before restoreBackup(…, { onConflict: 'merge', choices }).
 */
export function planRestoreMerge(db: RemissDb, backup: BackupFile): Promise<MergeConflict[]> {
  return db.transaction('r', db.allTables, async () => {
    const stored = await db.consultations.toArray();
    const byKey = new Map(stored.map((c) => [consultationKey(c), c]));
    const out: MergeConflict[] = [];
    for (const [index, entry] of backup.consultations.entries()) {
      const existing = byKey.get(consultationKey(entry.consultation));
      if (existing) out.push(...(await planMerge(db, entry, index, existing.id!)).conflicts);
    }
    return out;
  });
}

/**
 * Restores a validated backup (see validateBackup) in one transaction. Never overwrites
 * without being told: with 'ask' and any conflict it only returns the conflicts.
 * 'replace' deletes the stored remiss and restores under its id; 'copy' restores beside
 * it with "(kopia)" in the title; 'skip' leaves it. Ids are remapped; the overrides in
 * force are recomputed from the override history rather than trusted.
 */
export function restoreBackup(db: RemissDb, backup: BackupFile, options: RestoreOptions): Promise<RestoreResult> {
  return db.transaction('rw', db.allTables, async () => {
    const stored = await db.consultations.toArray();
    const byKey = new Map(stored.map((c) => [consultationKey(c), c]));
    const titles = new Set(stored.map((c) => c.title));
    const result: RestoreResult = { conflicts: [], restored: [], skipped: [], merged: [] };
    backup.consultations.forEach((e, index) => {
      const existing = byKey.get(consultationKey(e.consultation));
      if (existing) result.conflicts.push({ index, title: e.consultation.title, reference: e.consultation.reference, existingId: existing.id! });
    });
    if (options.onConflict === 'ask' && result.conflicts.length) return result;

    for (const [index, entry] of backup.consultations.entries()) {
      const conflict = result.conflicts.find((c) => c.index === index);
      const c = plainConsultation(entry.consultation);
      if (conflict && options.onConflict === 'skip') {
        result.skipped.push(c.title);
        continue;
      }
      if (conflict && options.onConflict === 'merge') {
        const plan = await planMerge(db, entry, index, conflict.existingId);
        await applyMerge(db, entry, plan, options.choices ?? {}, options.initials ?? '');
        if (plan.added.length) {
          const ids = new Set(plan.added.map((r) => r.id));
          const only = <T extends { responseId: number }>(rows: T[]) => rows.filter((x) => ids.has(x.responseId));
          await insertEntry(db, { ...entry, responses: plan.added, overrides: only(entry.overrides), history: only(entry.history) }, conflict.existingId);
        }
        result.merged.push({ title: c.title, consultationId: conflict.existingId, changed: plan.changed, added: plan.added.length, decided: plan.conflicts.length });
        continue;
      }
      if (conflict && options.onConflict === 'replace') {
        await deleteConsultationData(db, conflict.existingId);
        c.id = conflict.existingId;
      }
      if (conflict && options.onConflict === 'copy') {
        let n = 1;
        while (titles.has(copyTitle(c.title, n))) n++;
        c.title = copyTitle(c.title, n);
      }
      titles.add(c.title);
      const consultationId = (await db.consultations.add(c)) as number;
      await insertEntry(db, entry, consultationId);
      result.restored.push({ title: c.title, consultationId });
    }
    return result;
  });
}

/**
 * A plain copy of a remiss without its id: arrays rebuilt, so that whatever object the
 * caller holds (a UI framework's reactive proxy among them) never reaches IndexedDB,
 * which can only store what structured cloning can copy.
 */
function plainConsultation(src: Consultation): Consultation {
  const { id: _id, themes, recipients, ...rest } = src;
  return { ...rest, themes: themes.map((t) => ({ ...t, keywords: [...t.keywords] })), recipients: [...recipients] };
}

const copyTitle = (title: string, n: number) => (n === 1 ? `${title} (kopia)` : `${title} (kopia ${n})`);

/** Writes one remiss's rows with bulk operations, remapping every id link. */
async function insertEntry(db: RemissDb, entry: BackupConsultation, consultationId: number): Promise<void> {
  const records: ResponseRecord[] = entry.responses.map(({ text: _text, themeTexts: _tt, id: _id, classification, ...rest }) => ({
    ...rest,
    classification: summarise(classification),
    consultationId,
  }));
  const responseIds = (await db.responses.bulkAdd(records, { allKeys: true })) as number[];
  const newResponse = new Map(entry.responses.map((r, i) => [r.id!, responseIds[i]]));
  const texts: TextRow[] = entry.responses.map((r, i) => {
    const row: TextRow = { responseId: responseIds[i], consultationId, text: r.text };
    if (r.themeTexts) row.themeTexts = r.themeTexts;
    return row;
  });
  const details: DetailsRow[] = entry.responses.map((r, i) => detailsRow(responseIds[i], consultationId, detailsOf(r.classification)));
  await Promise.all([db.texts.bulkAdd(texts), db.details.bulkAdd(details)]);

  const overrides: OverrideRow[] = entry.overrides.map(({ id: _id, ...o }) => ({ ...o, consultationId, responseId: newResponse.get(o.responseId)! }));
  const overrideIds = await db.overrides.bulkAdd(overrides, { allKeys: true });
  const newOverride = new Map(entry.overrides.map((o, i) => [o.id!, overrideIds[i]]));

  const history: HistoryRow[] = entry.history.map(({ id: _id, ...h }) => {
    const details = { ...h.details };
    if (details.overrideId !== undefined) details.overrideId = newOverride.get(details.overrideId);
    return { ...h, details, consultationId, responseId: newResponse.get(h.responseId)! };
  });
  const historyIds = await db.history.bulkAdd(history, { allKeys: true });
  // Undo events point at other events: fix those links now that the new ids are known.
  const newEvent = new Map(entry.history.map((h, i) => [h.id, historyIds[i]]));
  const relinked = history
    .map((h, i) => ({ ...h, id: historyIds[i] }))
    .filter((h) => h.details.undoneEventId !== undefined)
    .map((h) => ({ ...h, details: { ...h.details, undoneEventId: newEvent.get(h.details.undoneEventId) } }));
  if (relinked.length) await db.history.bulkPut(relinked);

  // The denormalised overrides must agree with the history that was just written.
  const byResponse = new Map<number, OverrideRow[]>();
  overrides.forEach((o, i) => {
    const list = byResponse.get(o.responseId) ?? [];
    list.push({ ...o, id: overrideIds[i] });
    byResponse.set(o.responseId, list);
  });
  const fixed = records.map((r, i) => ({ ...r, id: responseIds[i], overrides: overridesInForce(byResponse.get(responseIds[i]) ?? []) }));
  await db.responses.bulkPut(fixed);
}
