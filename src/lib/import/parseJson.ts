/**
 * JSON (an array of responses, the {consultation, responses} wrapper or the Swedish
 * {remiss, yttranden} one) and NDJSON (one object a line). Depth is checked on the raw
 * string before JSON.parse; the parsed tree is then read without recursion.
 */
import type { Theme } from '../domain/types.ts';
import { shapeOf } from '../domain/message.ts';
import { ImportError } from './errors.ts';
import { fold } from './fold.ts';
import { shorten, type IssueCollector } from './issues.ts';
import type { DuplicatePolicy } from './groups.ts';
import { JsonSink } from './jsonRecords.ts';
import { parseWithDeepRecords, TOO_DEEP } from './jsonSplit.ts';
import { MAX_JSON_DEPTH, errorPosition, isObject, safeKeys, tooDeep } from './jsonSafe.ts';
import type { ParsedBody } from './types.ts';

const RESPONSES = new Set(['responses', 'yttranden', 'remissvar', 'svar', 'answers']);
const CONSULTATION = new Set(['consultation', 'remiss']);

function body(sink: JsonSink, format: 'json' | 'ndjson'): ParsedBody {
  const groups = sink.grouper.result();
  const responses = groups.flatMap((g) => g.responses);
  return {
    format, headers: [], mapping: [], unknownColumns: [...sink.unknown], duplicateHeaders: [...sink.duplicates],
    ...(sink.consultation ? { consultation: sink.consultation } : {}),
    responses, groups, duplicates: sink.grouper.duplicates, duplicateNotes: sink.grouper.notes, goodRows: responses.length, badRows: sink.badRows,
  };
}

/** Several non-blank lines, the first of which is a JSON object on its own. */
function looksLikeNdjson(text: string): boolean {
  const lines = text.split('\n', 3).filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  try {
    return isObject(JSON.parse(lines[0]));
  } catch {
    return false;
  }
}

export function parseJson(text: string, file: string, collector: IssueCollector, opts: { themes?: Theme[]; duplicates?: DuplicatePolicy }): ParsedBody {
  let data: unknown;
  try {
    if (tooDeep(text)) {
      // Deep inside one record is one bad record; anywhere else the file is not yttranden.
      data = parseWithDeepRecords(text, RESPONSES);
      if (data === null)
        throw new ImportError('json-too-deep', file, { max: MAX_JSON_DEPTH });
    } else data = JSON.parse(text);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    if (looksLikeNdjson(text)) return parseNdjson(text, file, collector, opts);
    const p = errorPosition(err, text);
    throw new ImportError('invalid-json', file, p ? { kind: 'at', line: p.line, column: p.column, near: shorten(p.snippet, 40) } : {});
  }
  const sink = new JsonSink(collector, file, opts.themes, opts.duplicates);
  let records: unknown[];
  if (Array.isArray(data)) records = data;
  else if (isObject(data)) {
    const keys = safeKeys(data, (k) => collector.add('ignored-key', 'warning', { column: k }, ));
    const list = keys.find((k) => RESPONSES.has(fold(k)) && Array.isArray(data[k]));
    const cons = keys.find((k) => CONSULTATION.has(fold(k)) && (isObject(data[k]) || typeof data[k] === 'string'));
    if (cons) sink.setConsultation(data[cons]);
    if (list) records = data[list] as unknown[];
    else if (keys.length === 0) throw new ImportError('no-rows', file, { kind: 'empty-object' });
    else if (cons && keys.length === 1) records = []; // only a remiss: its themes and sändlista
    else records = [data]; // a single response object; restore reports what is missing
  } else {
    throw new ImportError('json-shape', file, { type: shapeOf(data) });
  }
  if (records.length === 0 && !sink.consultation)
    throw new ImportError('no-rows', file, { kind: 'empty-list' });
  if (records.length > 0 && records.every((r) => r === TOO_DEEP))
    throw new ImportError('json-too-deep', file, { max: MAX_JSON_DEPTH });
  records.forEach((r, i) => {
    if (r !== TOO_DEEP) return sink.add(r, { record: i + 1 }, i + 1);
    sink.badRows++;
    collector.add('record-too-deep', 'error', { record: i + 1 }, { max: MAX_JSON_DEPTH });
  });
  return body(sink, 'json');
}

/** NDJSON: every non-blank line is one record; a broken line is one bad row, not a failed file. */
export function parseNdjson(text: string, file: string, collector: IssueCollector, opts: { themes?: Theme[]; duplicates?: DuplicatePolicy }): ParsedBody {
  const sink = new JsonSink(collector, file, opts.themes, opts.duplicates);
  let line = 0;
  let record = 0;
  for (let pos = 0; pos <= text.length; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    const src = text.slice(pos, end).trim();
    pos = end + 1;
    line++;
    if (src === '') continue;
    record++;
    const at = { line, record };
    let v: unknown;
    const deep = tooDeep(src);
    try {
      if (deep) throw new Error('too deep');
      v = JSON.parse(src);
    } catch {
      sink.badRows++;
      collector.add('invalid-json-line', 'error', at, () => ({ kind: deep ? 'too-deep' : 'syntax', max: MAX_JSON_DEPTH, value: shorten(src, 40) }));
      continue;
    }
    // A first line {"remiss": {…}} (or {"consultation": …}) describes the remiss itself.
    const keys = isObject(v) ? safeKeys(v) : [];
    if (isObject(v) && keys.length === 1 && CONSULTATION.has(fold(keys[0])) && isObject(v[keys[0]])) {
      sink.setConsultation(v[keys[0]]);
      continue;
    }
    sink.add(v, at, line);
  }
  if (sink.goodRows + sink.badRows === 0 && !sink.consultation)
    throw new ImportError('no-rows', file, { kind: 'ndjson' });
  return body(sink, 'ndjson');
}
