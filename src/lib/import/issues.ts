/**
 * Row-level problems: codes, Swedish messages, and a collector that keeps only the first
 * MAX_ISSUES. A 200,000-bad-row file must not build 200,000 message strings, so the
 * message is only formatted for issues that are kept; the rest are only counted.
 */
export type IssueCode =
  | 'invalid-date' // impossible or unreadable date
  | 'missing-respondent' // no respondent name in the row
  | 'empty-text' // no yttrande text
  | 'wrong-type' // JSON value of the wrong type (object where a string is needed, …)
  | 'unknown-stance' // stance value not understood: field ignored
  | 'unknown-kind' // kind value not understood: guessed from the name instead
  | 'duplicate-respondent' // same respondent twice in the file: the later row wins
  | 'duplicate-header' // two columns for the same field: the first wins
  | 'unknown-column' // a column no field matches: shown in the mapping step
  | 'extra-cells' // more non-empty cells than header columns (often an unquoted delimiter)
  | 'broken-quotes' // a quoted cell that never ends or ends badly
  | 'totals-row' // a "Summa"/"Totalt" row that was skipped
  | 'invalid-json-line' // NDJSON line that is not valid JSON
  | 'not-an-object' // JSON record that is not an object
  | 'ignored-key' // __proto__ / constructor / prototype key dropped
  | 'mixed-consultations' // the consultation column names more than one remiss
  | 'encoding-suspect' // the text looks mis-decoded (UTF-8 read as Windows-1252, or U+FFFD)
  | 'record-too-deep'; // a JSON record nested beyond MAX_JSON_DEPTH: that record only is skipped (params: max)

export type Severity = 'error' | 'warning';

export interface ImportIssue {
  file: string;
  /** CSV/text: the physical line where the record starts, 1-based (header = its line). */
  line?: number;
  /** JSON/NDJSON: 1-based record number. */
  record?: number;
  column?: string;
  code: IssueCode;
  /** Swedish; names file, row and column. For a coded issue (params set): only the place; src/i18n renders it. */
  message: string;
  severity: Severity;
  /** Set for codes rendered by src/i18n/importMessages.ts rather than written here. */
  params?: Record<string, string | number>;
}

export const MAX_ISSUES = 100;

/** Where an issue is: a CSV line or a JSON record, and the column/key. */
export interface IssueAt {
  line?: number;
  record?: number;
  column?: string;
}

/** Shorten a user value for a message; never let one cell flood the preview. */
export function quote(v: string, max = 60): string {
  const s = v.length > max ? v.slice(0, max) + '…' : v;
  return `"${s.replace(/\s+/g, ' ')}"`;
}

/**
 * "yttranden.csv, rad 14, kolumn "Datum"" (CSV), "svar.json, post 3, fält "datum"" (JSON),
 * "svar.ndjson, rad 3, fält "datum"" (NDJSON: a line that is a record).
 */
export function location(file: string, at: IssueAt, sheet?: string): string {
  const parts = [file];
  if (at.line !== undefined) parts.push(sheet ? `rad ${at.line} i bladet ${quote(sheet)}` : `rad ${at.line}`);
  else if (at.record !== undefined) parts.push(`post ${at.record}`);
  if (at.column !== undefined) parts.push(`${at.record !== undefined ? 'fält' : 'kolumn'} ${quote(at.column)}`);
  return parts.join(', ');
}

export class IssueCollector {
  readonly issues: ImportIssue[] = [];
  count = 0;
  errors = 0;
  /** Issues per code, all of them (also those not kept). */
  readonly byCode = new Map<IssueCode, number>();

  /** A workbook's sheet: rows are then named "rad 5 i bladet "Yttranden"". */
  sheet?: string;

  constructor(readonly file: string) {}

  /**
   * Record an issue. `text` is a thunk so that the message (and any quoting of user data)
   * is only built for the first MAX_ISSUES issues.
   */
  add(code: IssueCode, severity: Severity, at: IssueAt, text: () => string, params?: Record<string, string | number>): void {
    this.count++;
    this.byCode.set(code, (this.byCode.get(code) ?? 0) + 1);
    if (severity === 'error') this.errors++;
    if (this.issues.length >= MAX_ISSUES) return;
    const issue: ImportIssue = { file: this.file, code, severity, message: params ? location(this.file, at, this.sheet) : `${location(this.file, at, this.sheet)}: ${text()}` };
    if (params) issue.params = params;
    if (at.line !== undefined) issue.line = at.line;
    if (at.record !== undefined) issue.record = at.record;
    if (at.column !== undefined) issue.column = at.column;
    this.issues.push(issue);
  }

  /** A coded issue: its message is rendered from `code` and `params` by src/i18n. */
  addCoded(code: IssueCode, severity: Severity, at: IssueAt, params: Record<string, string | number>): void {
    this.add(code, severity, at, () => '', params);
  }
}
