import { CodedError } from '../domain/message.ts';
import type { Classification, ClassificationDetails, Response, ResponseRecord } from '../domain/types.ts';
import { cleanName, respondentKey } from '../domain/normalize.ts';
import type { HistoryRow, OverrideRow } from './types.ts';
import { textHash } from './hash.ts';
import { splitClassification } from '../domain/classificationParts.ts';

/** One row of a file, classified by the caller (the import worker). */
export interface ImportItem {
  response: Response;
  classification: Classification;
  /** Index into ImportInput.groups: the remiss this row belongs to (absent: the file's remiss). */
  group?: number;
  /**
   * textHash(response.text), when the caller computed it already (the classification
   * workers do, off the writer's thread); else planChunk computes it.
   */
  textHash?: string;
}

/** A file's stance column against a person's override made in the app: who wins. */
export type StancePolicy = 'keep' | 'file';

/** The key of a stored yttrande across remisser. */
export const recordKey = (consultationId: number, respondentKey: string): string => `${consultationId}\u0000${respondentKey}`;

/** A person's overall override in force (not one written from a file's stance column). */
export function manualOverride(r: Pick<ResponseRecord, 'overrides'> | undefined) {
  const o = r?.overrides.overall;
  return o && o.initials !== IMPORT_INITIALS ? o : undefined;
}

/**
 * How many rows carry a stance that differs from a person's override on the stored
 * yttrande they would update (`stored` maps respondentKey to the record).
 */
export function countStanceConflicts(rows: readonly Pick<Response, 'respondent' | 'importedStance'>[], stored: ReadonlyMap<string, Pick<ResponseRecord, 'overrides'>>): number {
  let n = 0;
  for (const r of rows) {
    if (!r.importedStance) continue;
    const manual = manualOverride(stored.get(respondentKey(r.respondent)));
    if (manual && manual.stance !== r.importedStance) n++;
  }
  return n;
}

import { IMPORT_INITIALS, IMPORT_REASON } from './importMarks.ts';
export { IMPORT_INITIALS, IMPORT_REASON };

/** What one chunk needs written. Indexes point into `records` (ids come after the put). */
export interface ChunkPlan {
  records: ResponseRecord[];
  texts: Array<{ index: number; text: string; themeTexts?: Record<string, string> }>;
  /** The classification's evidence and conditions, stored apart from the record. */
  details: Array<{ index: number; details: ClassificationDetails }>;
  overrides: Array<{ index: number; row: Omit<OverrideRow, 'responseId'> }>;
  /** `overrideIndex` links an override event to its row in `overrides` (undo needs the row id). */
  events: Array<{ index: number; overrideIndex?: number; event: Omit<HistoryRow, 'responseId'> }>;
  added: number;
  changed: number;
  unchanged: number;
  changedRespondents: string[];
  /** Rows whose stance differed from a person's override, which was kept. */
  keptOverrides: number;
  /** Counts per remiss (a file may fill several). */
  byConsultation: Map<number, { added: number; changed: number; unchanged: number }>;
}

export interface PlanContext {
  consultationId: number;
  /** The remiss of each group (ImportItem.group). */
  groupIds?: readonly number[];
  file: string;
  at: string;
  /** Default 'keep': a person's override stays, whatever the file's stance column says. */
  stancePolicy?: StancePolicy;
}

/**
 * Decides, without touching the database, what each item means: new, changed
 * (text or decision differs by hash) or unchanged. `existing` maps recordKey (remiss +
 * respondentKey) to the stored record and is updated in place, so a respondent that
 * appears twice in one file is an update of its first row rather than a unique-index
 * violation. A changed text or decision clears "granskad" and queues the yttrande for
 * review again. A stance column never silently replaces a person's override.
 * Throws (aborting the whole import) on a row without a respondent.
 */
