/**
 * A spreadsheet workbook (.xlsx, .ods) → responses, through the same table import as CSV.
 * The sheet read is the user's choice, else the first whose header row names a nämnd and
 * a text column (a notes or instructions sheet is passed over); messages name the sheet.
 */
import { grouped } from './parseFile.ts';
import type { Workbook } from './documents/sheet.ts';
import { findHeaderRow } from './delimiter.ts';
import { ImportError } from './errors.ts';
import { mapHeaders, themeIndex } from './headers.ts';
import { IssueCollector, shorten } from './issues.ts';
import { parseCsv } from './parseCsv.ts';
import type { ImportOptions, ParsedFile } from './types.ts';
import { SAMPLE_RECORDS } from './delimiter.ts';

/** The sheets whose header row maps to a respondent and a text column, in workbook order. */
export function sheetsWithResponses(book: Workbook, opts: ImportOptions = {}): string[] {
  const themes = themeIndex(opts.themes);
  return book.sheets
    .filter((s) => {
      const sample = s.rows.slice(0, SAMPLE_RECORDS).map((r) => r.cells);
      const h = findHeaderRow(sample, themes);
      if (!h?.respondent) return false;
      const m = mapHeaders(sample[h.index], themes).mapping;
      return m.includes('respondent') && m.includes('text');
    })
    .map((s) => s.name);
}

export function parseWorkbook(book: Workbook, file: string, format: 'xlsx' | 'ods', opts: ImportOptions = {}): ParsedFile {
  const names = book.sheets.map((s) => s.name);
  const nonEmpty = book.sheets.filter((s) => s.rows.length);
  if (!nonEmpty.length) throw new ImportError('empty-file', file, { kind: 'workbook' });
  const candidates = sheetsWithResponses(book, opts);
  let sheet = opts.sheet ? book.sheets.find((s) => s.name === opts.sheet) : undefined;
  if (!sheet) {
    const found = candidates[0];
    sheet = found ? book.sheets.find((s) => s.name === found)! : opts.mapping ? nonEmpty[0] : undefined;
  }
  if (!sheet)
    throw new ImportError('no-header', file, { kind: 'workbook', sheets: names.map((n) => `"${shorten(n)}"`).join(', ') });
  const collector = new IssueCollector(file);
  collector.sheet = sheet.name;
  const body = parseCsv('', file, collector, { mapping: opts.mapping, themes: opts.themes, table: sheet.rows });
  return {
    ...body,
    format,
    delimiter: undefined,
    file,
    encoding: 'utf-8',
    // The sheets that can be chosen: those holding yttranden (a notes sheet would only fail).
    sheets: candidates.includes(sheet.name) ? candidates : [sheet.name, ...candidates],
    sheet: sheet.name,
    ...grouped(body),
    issues: collector.issues,
    issueCount: collector.count,
  };
}
