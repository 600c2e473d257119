/**
 * One published yttrande (PDF, Word) → one response. The text is kept whole (headings as
 * lines of their own, so the classifier finds its sections); respondent, date, dnr and
 * remiss come from the letterhead (documentMeta), unless the user corrected them.
 */
import { findDocumentMeta } from './documentMeta.ts';
import { ImportError } from './errors.ts';
import type { IssueCollector } from './issues.ts';
import { decisionFrom } from './parseText.ts';
import { restore, type RawValue } from './restore.ts';
import type { DocumentFields, ImportOptions, ParsedBody, ParsedFile } from './types.ts';

export function parseDocument(text: string, file: string, format: 'pdf' | 'docx', collector: IssueCollector, opts: ImportOptions = {}): ParsedBody {
  const body = text.replace(/\r\n?/g, '\n');
  if (body.trim() === '') throw new ImportError('empty-file', file, { kind: 'document' });
  const meta = findDocumentMeta(body, file);
  const fields: DocumentFields = { ...meta.fields };
  const sources = { ...meta.sources };
  for (const [k, v] of Object.entries(opts.document ?? {}) as [keyof DocumentFields, string | undefined][]) {
    if (v === undefined) continue;
    const value = v.trim();
    if (value) fields[k] = value;
    else delete fields[k];
    sources[k] = 'user';
  }
  const values: RawValue[] = [
    { field: 'respondent', value: fields.respondent ?? '', column: 'remissinstans' },
    { field: 'text', value: body, column: 'text' },
  ];
  if (fields.date) values.push({ field: 'date', value: fields.date, column: 'datum' });
  if (fields.reference) values.push({ field: 'reference', value: fields.reference, column: 'dnr' });
  if (fields.consultation) values.push({ field: 'consultation', value: fields.consultation, column: 'remiss' });
  const decision = decisionFrom(body.split('\n'));
  if (decision) values.push({ field: 'decision', value: decision, column: 'förslag till beslut' });
  const r = restore(values, { collector, at: { line: 1 }, sourceFile: file, sourceLine: 1 });
  const document: NonNullable<ParsedFile['document']> = { ...fields, sources };
  return {
    format, headers: [], mapping: [], unknownColumns: [], duplicateHeaders: [],
    ...(fields.consultation ? { consultation: { title: fields.consultation } } : {}),
    document,
    responses: r.response ? [r.response] : [], goodRows: r.response ? 1 : 0, badRows: r.response ? 0 : 1,
  };
}
