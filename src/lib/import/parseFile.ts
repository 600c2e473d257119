/**
 * The whole pipeline for one file: sniff → decode → choose the format → parse → totals.
 * Pure (bytes in, data out), so it runs the same in Node, in the browser and in a worker.
 */
import { decode, detectBom, detectUtf16, type EncodingName } from './decode.ts';
import { findHeaderRow, sampleRows, DELIMITERS } from './delimiter.ts';
import { ImportError } from './errors.ts';
import { themeIndex } from './headers.ts';
import { IssueCollector } from './issues.ts';
import { parseCsv } from './parseCsv.ts';
import { parseJson, parseNdjson } from './parseJson.ts';
import { parseText } from './parseText.ts';
import { sniffBinary } from './sniff.ts';
import type { ImportOptions, ParsedBody, ParsedFile } from './types.ts';

const CSV = new Set(['csv', 'tsv', 'tab', 'ssv']);
const JSON_EXT = new Set(['json']);
const NDJSON = new Set(['ndjson', 'jsonl']);
/** Excel's "Text (tabbavgränsad)" and "Unicode-text" are tables saved as .txt. */
const TEXT = new Set(['txt', 'md', 'markdown', 'text']);

const extension = (name: string) => (/\.([a-z0-9]{1,10})$/i.exec(name)?.[1] ?? '').toLowerCase();

/** Does the text have a CSV header row (respondent + one more known column) under some delimiter? */
function looksLikeCsv(text: string, opts: ImportOptions): boolean {
  if (opts.delimiter || opts.mapping) return true;
  const themes = themeIndex(opts.themes);
  return DELIMITERS.some((d) => findHeaderRow(sampleRows(text, d), themes)?.respondent === true);
}

type Format = 'csv' | 'json' | 'ndjson' | 'text';

/** "Ã¤" is ä in UTF-8 read as Windows-1252: typical of a file with a few non-UTF-8 bytes. */
const MOJIBAKE = /Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/** A file-level warning when the chosen encoding looks wrong, so the user tries another. */
function checkEncoding(text: string, encoding: EncodingName, collector: IssueCollector): void {
  const sample = text.length > 1_000_000 ? text.slice(0, 1_000_000) : text;
  if (encoding === 'windows-1252' && MOJIBAKE.test(sample))
    collector.add('encoding-suspect', 'warning', {});
  else if (sample.includes('\uFFFD'))
    collector.add('encoding-replacement', 'warning', {}, { encoding });
}

function chooseFormat(text: string, ext: string, opts: ImportOptions): Format {
  if (CSV.has(ext)) return 'csv';
  if (JSON_EXT.has(ext)) return 'json';
  if (NDJSON.has(ext)) return 'ndjson';
  if (!TEXT.has(ext)) {
    const first = /\S/.exec(text.slice(0, 1024))?.[0];
    if (first === '{' || first === '[') return 'json';
  }
  return looksLikeCsv(text, opts) ? 'csv' : 'text';
}

/**
 * The most a text file may hold: a JavaScript string holds at most 2^29 − 24 UTF-16 units
 * (V8), and a decoder given more returns nothing. Said as such, never as an empty file.
 */
export const MAX_TEXT_FILE_BYTES = 500 * 1024 * 1024;

export function parseFile(bytes: Uint8Array, fileName: string, opts: ImportOptions = {}): ParsedFile {
  const file = fileName;
  const max = opts.maxBytes ?? MAX_TEXT_FILE_BYTES;
  if (bytes.byteLength > max) throw new ImportError('file-too-large', file, { mb: Math.ceil(bytes.byteLength / 1048576), maxMb: Math.floor(max / 1048576) });
  // UTF-16 without a byte-order mark is half NUL bytes: not binary, once recognised.
  const sniffed = sniffBinary(bytes, fileName, opts.encoding ?? (detectBom(bytes) ? undefined : (detectUtf16(bytes) ?? undefined)));
  if (sniffed) throw new ImportError('binary-file', file, { kind: sniffed.kind });
  const { text, encoding } = decode(bytes, opts.encoding);
  if (text.trim() === '') throw new ImportError('empty-file', file);
  const collector = new IssueCollector(file);
  checkEncoding(text, encoding, collector);
  let body: ParsedBody;
  switch (chooseFormat(text, extension(fileName), opts)) {
    case 'csv':
      body = parseCsv(text, file, collector, opts);
      break;
    case 'json':
      body = parseJson(text, file, collector, opts);
      break;
    case 'ndjson':
      body = parseNdjson(text, file, collector, opts);
      break;
    case 'text':
      body = parseText(text, file, collector);
      break;
  }
  // Not one row with both a nämnd and a text: the file as a whole is wrong (columns
  // missing or mis-mapped), so one message with the count, not a million row issues.
  const lacking = (collector.byCode.get('missing-respondent') ?? 0) + (collector.byCode.get('empty-text') ?? 0);
  if (body.goodRows === 0 && lacking > 0 && body.format !== 'text')
    throw new ImportError('no-usable-rows', file, { n: body.badRows });
  return { file, encoding, ...body, ...grouped(body), issues: collector.issues, issueCount: collector.count };
}

/** A reader that knows nothing of remisser gives one group: the rows that name none. */
export function grouped(body: Pick<ParsedBody, 'responses' | 'groups' | 'duplicates' | 'duplicateNotes'>) {
  return {
    groups: body.groups ?? [{ key: '', responses: body.responses, duplicates: 0 }],
    duplicates: body.duplicates ?? 0,
    duplicateNotes: body.duplicateNotes ?? [],
  };
}
