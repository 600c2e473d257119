/**
 * CSV (comma, semicolon or tab) → responses. Handles Excel's habits: a `sep=;` line, title
 * rows above the header, trailing empty columns and rows, and totals rows.
 */
import { cleanName } from '../domain/normalize.ts';
import type { Theme } from '../domain/types.ts';
import { chooseDelimiter, findHeaderRow, isBlankRow, sampleRows, sepLine, SAMPLE_RECORDS, type Delimiter } from './delimiter.ts';
import { ImportError } from './errors.ts';
import { fold } from './fold.ts';
import { acceptedNames, mapHeaders, themeIndex, type Field, type HeaderMapping } from './headers.ts';
import { shorten, type IssueCollector } from './issues.ts';
import { GroupCollector, type DuplicatePolicy } from './groups.ts';
import { forEachRecord, type CsvRecord } from './records.ts';
import { restore, type RawValue } from './restore.ts';
import type { ParsedBody } from './types.ts';

const TOTALS = /^(summa|totalt|total|antal|sum|totalsumma|delsumma)( |$)/;
/** Counts and punctuation only: what a totals row holds besides its label. */
const NUMERIC = /^[\d\s.,:;%()+-]*$/;

/**
 * A totals or footer row ("Summa;15", ";Antal yttranden: 10", "Totalt;;12"): its first
 * non-empty cell is a totals label and the text cell is empty or only a number. Its label, else null.
 */
function totalsLabel(cells: readonly string[], textCol: number): string | null {
  const first = cells.findIndex((c) => c.trim() !== '');
  if (first < 0 || !TOTALS.test(fold(cells[first]))) return null;
  const text = (cells[textCol] ?? '').trim();
  if (text !== '' && first !== textCol && !NUMERIC.test(text)) return null;
  for (let i = first + 1; i < cells.length; i++) if (i !== textCol && !NUMERIC.test(cells[i].trim())) return null;
  return cells[first];
}

/** A column without a header cell is named by its place: "#3" (1-based). */
const unnamed = (i: number) => `#${i + 1}`;

/** A user-forced mapping: the first column per field wins, like automatic matching. */
function forcedMapping(headers: string[], forced: (Field | null)[]): HeaderMapping {
  const taken = new Set<Field>();
  const r: HeaderMapping = { mapping: [], unknownColumns: [], duplicateHeaders: [] };
  headers.forEach((h, i) => {
    const f = forced[i] ?? null;
    if (f && taken.has(f)) {
      r.duplicateHeaders.push(h || unnamed(i));
      r.mapping.push(null);
    } else {
      if (f) taken.add(f);
      r.mapping.push(f);
    }
  });
  return r;
}

/**
 * `table`: rows already split into cells, with their own row numbers (a spreadsheet's
 * sheet); then `text` is ignored and the rows go through the same header search, mapping,
 * checks and messages as a CSV file's records.
 */
