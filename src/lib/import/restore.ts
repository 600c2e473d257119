/**
 * One raw record (CSV row or JSON object, already mapped to fields) → a Response.
 * Validates every value's type and format; an error skips the row, a warning keeps it.
 * Values never pass through String(object): an object where a string belongs is an error,
 * not "[object Object]".
 */
import { cleanName } from '../domain/normalize.ts';
import { respondentKind } from '../domain/respondentKind.ts';
import type { Response } from '../domain/types.ts';
import { parseDate } from './dates.ts';
import type { Field } from './headers.ts';
import { shapeOf } from '../domain/message.ts';
import { shorten, type IssueAt, type IssueCollector } from './issues.ts';
import { parseKind, parseStance } from './values.ts';

export interface RawValue {
  field: Field;
  value: unknown;
  /** The header or key it came from, for messages. */
  column: string;
}

export interface RestoreContext {
  collector: IssueCollector;
  at: IssueAt;
  sourceFile: string;
  sourceLine: number;
}

/**
 * A string from a value, or an error. Numbers are accepted for fields where a number is a
 * natural way to write the value (dnr, date); null/undefined mean "empty".
 */
function asString(raw: RawValue, numberOk: boolean, ctx: RestoreContext): string | null {
  const v = raw.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && numberOk && Number.isFinite(v)) return String(v);
  ctx.collector.add('wrong-type', 'error', cellAt(ctx, raw), { type: shapeOf(v) });
  return null;
}

/**
 * The other parties of a joint answer (gemensamt yttrande): a JSON list of names, or one
 * cell with names separated by semicolons, commas, "och" or line breaks.
 */
function jointNames(raw: RawValue, ctx: RestoreContext): string[] | null {
  const v = raw.value;
  if (v === null || v === undefined || v === '') return [];
  const parts: unknown[] = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[;,\n]|\soch\s/) : [v];
  const out: string[] = [];
  for (const p of parts) {
    if (typeof p !== 'string') {
      ctx.collector.add('wrong-type-name', 'error', cellAt(ctx, raw), { type: shapeOf(p) });
      return null;
    }
    const name = cleanName(p);
    if (name) out.push(name);
  }
  return out;
}

/** Where a cell is; built only when there is something to report (this runs for every cell). */
const cellAt = (ctx: RestoreContext, raw: RawValue): IssueAt => ({ ...ctx.at, column: raw.column });

/** Line endings folded to \n: the stored text is the same whatever OS wrote the file. */
const text = (s: string) => (s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s).trim();

/** Build a Response, or null when the record has an error (already reported). */
export function restore(values: readonly RawValue[], ctx: RestoreContext): { response: Response | null; consultation?: string } {
  const errorsBefore = ctx.collector.errors;
  const r: Partial<Response> & { themeTexts?: Record<string, string> } = {};
  let consultation: string | undefined;
  let kindGiven = false;
  let respondentColumn = 'respondent';
  let textColumn = 'text';
  for (const raw of values) {
    if (raw.field === 'joint') {
      const names = jointNames(raw, ctx);
      if (names?.length) r.jointWith = names;
      continue;
    }
    const numberOk = raw.field === 'reference' || raw.field === 'date';
    const s = asString(raw, numberOk, ctx);
    if (s === null) continue;
    switch (raw.field) {
      case 'respondent':
        respondentColumn = raw.column;
        r.respondent = cleanName(s);
        break;
      case 'text':
        textColumn = raw.column;
        r.text = text(s);
        break;
      case 'date': {
        const d = parseDate(s);
        // A date is a detail: an impossible one is reported on its cell, the yttrande is kept.
        if (!d.ok) ctx.collector.add('invalid-date', 'warning', cellAt(ctx, raw), () => ({ value: shorten(s) }));
        else if (d.iso) r.date = d.iso;
        break;
      }
      case 'reference':
        if (cleanName(s)) r.reference = cleanName(s);
        break;
      case 'consultation':
        if (cleanName(s)) consultation = cleanName(s);
        break;
      case 'decision':
        if (text(s)) r.decision = text(s);
        break;
      case 'stance': {
        const st = parseStance(s);
        if (st === undefined)
          ctx.collector.add('unknown-stance', 'warning', cellAt(ctx, raw), () => ({ value: shorten(s) }));
        else if (st) r.importedStance = st;
        break;
      }
      case 'kind': {
        const k = parseKind(s);
        if (k === undefined)
          ctx.collector.add('unknown-kind', 'warning', cellAt(ctx, raw), () => ({ value: shorten(s) }));
        else if (k) {
          r.respondentKind = k;
          kindGiven = true;
        }
        break;
      }
      default: {
        // `theme:<name>`: a null-prototype record, so a theme called "__proto__" is just a name.
        const t = text(s);
        if (t) (r.themeTexts ??= Object.create(null) as Record<string, string>)[raw.field.slice(6)] = t;
      }
    }
  }
  if (!r.respondent)
    ctx.collector.add('missing-respondent', 'error', { ...ctx.at, column: respondentColumn });
  else if (!r.text)
    ctx.collector.add('empty-text', 'error', { ...ctx.at, column: textColumn }, () => ({ respondent: shorten(r.respondent!) }));
  if (ctx.collector.errors > errorsBefore) return { response: null, consultation };
  const response: Response = {
    respondent: r.respondent!,
    respondentKind: kindGiven ? r.respondentKind! : respondentKind(r.respondent!),
    text: r.text!,
    sourceFile: ctx.sourceFile,
    sourceLine: ctx.sourceLine,
  };
  if (r.date) response.date = r.date;
  if (r.reference) response.reference = r.reference;
  if (r.decision) response.decision = r.decision;
  if (r.themeTexts) response.themeTexts = r.themeTexts;
  if (r.importedStance) response.importedStance = r.importedStance;
  if (r.jointWith?.length) response.jointWith = r.jointWith;
  return { response, consultation };
}
