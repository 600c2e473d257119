/**
 * Walk the records of a CSV string with papaparse, giving each record the physical line it
 * starts on (1-based, newlines inside quoted cells counted), as a text editor numbers it.
 * A quoted cell that never closes swallows the rest of the file in papaparse; we report it
 * and resume at the next physical line, so one stray quote costs one row, not the file.
 */
import Papa from 'papaparse';
import type { Delimiter } from './delimiter.ts';

export interface CsvRecord {
  cells: string[];
  line: number;
  /** papaparse's complaint about this record's quoting, if any. */
  quoteError?: string;
}

/** After this many broken-quote restarts the rest of the file is given up on (each restart rescans). */
const MAX_RESTARTS = 20;

function countChar(text: string, ch: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf(ch, from); i !== -1 && i < to; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * Call `onRecord` for each record from `start` on. Return false from it to stop.
 * `firstLine` is the line number of the character at `start`.
 */
export function forEachRecord(
  text: string,
  delimiter: Delimiter,
  start: number,
  firstLine: number,
  onRecord: (r: CsvRecord) => boolean | void,
  onGiveUp?: (line: number) => void,
): void {
  let offset = start;
  let line = firstLine;
  for (let restarts = 0; offset < text.length; restarts++) {
    if (restarts > MAX_RESTARTS) {
      onGiveUp?.(line);
      return;
    }
    const chunk = offset === 0 ? text : text.slice(offset);
    let prev = 0;
    let resumeAt = -1;
    let stopped = false;
    let nl = '\n';
    Papa.parse<string[]>(chunk, {
      delimiter,
      header: false,
      dynamicTyping: false,
      skipEmptyLines: false,
      step(results, parser) {
        nl = results.meta.linebreak === '\r' ? '\r' : '\n';
        const cursor = results.meta.cursor;
        const recLine = line;
        const missing = results.errors.find((e) => e.code === 'MissingQuotes');
        const bad = missing ?? results.errors.find((e) => e.type === 'Quotes');
        const rec: CsvRecord = { cells: results.data, line: recLine };
        if (bad) rec.quoteError = bad.code;
        if (missing) {
          // Resume right after the physical line the broken record started on.
          const eol = chunk.indexOf(nl, prev);
          resumeAt = eol === -1 ? -1 : offset + eol + nl.length;
          rec.cells = [];
          if (onRecord(rec) === false) stopped = true;
          parser.abort();
          return;
        }
        line += countChar(chunk, nl, prev, cursor);
        prev = cursor;
        if (onRecord(rec) === false) {
          stopped = true;
          parser.abort();
        }
      },
    });
    if (stopped || resumeAt === -1) return;
    line += 1; // the broken record's first line
    offset = resumeAt;
  }
}
