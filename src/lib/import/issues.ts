import type { MessageParams } from '../domain/message.ts';

/**
 * Row-level problems: a code and params (src/i18n writes the sentence), and a collector
 * that keeps only the first MAX_ISSUES. A 200,000-bad-row file must not build 200,000
 * issue objects, so params (and any quoting of user data) are only built for issues that
 * are kept; the rest are only counted.
 */
export type IssueCode =
  | 'invalid-date' // impossible or unreadable date (params: value)
  | 'invalid-date-in-text' // a date in a text file that cannot be read (params: value)
  | 'invalid-deadline' // the remiss's deadline cannot be read (params: value)
  | 'missing-respondent' // no respondent name in the row
  | 'empty-text' // no yttrande text (params: respondent)
  | 'wrong-type' // JSON value of the wrong type where a text is needed (params: type)
  | 'wrong-type-name' // JSON value of the wrong type where a name is needed (params: type)
  | 'bad-consultation' // a part of the remiss (JSON) has the wrong shape: ignored (params: kind; key)
  | 'unknown-stance' // stance value not understood: field ignored (params: value)
  | 'unknown-kind' // kind value not understood: guessed from the name instead (params: value)
  | 'duplicate-respondent' // same respondent twice in the file: the later row wins
  | 'duplicate-header' // two columns for the same field: the first wins
  | 'duplicate-field' // a JSON key names a field the record already has under another name
  | 'unknown-column' // a column no field matches: shown in the mapping step
  | 'unknown-field' // a JSON key no field matches (reported once per name)
  | 'extra-cells' // more non-empty cells than header columns (often an unquoted delimiter) (params: value)
  | 'broken-quotes' // a quoted cell that never ends or ends badly (params: problem)
  | 'too-many-broken-quotes' // so many broken quotes that the rest of the file was not read
  | 'totals-row' // a "Summa"/"Totalt" row that was skipped (params: value)
  | 'invalid-json-line' // NDJSON line that is not valid JSON (params: reason, value, max)
  | 'not-an-object' // JSON record that is not an object (params: type)
  | 'ignored-key' // __proto__ / constructor / prototype key dropped
  | 'mixed-consultations' // the consultation column names more than one remiss
  | 'encoding-suspect' // the text looks like UTF-8 read as Windows-1252
  | 'encoding-replacement' // the text holds U+FFFD: some bytes are not valid in the encoding (params: encoding)
  | 'record-too-deep'; // a JSON record nested beyond MAX_JSON_DEPTH: that record only is skipped (params: max)

export type Severity = 'error' | 'warning';

export interface ImportIssue {
  file: string;
  /** CSV/text: the physical line where the record starts, 1-based (header = its line). */
  line?: number;
  /** JSON/NDJSON: 1-based record number. */
  record?: number;
  column?: string;
  /** A workbook's sheet: the row is Excel's row in that sheet. */
  sheet?: string;
  code: IssueCode;
  /** What src/i18n/importMessages.ts needs to write the sentence (user values already shortened). */
  params: MessageParams;
  severity: Severity;
}

export const MAX_ISSUES = 100;

/** Where an issue is: a CSV line or a JSON record, and the column/key. */
export interface IssueAt {
  line?: number;
  record?: number;
  column?: string;
}

/** Shorten a user value for a message; never let one cell flood the preview. */
export function shorten(v: string, max = 60): string {
  const s = v.length > max ? v.slice(0, max) + '…' : v;
  return s.replace(/\s+/g, ' ').trim();
}

export class IssueCollector {
  readonly issues: ImportIssue[] = [];
  count = 0;
  errors = 0;
  /** Issues per code, all of them (also those not kept). */
  readonly byCode = new Map<IssueCode, number>();

  /** A workbook's sheet: its issues name Excel's row in that sheet. */
  sheet?: string;

  constructor(readonly file: string) {}

  /**
   * Record an issue. `params` may be a thunk so that it (and any shortening of user data)
   * is only built for the first MAX_ISSUES issues.
   */
  add(code: IssueCode, severity: Severity, at: IssueAt, params: MessageParams | (() => MessageParams) = {}): void {
    this.count++;
    this.byCode.set(code, (this.byCode.get(code) ?? 0) + 1);
    if (severity === 'error') this.errors++;
    if (this.issues.length >= MAX_ISSUES) return;
    const issue: ImportIssue = { file: this.file, code, severity, params: typeof params === 'function' ? params() : params };
    if (at.line !== undefined) issue.line = at.line;
    if (at.record !== undefined) issue.record = at.record;
    if (at.column !== undefined) issue.column = at.column;
    if (this.sheet !== undefined && at.line !== undefined) issue.sheet = this.sheet;
    this.issues.push(issue);
  }
}
