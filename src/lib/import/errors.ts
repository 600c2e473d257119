/**
 * Whole-file rejections. A row problem is an ImportIssue (see issues.ts); an ImportError
 * means nothing in the file can be imported, so the preview shows only its message.
 */
export type ImportErrorCode =
  | 'binary-file' // magic bytes or control characters: not a text file at all
  | 'empty-file' // no bytes or only white space
  | 'no-header' // CSV without a recognisable header row
  | 'missing-column' // header found, but the respondent or text column is missing
  | 'no-rows' // a header or wrapper, but not a single record
  | 'invalid-json' // JSON.parse failed
  | 'json-too-deep' // nesting beyond MAX_JSON_DEPTH (rejected before parsing)
  | 'json-shape' // valid JSON, but a scalar, null or an object that is not responses
  | 'no-usable-rows' // rows, but not one with both a respondent and a text (params: file, n)
  | 'unreadable-document' // a workbook, PDF or Word file that is broken or not what its name says
  | 'no-text-layer'; // a PDF without text (a scan): no OCR here

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly file: string;
  /** Set for codes rendered by src/i18n/importMessages.ts; `message` is then the code. */
  readonly params?: Record<string, string | number>;

  /** `message` is shown to the user as is: Swedish, naming the file and what to do. */
  constructor(code: ImportErrorCode, file: string, message: string, params?: Record<string, string | number>) {
    super(message);
    this.name = 'ImportError';
    this.code = code;
    this.file = file;
    if (params) this.params = params;
  }
}
