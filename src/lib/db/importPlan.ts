import type { Classification, ClassificationDetails, Response, ResponseRecord } from '../domain/types.ts';
import { cleanName, respondentKey } from '../domain/normalize.ts';
import type { HistoryRow, OverrideRow } from './types.ts';
import { textHash } from './hash.ts';
import { splitClassification } from './details.ts';

/** One row of a file, classified by the caller (the import worker). */
export interface ImportItem {
  response: Response;
  classification: Classification;
}

export const IMPORT_INITIALS = 'import';
export const IMPORT_REASON = 'Ställningstagande från importerad fil';

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
}

export interface PlanContext {
  consultationId: number;
  file: string;
  at: string;
}

/**
 * Decides, without touching the database, what each item means: new, changed
 * (text or decision differs by hash) or unchanged. `existing` maps respondentKey to the
 * stored record and is updated in place, so a respondent that appears twice in one
 * file is an update of its first row rather than a unique-index violation.
 * Throws (aborting the whole import) on a row without a respondent.
 */
export function planChunk(items: readonly ImportItem[], existing: Map<string, ResponseRecord>, ctx: PlanContext): ChunkPlan {
  const plan: ChunkPlan = { records: [], texts: [], details: [], overrides: [], events: [], added: 0, changed: 0, unchanged: 0, changedRespondents: [] };
  const slot = new Map<string, number>();
  const base = { consultationId: ctx.consultationId, at: ctx.at };
  // One slot per respondent in this chunk: a later version of the record replaces it.
  const place = (key: string, r: ResponseRecord) => {
    let i = slot.get(key);
    if (i === undefined) slot.set(key, (i = plan.records.push(r) - 1));
    else plan.records[i] = r;
    return i;
  };

  for (const { response, classification } of items) {
    const name = cleanName(response.respondent ?? '');
    const key = respondentKey(name);
    if (!key) throw new Error(`${ctx.file}, rad ${response.sourceLine ?? '?'}: remissinstans saknas.`);
    const text = response.text ?? '';
    const hash = textHash(text);
    const prev = existing.get(key);
    let rec: ResponseRecord;
    let index: number;
    if (prev && prev.textHash === hash && (prev.decision ?? '') === (response.decision ?? '')) {
      plan.unchanged++;
      rec = prev;
    } else {
      const { summary, details } = splitClassification(classification);
      rec = {
        ...(prev ?? { overrides: { themes: {} }, reviewed: false, importedAt: ctx.at }),
        ...fields(response, name, ctx),
        consultationId: ctx.consultationId,
        respondentKey: key,
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
        plan.changed++;
        plan.changedRespondents.push(name);
        const event = { ...base, type: 'reimported-changed', details: { file: ctx.file, from: prev.classification.stance, to: classification.stance } } as const;
        plan.events.push({ index, event });
      } else {
        plan.added++;
        plan.events.push({ index, event: { ...base, type: 'imported', details: { file: ctx.file } } });
      }
    }
    const stance = response.importedStance;
    // A person's label from the file, recorded like any override so undo and history
    // work. Only a label that is new to us counts: the same label re-imported must not
    // overwrite what someone decided in the app since the last import.
    if (stance && stance !== prev?.importedStance && rec.overrides.overall?.stance !== stance) {
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
