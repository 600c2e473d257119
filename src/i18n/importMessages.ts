/**
 * Import problems as text: a row issue ("fil.csv, rad 3, kolumn "Datum": ogiltigt datum …")
 * and a rejected file ("fil.csv: filen är tom …"), from the codes and params that
 * src/lib/import returns. Plain TypeScript without runes, so the CLI (Node), the worker and
 * the components all use it.
 */
import type { MessageParams } from '../lib/domain/message.ts';
import type { ImportIssue } from '../lib/import/issues.ts';
import * as problems from './areas/importProblems.ts';
import type { Lang } from './lang.ts';
import { fill, lookup, type Catalog } from './messages.ts';

const PROBLEMS: Record<Lang, Catalog> = { sv: problems.sv, en: problems.en };
const word = (lang: Lang, key: problems.ImportProblemKey, params: MessageParams) => fill(lang, PROBLEMS[lang][key], params);

/** "fil.csv, rad 3, kolumn "Datum"" in the chosen language. */
export function issuePlace(lang: Lang, at: Pick<ImportIssue, 'file' | 'line' | 'record' | 'column' | 'sheet'>): string {
  const parts = [at.file];
  if (at.line !== undefined) parts.push(word(lang, at.sheet !== undefined ? 'place.sheetLine' : 'place.line', { line: at.line, sheet: at.sheet ?? '' }));
  else if (at.record !== undefined) parts.push(word(lang, 'place.record', { record: at.record }));
  if (at.column !== undefined) parts.push(word(lang, at.record !== undefined ? 'place.field' : 'place.column', { column: at.column }));
  return parts.join(', ');
}

function text(lang: Lang, prefix: 'issue' | 'rejected', code: string, params: MessageParams): string {
  const t = lookup(PROBLEMS, lang, `${prefix}.${code}`, params);
  if (t === undefined) return code;
  const p: MessageParams = { ...params };
  // A document's format, why it could not be read and a value's shape are words of their own.
  if (typeof p.format === 'string' && PROBLEMS[lang][`format.${p.format}`]) p.format = PROBLEMS[lang][`format.${p.format}`];
  if (typeof p.type === 'string' && PROBLEMS[lang][`type.${p.type}`]) p.type = PROBLEMS[lang][`type.${p.type}`];
  if (typeof p.reason === 'string') {
    const r = PROBLEMS[lang][`reason.${p.reason}`];
    if (r !== undefined) p.reason = fill(lang, r, params);
  }
  return fill(lang, t, p);
}

/** An issue's message alone, without its place. */
export const issueMessage = (lang: Lang, issue: Pick<ImportIssue, 'code' | 'params'>): string => text(lang, 'issue', issue.code, issue.params);

/** An issue as shown: its place, then its message. */
export function issueText(lang: Lang, issue: ImportIssue): string {
  return `${issuePlace(lang, issue)}: ${issueMessage(lang, issue)}`;
}

/** A rejected file: "fil.csv: …" (the binary-file texts start with "Filen är …"). */
export function rejectionText(lang: Lang, r: { file: string; code: string; params: MessageParams }): string {
  return `${r.file}: ${text(lang, 'rejected', r.code, r.params)}`;
}
