/**
 * Every file the import takes: the text formats through parseFile, and Excel/OpenDocument
 * workbooks, PDF and Word documents through their readers. Reading a document is async
 * and the slow part (PDF.js), so it is split from parsing: the worker keeps what was
 * extracted, and a change in the preview (sheet, mapping, corrected respondent) parses
 * again without reading the file again.
 */
import type { MessageParams } from '../domain/message.ts';
import { readDocx } from './documents/docx.ts';
import { readOds } from './documents/ods.ts';
import { PdfError, readPdf, type PdfJs } from './documents/pdf.ts';
import type { Workbook } from './documents/sheet.ts';
import { readXlsx } from './documents/xlsx.ts';
import { openZip, ZipError } from './documents/zip.ts';
import { ImportError } from './errors.ts';
import { IssueCollector } from './issues.ts';
import { parseDocument } from './parseDocument.ts';
import { grouped, parseFile } from './parseFile.ts';
import { parseWorkbook } from './parseWorkbook.ts';
import type { ImportOptions, ParsedFile } from './types.ts';

export type DocumentFormat = 'xlsx' | 'ods' | 'pdf' | 'docx';

/** What was read out of a document: a workbook's sheets, or a document's text. */
export type Extracted = { kind: 'book'; format: 'xlsx' | 'ods'; book: Workbook } | { kind: 'text'; format: 'pdf' | 'docx'; text: string };

/** The heavy readers, loaded only when such a file comes (the browser and Node load different builds). */
export interface DocumentReaders {
  pdfjs: () => Promise<PdfJs>;
}

const ext = (name: string) => (/\.([a-z0-9]{1,8})$/i.exec(name)?.[1] ?? '').toLowerCase();

/** Is this a document this module reads (by its bytes, the name only telling zips apart)? */
export function documentFormat(bytes: Uint8Array, fileName: string): DocumentFormat | null {
  const b = bytes;
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46 && b[4] === 0x2d) return 'pdf';
  if (!(b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04)) return null;
  const e = ext(fileName);
  if (e === 'xlsx' || e === 'xlsm') return 'xlsx';
  if (e === 'docx' || e === 'docm') return 'docx';
  if (e === 'ods') return 'ods';
  try {
    const names = openZip(bytes).names;
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    if (names.includes('word/document.xml')) return 'docx';
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
    if (names.includes('content.xml') && head.includes('opendocument.spreadsheet')) return 'ods';
  } catch {
    // Not a readable zip: the sniffer explains what it is.
  }
  return null;
}

/** Read a document (the slow, async part). Throws a coded ImportError. */
export async function extractDocument(bytes: Uint8Array, file: string, format: DocumentFormat, readers: DocumentReaders): Promise<Extracted> {
  try {
    switch (format) {
      case 'xlsx':
        return { kind: 'book', format, book: await readXlsx(bytes) };
      case 'ods':
        return { kind: 'book', format, book: await readOds(bytes) };
      case 'docx':
        return { kind: 'text', format, text: (await readDocx(bytes)).text };
      case 'pdf':
        return { kind: 'text', format, text: (await readPdf(bytes, await readers.pdfjs())).text };
    }
  } catch (e) {
    if (e instanceof ImportError) throw e;
    if (e instanceof PdfError && e.code === 'no-text') throw new ImportError('no-text-layer', file);
    // The reason is a ZipError's or PdfError's code (worded by src/i18n), else the error as is.
    const why: MessageParams = e instanceof ZipError || e instanceof PdfError ? { reason: e.code, ...e.params } : { reason: 'other', detail: String(e) };
    throw new ImportError('unreadable-document', file, { ...why, format, kind: format === 'pdf' ? 'pdf' : 'office' });
  }
}

/** Parse what was extracted (fast and sync: run again on every change in the preview). */
export function parseExtracted(ex: Extracted, file: string, opts: ImportOptions = {}): ParsedFile {
  if (ex.kind === 'book') return parseWorkbook(ex.book, file, ex.format, opts);
  const collector = new IssueCollector(file);
  const body = parseDocument(ex.text, file, ex.format, collector, opts);
  return { file, encoding: 'utf-8', ...body, ...grouped(body), issues: collector.issues, issueCount: collector.count };
}

/** Any supported file → ParsedFile (the CLI's entry; the worker uses the two steps above). */
export async function parseAnyFile(bytes: Uint8Array, file: string, opts: ImportOptions, readers: DocumentReaders): Promise<ParsedFile> {
  const format = documentFormat(bytes, file);
  if (!format) return parseFile(bytes, file, opts);
  return parseExtracted(await extractDocument(bytes, file, format, readers), file, opts);
}