export function parseCsv(
  text: string,
  file: string,
  collector: IssueCollector,
  opts: { delimiter?: Delimiter; mapping?: (Field | null)[]; themes?: Theme[]; duplicates?: DuplicatePolicy; table?: readonly CsvRecord[] },
): ParsedBody {
  const themes = themeIndex(opts.themes);
  const table = opts.table;
  const sep: ReturnType<typeof sepLine> = table ? { length: 0 } : sepLine(text);
  const body = sep.length ? text.slice(sep.length) : text;
  const firstLine = sep.length ? 2 : 1;
  const delimiter = opts.delimiter ?? sep.delimiter ?? (table ? ';' : chooseDelimiter(body, themes));
  const eachRecord: typeof forEachRecord = table ? (_t, _d, _s, _f, onRecord) => void table.every((r) => onRecord(r) !== false) : forEachRecord;

  const sample = table ? table.slice(0, SAMPLE_RECORDS).map((r) => r.cells) : sampleRows(body, delimiter);
  let header = findHeaderRow(sample, themes);
  if (!header && opts.mapping) {
    const i = sample.findIndex((r) => !isBlankRow(r));
    if (i >= 0) header = { index: i, respondent: true };
  }
  if (!header)
    throw new ImportError('no-header', file, { respondent: acceptedNames('respondent'), text: acceptedNames('text') });
  const cells = sample[header.index];
  let width = cells.length;
  while (width > 0 && cells[width - 1].trim() === '') width--; // trailing empty columns
  // A forced mapping may name a column that has no header cell.
  if (opts.mapping) width = Math.max(width, opts.mapping.length);
  const headers = Array.from({ length: width }, (_, i) => cleanName(cells[i] ?? ''));
  const m = opts.mapping ? forcedMapping(headers, opts.mapping) : mapHeaders(headers, themes);
  for (const need of ['respondent', 'text'] as const)
    if (!m.mapping.includes(need))
      throw new ImportError('missing-column', file, { kind: need, names: acceptedNames(need) });

  const textCol = m.mapping.indexOf('text');
  const grouper = new GroupCollector(opts.duplicates);
  let consultation: string | undefined;
  let headerLine = 0;
  let index = -1;
  let goodRows = 0;
  let badRows = 0;
  let skipped = 0;
  eachRecord(
    body,
    delimiter,
    0,
    firstLine,
    (rec) => {
      index++;
      if (index < header.index) return;
      const { cells, line } = rec;
      if (index === header.index) {
        headerLine = line;
        for (const c of m.unknownColumns) collector.add('unknown-column', 'warning', { line, column: c });
        for (const c of m.duplicateHeaders) collector.add('duplicate-header', 'warning', { line, column: c });
        return;
      }
      if (rec.quoteError) {
        badRows++;
        collector.add('broken-quotes', 'error', { line }, { kind: rec.quoteError === 'MissingQuotes' ? 'unclosed' : 'malformed' });
        return;
      }
      if (isBlankRow(cells)) return;
      const total = totalsLabel(cells, textCol);
      if (total !== null) {
        skipped++;
        collector.add('totals-row', 'warning', { line }, () => ({ value: shorten(total) }));
        return;
      }
      for (let i = 0; i < cells.length; i++) {
        if ((i >= width || (headers[i] === '' && m.mapping[i] === null)) && cells[i].trim() !== '') {
          collector.add('extra-cells', 'warning', { line, column: headers[i] || unnamed(i) }, () => ({ value: shorten(cells[i]) }));
          break;
        }
      }
      const values: RawValue[] = [];
      for (let i = 0; i < width; i++) {
        const f = m.mapping[i];
        if (f) values.push({ field: f, value: cells[i] ?? '', column: headers[i] || unnamed(i) });
      }
      const r = restore(values, { collector, at: { line }, sourceFile: file, sourceLine: line });
      if (r.consultation && consultation === undefined) consultation = r.consultation;
      if (!r.response) {
        badRows++;
        return;
      }
      goodRows++;
      grouper.add(r.response, r.consultation, line);
    },
    (line) => collector.add('too-many-broken-quotes', 'error', { line }),
  );
  if (goodRows + badRows === 0)
    throw new ImportError('no-rows', file, { kind: 'table', line: headerLine || firstLine });
  const groups = grouper.result();
  const responses = groups.flatMap((g) => g.responses);
  const first = groups.find((g) => g.key);
  return {
    format: 'csv', delimiter, headers, mapping: m.mapping, unknownColumns: m.unknownColumns, duplicateHeaders: m.duplicateHeaders,
    ...(consultation && first?.title ? { consultation: { title: first.title, ...(first.reference ? { reference: first.reference } : {}) } } : {}),
    responses, groups, duplicates: grouper.duplicates, duplicateNotes: grouper.notes, goodRows: responses.length, badRows, skippedRows: skipped,
  };
}