export function planChunk(items: readonly ImportItem[], existing: Map<string, ResponseRecord>, ctx: PlanContext): ChunkPlan {
  const plan: ChunkPlan = { records: [], texts: [], details: [], overrides: [], events: [], added: 0, changed: 0, unchanged: 0, changedRespondents: [], keptOverrides: 0, byConsultation: new Map() };
  const slot = new Map<string, number>();
  // One slot per respondent in this chunk: a later version of the record replaces it.
  const place = (key: string, r: ResponseRecord) => {
    let i = slot.get(key);
    if (i === undefined) slot.set(key, (i = plan.records.push(r) - 1));
    else plan.records[i] = r;
    return i;
  };

  for (const { response, classification, group, textHash: knownHash } of items) {
    const name = cleanName(response.respondent ?? '');
    const rkey = respondentKey(name);
    if (!rkey) throw new CodedError('import.no-respondent', { file: ctx.file, line: response.sourceLine ?? '?' });
    const consultationId = group === undefined ? ctx.consultationId : (ctx.groupIds?.[group] ?? ctx.consultationId);
    const base = { consultationId, at: ctx.at };
    const key = recordKey(consultationId, rkey);
    let counts = plan.byConsultation.get(consultationId);
    if (!counts) plan.byConsultation.set(consultationId, (counts = { added: 0, changed: 0, unchanged: 0 }));
    const text = response.text ?? '';
    const hash = knownHash ?? textHash(text);
    const prev = existing.get(key);
    let rec: ResponseRecord;
    let index: number;
    if (prev && prev.textHash === hash && (prev.decision ?? '') === (response.decision ?? '')) {
      plan.unchanged++;
      counts.unchanged++;
      rec = prev;
    } else {
      const { summary, details } = splitClassification(classification);
      rec = {
        ...(prev ?? { overrides: { themes: {} }, reviewed: false, importedAt: ctx.at }),
        ...fields(response, name, ctx),
        consultationId,
        respondentKey: rkey,
        classification: summary,
        textLength: text.length,
        textHash: hash,
        updatedAt: ctx.at,
      };
      if (prev?.id !== undefined) rec.id = prev.id;
      index = place(key, rec);
      plan.texts.push({ index, text, themeTexts: response.themeTexts });
      plan.details.push({ index, details });
      if (prev) {
        // A changed text or decision is worth a person's look, whatever the machine now
        // thinks: the queue shows it with its own reason (changedOnImport).
        const textChanged = prev.textHash !== hash;
        const decisionChanged = (prev.decision ?? '') !== (response.decision ?? '');
        rec.changedOnImport = textChanged && decisionChanged ? 'both' : textChanged ? 'text' : 'decision';
        plan.changed++;
        counts.changed++;
        plan.changedRespondents.push(name);
        const event = { ...base, type: 'reimported-changed', details: { file: ctx.file, from: prev.classification.stance, to: classification.stance } } as const;
        plan.events.push({ index, event });
        if (prev.reviewed) {
          // What a person marked as read is no longer what is stored: back to the queue.
          rec.reviewed = false;
          delete rec.reviewedBy;
          const details = { file: ctx.file, reviewed: false, previousReviewed: true, previousReviewedBy: prev.reviewedBy, previousChanged: prev.changedOnImport };
          plan.events.push({ index, event: { ...base, type: 'reviewed', initials: IMPORT_INITIALS, details } });
        }
      } else {
        plan.added++;
        counts.added++;
        plan.events.push({ index, event: { ...base, type: 'imported', details: { file: ctx.file } } });
      }
    }
    const stance = response.importedStance;
    const manual = manualOverride(rec);
    // A person's label from the file, recorded like any override so undo and history
    // work. Only a label that is new to us counts: the same label re-imported must not
    // overwrite what someone decided in the app since the last import. A label that
    // differs from a person's override only wins when the person chose so in the preview.
    if (stance && manual && manual.stance !== stance && (ctx.stancePolicy ?? 'keep') === 'keep') plan.keptOverrides++;
    else if (stance && (stance !== prev?.importedStance || manual) && rec.overrides.overall?.stance !== stance) {
      const info = { stance, reason: IMPORT_REASON, initials: IMPORT_INITIALS, at: ctx.at };
      rec = { ...rec, importedStance: stance, overrides: { ...rec.overrides, overall: info } };
      index = place(key, rec);
      plan.overrides.push({ index, row: { ...base, theme: null, ...info } });
      const details = { theme: null, stance, reason: IMPORT_REASON };
      plan.events.push({ index, overrideIndex: plan.overrides.length - 1, event: { ...base, type: 'override', initials: IMPORT_INITIALS, details } });
    }
    existing.set(key, rec);
  }
  return plan;
}

/** The small fields of a response, copied one by one (never the text, never unknown keys). */
function fields(r: Response, name: string, ctx: PlanContext) {
  return {
    respondent: name,
    respondentKind: r.respondentKind,
    date: r.date,
    reference: r.reference,
    decision: r.decision,
    importedStance: r.importedStance,
    sourceFile: r.sourceFile ?? ctx.file,
    sourceLine: r.sourceLine,
    jointWith: r.jointWith ? [...r.jointWith] : undefined,
  };
}
