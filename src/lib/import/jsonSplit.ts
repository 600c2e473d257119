/**
 * A JSON file too deeply nested to parse whole is often one bad record among good ones
 * (a text field holding an object 10,000 levels deep). Find the list of records, the
 * top-level array or the responses array of a wrapper, split it into its elements with
 * a linear scan, and parse each on its own: a too-deep element is one bad record.
 */
import { fold } from './fold.ts';
import { tooDeep } from './jsonSafe.ts';

/** Stands for a record that was too deep to parse. */
export const TOO_DEEP: object = Object.freeze({});

/** The elements of the array opening at `open`: their spans, and where it closes. Null if it never closes. */
function elements(text: string, open: number): { spans: [number, number][]; close: number } | null {
  const spans: [number, number][] = [];
  let depth = 0;
  let inString = false;
  let start = open + 1;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) {
      if (--depth === 0) {
        if (text.slice(start, i).trim() !== '') spans.push([start, i]);
        return { spans, close: i };
      }
    } else if (c === 0x2c && depth === 1) {
      spans.push([start, i]);
      start = i + 1;
    }
  }
  return null;
}

/** Where the responses array of a top-level object opens, or -1. */
function responsesArray(text: string, from: number, names: ReadonlySet<string>): number {
  let depth = 0;
  let inString = false;
  let keyStart = -1;
  let lastKey = '';
  let afterColon = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) {
        inString = false;
        if (depth === 1 && !afterColon) lastKey = text.slice(keyStart, i + 1);
      }
      continue;
    }
    if (c === 0x22) {
      inString = true;
      keyStart = i;
    } else if (c === 0x3a && depth === 1) afterColon = true;
    else if (c === 0x2c && depth === 1) afterColon = false;
    else if (c === 0x5b || c === 0x7b) {
      if (depth === 1 && c === 0x5b && afterColon) {
        try {
          if (names.has(fold(JSON.parse(lastKey) as string))) return i;
        } catch {
          /* not a key */
        }
      }
      depth++;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

/**
 * The parsed file with its too-deep records replaced by TOO_DEEP, or null when the depth
 * is not inside the records (then the whole file is rejected as before). Throws
 * SyntaxError when a part is not valid JSON.
 */
export function parseWithDeepRecords(text: string, responseKeys: ReadonlySet<string>): unknown {
  const first = text.search(/\S/);
  if (first < 0) return null;
  const top = text.charCodeAt(first);
  const open = top === 0x5b ? first : top === 0x7b ? responsesArray(text, first, responseKeys) : -1;
  if (open < 0) return null;
  const list = elements(text, open);
  if (!list) return null;
  const outside = text.slice(0, open) + '[]' + text.slice(list.close + 1);
  if (tooDeep(outside)) return null;
  const records = list.spans.map(([a, b]) => (tooDeep(text, undefined, a, b) ? TOO_DEEP : JSON.parse(text.slice(a, b))));
  if (top === 0x5b) return records;
  const data = JSON.parse(outside) as Record<string, unknown>;
  // Put the records back under the key that held them (the only empty array we made).
  for (const k of Object.keys(data)) if (Array.isArray(data[k]) && (data[k] as unknown[]).length === 0 && responseKeys.has(fold(k))) data[k] = records;
  return data;
}
