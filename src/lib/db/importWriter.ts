import type { Consultation, ResponseRecord } from '../domain/types.ts';
import type { RemissDb } from './schema.ts';
import type { DetailsRow, HistoryRow, OverrideRow, TextRow } from './types.ts';
import { detailsRow } from './details.ts';
import { findConsultation } from './consultations.ts';
import { planChunk, type ImportItem } from './importPlan.ts';

export interface ImportInput {
  /** With id: that remiss. Without: the stored one with the same title+reference, or a new one. */
  consultation: Consultation;
  file: string;
  encoding?: string;
  delimiter?: string;
  /** Rows the parser rejected (they are reported, not stored). */
  badRows?: number;
}

export interface ImportResult {
  consultationId: number;
  added: number;
  changed: number;
  unchanged: number;
  changedRespondents: string[];
}

/**
 * Writes one file's chunks. Must be used inside ONE rw transaction over all tables
 * (see saveImport.ts): every method issues only Dexie requests, so the transaction
 * stays alive, and a throw anywhere rolls the whole file back.
 */
export class ImportWriter {
  private readonly result: ImportResult;

  private constructor(
    private readonly db: RemissDb,
    private readonly input: ImportInput,
    private readonly at: string,
    consultationId: number,
    /** respondentKey -> stored record (without text): lets chunks be written blind. */
    private readonly existing: Map<string, ResponseRecord>,
  ) {
    this.result = { consultationId, added: 0, changed: 0, unchanged: 0, changedRespondents: [] };
  }

  static async start(db: RemissDb, input: ImportInput, at = new Date().toISOString()): Promise<ImportWriter> {
    const id = await ensureConsultation(db, input.consultation, at);
    // One indexed read of the small records replaces a lookup per chunk.
    const records = await db.responses.where('consultationId').equals(id).toArray();
    const existing = new Map(records.map((r) => [r.respondentKey, r]));
    return new ImportWriter(db, input, at, id, existing);
  }

  get consultationId(): number {
    return this.result.consultationId;
  }

  async store(items: readonly ImportItem[]): Promise<void> {
    const { db, result } = this;
    const consultationId = result.consultationId;
    const plan = planChunk(items, this.existing, { consultationId, file: this.input.file, at: this.at });
    if (plan.records.length) {
      const ids = await db.responses.bulkPut(plan.records, { allKeys: true });
      plan.records.forEach((r, i) => (r.id = ids[i]));
    }
    const idOf = (i: number) => plan.records[i].id!;
    const texts: TextRow[] = plan.texts.map((t) => {
      const row: TextRow = { responseId: idOf(t.index), consultationId, text: t.text };
      if (t.themeTexts) row.themeTexts = { ...t.themeTexts };
      return row;
    });
    const details: DetailsRow[] = plan.details.map((d) => detailsRow(idOf(d.index), consultationId, d.details));
    const overrides: OverrideRow[] = plan.overrides.map((o) => ({ ...o.row, responseId: idOf(o.index) }));
    const [, , overrideIds] = await Promise.all([
      texts.length ? db.texts.bulkPut(texts) : undefined,
      details.length ? db.details.bulkPut(details) : undefined,
      db.overrides.bulkAdd(overrides, { allKeys: true }),
    ]);
    const events: HistoryRow[] = plan.events.map((e) => {
      const event: HistoryRow = { ...e.event, responseId: idOf(e.index) };
      if (e.overrideIndex !== undefined) event.details = { ...event.details, overrideId: overrideIds[e.overrideIndex] };
      return event;
    });
    if (events.length) await db.history.bulkAdd(events);
    result.added += plan.added;
    result.changed += plan.changed;
    result.unchanged += plan.unchanged;
    result.changedRespondents.push(...plan.changedRespondents);
  }

  async finish(): Promise<ImportResult> {
    const { db, input, at, result } = this;
    await db.importLog.add({
      consultationId: result.consultationId,
      file: input.file,
      at,
      added: result.added,
      changed: result.changed,
      unchanged: result.unchanged,
      bad: input.badRows ?? 0,
      encoding: input.encoding,
      delimiter: input.delimiter,
    });
    await db.consultations.update(result.consultationId, { updatedAt: at });
    return { ...result, changedRespondents: [...result.changedRespondents] };
  }
}

/**
 * The stored remiss for an import. A matched remiss keeps what people edited in the app
 * (title, themes, recipients); the file only fills in what is missing.
 */
async function ensureConsultation(db: RemissDb, c: Consultation, at: string): Promise<number> {
  if (c.id !== undefined) {
    if (!(await db.consultations.get(c.id))) throw new Error(`Remissen (id ${c.id}) finns inte längre.`);
    return c.id;
  }
  const found = await findConsultation(db, c);
  if (found?.id !== undefined) {
    const fill: Partial<Consultation> = {};
    if (!found.deadline && c.deadline) fill.deadline = c.deadline;
    if (!found.themes.length && c.themes.length) fill.themes = c.themes.map((t) => ({ name: t.name, keywords: [...t.keywords] }));
    if (!found.recipients.length && c.recipients.length) fill.recipients = [...c.recipients];
    if (Object.keys(fill).length) await db.consultations.update(found.id, fill);
    return found.id;
  }
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
  return (await db.consultations.add(fresh)) as number;
}
