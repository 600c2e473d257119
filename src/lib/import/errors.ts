/**
 * Whole-file rejections. A row problem is an ImportIssue (see issues.ts); an ImportError
 * means nothing in the file can be imported, so the preview shows only its message, which
 * src/i18n/importMessages.ts writes from `code`, `file` and `params`.
 */
import { CodedError, type MessageParams } from '../domain/message.ts';

export type ImportErrorCode =
  | 'binary-file' // magic bytes or control characters: not a text file at all (params: kind)
  | 'empty-file' // no bytes or only white space (params: kind 'text' | 'document' | 'workbook' for those files)
  | 'file-too-large' // more text than one JavaScript string can hold (params: mb, maxMb): split the file
  | 'no-header' // CSV without a recognisable header row (params: respondent, text: the accepted names); a workbook's sheets (params: kind 'workbook', sheets)
  | 'missing-column' // header found, but the respondent or text column is missing (params: kind 'respondent' | 'text', names)
  | 'no-rows' // a header or wrapper, but not a single record (params: kind, line)
  | 'invalid-json' // JSON.parse failed (params: line, column, near when known)
  | 'json-too-deep' // nesting beyond MAX_JSON_DEPTH (rejected before parsing) (params: max)
  | 'json-shape' // valid JSON, but a scalar or null (params: type)
  | 'no-usable-rows' // rows, but not one with both a respondent and a text (params: n)
  | 'unreadable-document' // a workbook, PDF or Word file that is broken or not what its name says (params: format, reason: a ZipReason or PdfError code, name, …)
  | 'no-text-layer'; // a PDF without text (a scan): no OCR here

export class ImportError extends CodedError {
  declare readonly code: ImportErrorCode;
  readonly file: string;

  constructor(code: ImportErrorCode, file: string, params: MessageParams = {}) {
    super(code, params);
    this.name = 'ImportError';
    this.file = file;
  }
}
