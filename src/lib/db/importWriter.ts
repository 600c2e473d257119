import { CodedError } from '../domain/message.ts';
import type { Consultation, ResponseRecord } from '../domain/types.ts';
import type { RemissDb } from './schema.ts';
import type { DetailsRow, HistoryRow, OverrideRow, TextRow } from './types.ts';
import { detailsRow } from './details.ts';
import { consultationKey } from '../domain/consultationKey.ts';
import { planChunk, recordKey, type ImportItem, type StancePolicy } from './importPlan.ts';

export interface ImportInput {
  /** With id: that remiss. Without: the stored one with the same title+reference, or a new one. */
  consultation: Consultation;
  file: string;
  encoding?: string;
  delimiter?: string;
  /** Rows the parser rejected (they are reported, not stored). */
  badRows?: number;
  /**
   * The remisser of a file that names several (ImportItem.group indexes this list). Each
   * is found or created like `consultation`, all in the file's one transaction.
   */
  groups?: Consultation[];
  /** A stance column against a person's override: 'keep' (default) keeps the person's. */
  stancePolicy?: StancePolicy;
}

/** What one remiss of a file got. */
export interface ConsultationResult {
  consultationId: number;
  title: string;
  added: number;
  changed: number;
  unchanged: number;
}

export interface ImportResult {
  consultationId: number;
  added: number;
  changed: number;
  unchanged: number;
  changedRespondents: string[];
  /** Stances in the file that differed from a person's override, which was kept. */
  keptOverrides: number;
  /** Per remiss, when the file held several (groups); else absent. */
  consultations?: ConsultationResult[];
  /** The stored remiss of each group (ImportInput.groups), when there were groups. */
  groupIds?: number[];
}

/**
 * Writes one file's chunks. Must be used inside ONE rw transaction over all tables
 * (see saveImport.ts): every method issues only Dexie requests, so the transaction
 * stays alive, and a throw anywhere rolls the whole file back.
 */
export class ImportWriter {
  private readonly result: ImportResult;
  private readonly perConsultation = new Map<number, ConsultationResult>();

  private constructor(
    private readonly db: RemissDb,
    private readonly input: ImportInput,
    private readonly at: string,
    consultationId: number,
    private readonly groupIds: number[],
    /** recordKey -> stored record (without text): lets chunks be written blind. */
    private readonly existing: Map<string, ResponseRecord>,
    titles: Map<number, string>,
  ) {
    this.result = { consultationId, added: 0, changed: 0, unchanged: 0, changedRespondents: [], keptOverrides: 0 };
    for (const [id, title] of titles) this.perConsultation.set(id, { consultationId: id, title, added: 0, changed: 0, unchanged: 0 });
  }

  static async start(db: RemissDb, input: ImportInput, at = new Date().toISOString()): Promise<ImportWriter> {
    const wanted = [input.consultation, ...(input.groups ?? [])];
    const ids = await ensureConsultations(db, wanted, at);
    const [id, ...groupIds] = ids;
    // One indexed read of the small records replaces a lookup per chunk.
    const distinct = [...new Set(ids)];
    const records = distinct.length === 1 ? await db.responses.where('consultationId').equals(id).toArray() : await db.responses.where('consultationId').anyOf(distinct).toArray();
    const existing = new Map(records.map((r) => [recordKey(r.consultationId, r.respondentKey), r]));
    const titles = new Map<number, string>();
    if (input.groups?.length) wanted.forEach((c, i) => titles.has(ids[i]) || titles.set(ids[i], c.title));
    return new ImportWriter(db, input, at, id, groupIds, existing, titles);
  }

  get consultationId(): number {
    return this.result.consultationId;
  }

