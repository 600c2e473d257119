import { CodedError } from '../domain/message.ts';
import type { ResponseRecord } from '../domain/types.ts';
import { eventKey, mergeResponse, overrideKey, resolutionRow, type ConflictChoice, type ResponseMerge, type StanceConflict } from '../merge/index.ts';
import type { BackupConsultation } from './backup.ts';
import type { RemissDb } from './schema.ts';
import type { HistoryRow, OverrideRow } from './types.ts';
import { overridesInForce } from './overridesInForce.ts';

/** One stance conflict in a remiss being merged, with what a person needs to decide it. */
export interface MergeConflict extends StanceConflict {
  /** Stable within one plan: `${entry index}:${respondentKey}:${theme}`. */
  id: string;
  respondent: string;
}

/** What merging one remiss of a backup into the stored one would do. */
export interface MergePlan {
  /** The remiss's place in the backup. */
  index: number;
  consultationId: number;
  /** Yttranden on both sides whose review the colleague changed. */
  changed: number;
  /** Yttranden only the backup holds: added whole. */
  added: BackupConsultation['responses'];
  conflicts: MergeConflict[];
  items: { localId: number; incomingId: number; respondentKey: string; merge: ResponseMerge }[];
}

export const conflictId = (index: number, respondentKey: string, theme: string | null) => `${index}:${respondentKey}:${theme ?? ''}`;

const group = <T extends { responseId: number }>(rows: readonly T[]) => {
  const m = new Map<number, T[]>();
  for (const r of rows) m.set(r.responseId, [...(m.get(r.responseId) ?? []), r]);
  return m;
};

/**
 * Compares a backup's remiss with the stored one, yttrande by yttrande (matched by the
 * normalised respondent name). Reads only; call inside a transaction to apply it.
 */
export async function planMerge(db: RemissDb, entry: BackupConsultation, index: number, consultationId: number): Promise<MergePlan> {
  const [records, overrides, history] = await Promise.all([
    db.responses.where('consultationId').equals(consultationId).toArray(),
    db.overrides.where('consultationId').equals(consultationId).sortBy('id'),
    db.history.where('consultationId').equals(consultationId).sortBy('id'),
  ]);
  const byKey = new Map(records.map((r) => [r.respondentKey, r]));
  const [localO, localH, theirO, theirH] = [group(overrides), group(history), group(entry.overrides), group(entry.history)];
  const plan: MergePlan = { index, consultationId, changed: 0, added: [], conflicts: [], items: [] };
  for (const r of entry.responses) {
    const here = byKey.get(r.respondentKey);
    if (!here) {
      plan.added.push(r);
      continue;
    }
    const merge = mergeResponse(
      { overrides: localO.get(here.id!) ?? [], history: localH.get(here.id!) ?? [], reviewed: here.reviewed, reviewedBy: here.reviewedBy },
      { overrides: theirO.get(r.id!) ?? [], history: theirH.get(r.id!) ?? [], reviewed: r.reviewed, reviewedBy: r.reviewedBy },
    );
    const reviewChanged = merge.reviewed.reviewed !== here.reviewed || merge.reviewed.reviewedBy !== here.reviewedBy;
    if (!merge.addOverrides.length && !merge.undoOverrides.length && !merge.addHistory.length && !merge.undoEvents.length && !reviewChanged) continue;
    plan.changed++;
    plan.items.push({ localId: here.id!, incomingId: r.id!, respondentKey: r.respondentKey, merge });
    for (const c of merge.conflicts) plan.conflicts.push({ ...c, id: conflictId(index, r.respondentKey, c.theme), respondent: here.respondent });
  }
  return plan;
}

/**
 * Writes a plan: the colleague's decisions and events are added (links remapped to the
 * local ids), undos carried over, each conflict settled by the person's choice with a new
 * decision of their own, and the overrides in force recomputed. Call inside a
 * transaction over all tables. Throws when a conflict has no choice.
 */
export async function applyMerge(
  db: RemissDb,
  entry: BackupConsultation,
  plan: MergePlan,
  choices: Readonly<Record<string, ConflictChoice>>,
  initials: string,
): Promise<void> {
  const missing = plan.conflicts.filter((c) => !choices[c.id]);
  if (missing.length) throw new CodedError('db.merge-undecided', { n: missing.length });
  const at = new Date().toISOString();
  const consultationId = plan.consultationId;
  for (const { localId, incomingId, respondentKey, merge } of plan.items) {
    const localO = await db.overrides.where('responseId').equals(localId).toArray();
    const localH = await db.history.where('responseId').equals(localId).toArray();
    // Incoming ids → local ids: shared rows by key, new rows once written.
    const oKeys = new Map(localO.map((o) => [overrideKey(o), o.id!]));
    const hKeys = new Map(localH.map((h) => [eventKey(h), h.id!]));
    const overrideMap = new Map<number, number>();
    for (const o of entry.overrides) if (o.responseId === incomingId && oKeys.has(overrideKey(o))) overrideMap.set(o.id!, oKeys.get(overrideKey(o))!);
    const eventMap = new Map<number, number>();
    for (const h of entry.history) if (h.responseId === incomingId && hKeys.has(eventKey(h))) eventMap.set(h.id!, hKeys.get(eventKey(h))!);

    const rows: OverrideRow[] = merge.addOverrides.map(({ id: _id, ...o }) => ({ ...o, responseId: localId, consultationId }));
    const ids = (await db.overrides.bulkAdd(rows, { allKeys: true })) as number[];
    merge.addOverrides.forEach((o, i) => overrideMap.set(o.id!, ids[i]));
    for (const id of merge.undoOverrides) await db.overrides.update(id, { undone: true });

    const events: HistoryRow[] = merge.addHistory.map(({ id: _id, ...h }) => {
      const details = { ...h.details };
      if (details.overrideId !== undefined) details.overrideId = overrideMap.get(details.overrideId);
      return { ...h, details, responseId: localId, consultationId };
    });
    const eventIds = (await db.history.bulkAdd(events, { allKeys: true })) as number[];
    merge.addHistory.forEach((h, i) => eventMap.set(h.id!, eventIds[i]));
    for (const [i, e] of events.entries()) {
      if (e.details.undoneEventId !== undefined) await db.history.update(eventIds[i], { details: { ...e.details, undoneEventId: eventMap.get(e.details.undoneEventId) } });
    }
    for (const id of merge.undoEvents) await db.history.update(id, { undone: true });

    for (const c of merge.conflicts) {
      const choice = choices[conflictId(plan.index, respondentKey, c.theme)];
      const row = resolutionRow(c, choice, { responseId: localId, consultationId, initials, at });
      const overrideId = await db.overrides.add(row);
      await db.history.add({
        responseId: localId,
        consultationId,
        type: 'override',
        at,
        initials,
        details: { overrideId, theme: c.theme, stance: row.stance, reason: row.reason, merged: choice },
      });
    }

    const record = (await db.responses.get(localId)) as ResponseRecord;
    const all = await db.overrides.where('responseId').equals(localId).toArray();
    const next: ResponseRecord = { ...record, overrides: overridesInForce(all), reviewed: merge.reviewed.reviewed, updatedAt: at };
    if (merge.reviewed.reviewedBy) next.reviewedBy = merge.reviewed.reviewedBy;
    else delete next.reviewedBy;
    await db.responses.put(next);
  }
}
