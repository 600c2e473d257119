/**
 * Import issues and rejections that carry a code and params (rather than a finished
 * Swedish sentence from src/lib), rendered in Swedish or English. Plain TypeScript
 * without runes, so the CLI (Node), the worker and the components all use it.
 */
import { formatNumber } from '../lib/aggregate/format.ts';

type Lang = 'sv' | 'en';
type Params = Record<string, string | number>;

const SV: Record<string, string> = {
  'no-usable-rows': '{file}: {n} poster saknar nämnd och text; ingen rad har både remissinstans (nämnd) och yttrandets text. Kontrollera att filen har kolumner för båda, eller välj dem i kolumnmappningen.',
  'record-too-deep': 'posten är nästlad i mer än {max} nivåer och kan inte vara ett yttrande; den hoppades över.',
};

const EN: Record<string, string> = {
  'no-usable-rows': '{file}: {n} records lack both committee and text; no row has both a respondent (committee) and the response text. Check that the file has columns for both, or choose them in the column mapping.',
  'record-too-deep': 'the record is nested more than {max} levels deep and cannot be a response; it was skipped.',
};

const PLACE = { sv: { line: 'rad', record: 'post', column: 'kolumn', field: 'fält' }, en: { line: 'row', record: 'record', column: 'column', field: 'field' } };

/** True when this code is rendered here (its issue or error carries params, not a sentence). */
export const hasImportMessage = (code: string): boolean => code in SV;

/** "fil.csv, rad 3, kolumn "Datum"" in the chosen language. */
export function issuePlace(lang: Lang, at: { file: string; line?: number; record?: number; column?: string }): string {
  const w = PLACE[lang];
  const parts = [at.file];
  if (at.line !== undefined) parts.push(`${w.line} ${at.line}`);
  else if (at.record !== undefined) parts.push(`${w.record} ${at.record}`);
  if (at.column !== undefined) parts.push(`${at.record !== undefined ? w.field : w.column} "${at.column}"`);
  return parts.join(', ');
}

/** The message for a code with params; numbers are formatted for the language. */
export function importMessage(lang: Lang, code: string, params: Params = {}): string {
  let s = (lang === 'en' ? EN : SV)[code] ?? SV[code] ?? code;
  for (const [k, v] of Object.entries(params)) s = s.replaceAll(`{${k}}`, typeof v === 'number' ? formatNumber(v, lang) : v);
  return s;
}

/** An issue as shown: its place, then its message (a coded one rendered here). */
export function issueText(lang: Lang, issue: { file: string; line?: number; record?: number; column?: string; code: string; message: string; params?: Params }): string {
  if (!issue.params || !hasImportMessage(issue.code)) return issue.message;
  return `${issuePlace(lang, issue)}: ${importMessage(lang, issue.code, issue.params)}`;
}