  async store(items: readonly ImportItem[]): Promise<void> {
    const { db, result } = this;
    const consultationId = result.consultationId;
    const plan = planChunk(items, this.existing, { consultationId, groupIds: this.groupIds, file: this.input.file, at: this.at, stancePolicy: this.input.stancePolicy });
    if (plan.records.length) {
      const ids = await db.responses.bulkPut(plan.records, { allKeys: true });
      plan.records.forEach((r, i) => (r.id = ids[i]));
    }
    const idOf = (i: number) => plan.records[i].id!;
    const texts: TextRow[] = plan.texts.map((t) => {
      const row: TextRow = { responseId: idOf(t.index), consultationId: plan.records[t.index].consultationId, text: t.text };
      if (t.themeTexts) row.themeTexts = { ...t.themeTexts };
      return row;
    });
    const details: DetailsRow[] = plan.details.map((d) => detailsRow(idOf(d.index), plan.records[d.index].consultationId, d.details));
    const overrides: OverrideRow[] = plan.overrides.map((o) => ({ ...o.row, responseId: idOf(o.index) }));
    const eventsOf = (overrideIds: readonly number[]): HistoryRow[] =>
      plan.events.map((e) => {
        const event: HistoryRow = { ...e.event, responseId: idOf(e.index) };
        if (e.overrideIndex !== undefined) event.details = { ...event.details, overrideId: overrideIds[e.overrideIndex] };
        return event;
      });
    const writes: Promise<unknown>[] = [];
    if (texts.length) writes.push(db.texts.bulkPut(texts));
    if (details.length) writes.push(db.details.bulkPut(details));
    if (!overrides.length) {
      // The usual chunk (no stance column): its events need no ids, so every table's
      // write is queued at once, with no round trip between them.
      if (plan.events.length) writes.push(db.history.bulkAdd(eventsOf([])));
      await Promise.all(writes);
    } else {
      // An override event names its override row: the events wait for the rows' ids.
      const [overrideIds] = await Promise.all([db.overrides.bulkAdd(overrides, { allKeys: true }), ...writes]);
      const events = eventsOf(overrideIds as number[]);
      if (events.length) await db.history.bulkAdd(events);
    }
    result.added += plan.added;
    result.changed += plan.changed;
    result.unchanged += plan.unchanged;
    result.changedRespondents.push(...plan.changedRespondents);
    result.keptOverrides += plan.keptOverrides;
    for (const [id, c] of plan.byConsultation) {
      const r = this.perConsultation.get(id);
      if (!r) continue;
      r.added += c.added;
      r.changed += c.changed;
      r.unchanged += c.unchanged;
    }
  }

  async finish(): Promise<ImportResult> {
    const { db, input, at, result } = this;
    const log = { file: input.file, at, bad: input.badRows ?? 0, encoding: input.encoding, delimiter: input.delimiter };
    if (!input.groups?.length) {
      await db.importLog.add({ ...log, consultationId: result.consultationId, added: result.added, changed: result.changed, unchanged: result.unchanged });
      await db.consultations.update(result.consultationId, { updatedAt: at });
      return { ...result, changedRespondents: [...result.changedRespondents] };
    }
    // One log line per remiss the file touched (the bad rows are the file's: on the first).
    const touched = [...this.perConsultation.values()].filter((c) => c.added + c.changed + c.unchanged > 0);
    await db.importLog.bulkAdd(touched.map((c, i) => ({ ...log, bad: i === 0 ? log.bad : 0, consultationId: c.consultationId, added: c.added, changed: c.changed, unchanged: c.unchanged })));
    await db.consultations.bulkUpdate(touched.map((c) => ({ key: c.consultationId, changes: { updatedAt: at } })));
    return { ...result, changedRespondents: [...result.changedRespondents], consultations: touched.map((c) => ({ ...c })), groupIds: [...this.groupIds] };
  }
}

/**
 * The stored remiss for each of an import's remisser (one read of the library, however
 * many). A matched remiss keeps what people edited in the app (title, themes,
 * recipients); the file only fills in what is missing. The same remiss named twice is
 * created once.
 */
async function ensureConsultations(db: RemissDb, list: readonly Consultation[], at: string): Promise<number[]> {
  const all = await db.consultations.toArray();
  const byId = new Map(all.map((c) => [c.id!, c]));
  const byKey = new Map<string, Consultation>();
  for (const c of all) if (!byKey.has(consultationKey(c))) byKey.set(consultationKey(c), c);
  const ids: number[] = [];
  for (const c of list) {
    if (c.id !== undefined) {
      if (!byId.has(c.id)) throw new CodedError('db.consultation-gone', { id: c.id });
      ids.push(c.id);
      continue;
    }
    const key = consultationKey(c);
    const found = byKey.get(key);
    if (found?.id !== undefined) {
      const fill: Partial<Consultation> = {};
      if (!found.deadline && c.deadline) fill.deadline = c.deadline;
      if (!found.themes.length && c.themes.length) fill.themes = c.themes.map((t) => ({ name: t.name, keywords: [...t.keywords] }));
      if (!found.recipients.length && c.recipients.length) fill.recipients = [...c.recipients];
      if (Object.keys(fill).length) {
        await db.consultations.update(found.id, fill);
        Object.assign(found, fill);
      }
      ids.push(found.id);
      continue;
    }
    const id = (await db.consultations.add(freshConsultation(c, at))) as number;
    const stored = { ...c, id };
    byKey.set(key, stored);
    byId.set(id, stored);
    ids.push(id);
  }
  return ids;
}

function freshConsultation(c: Consultation, at: string): Consultation {
  const fresh: Consultation = {
    title: c.title,
    reference: c.reference,
    deadline: c.deadline,
    themes: c.themes.map((t) => ({ name: t.name, keywords: [...t.keywords] })),
    recipients: [...c.recipients],
    isSample: c.isSample,
    createdAt: at,
    updatedAt: at,
  };
  return fresh;
}
