/**
 * A sändlista: the instanser a remiss was sent to, as a one-column CSV ("Remissinstans"
 * and one name a row, what Excel saves) or a list pasted by hand, one name a line.
 * Only the first column of a CSV is read; a header row naming the column is dropped;
 * names are cleaned and duplicates (same respondent key) are reported, not kept.
 */
import { cleanName, respondentKey } from '../domain/normalize.ts';
import { decode, type EncodingName } from './decode.ts';

export interface SandlistaParse {
  names: string[];
  /** Names given more than once (the first spelling is kept). */
  duplicates: string[];
  /** The header row that was dropped, if any. */
  header?: string;
}

/** Header words that name the column rather than an instans. */
const HEADERS = new Set(
  ['remissinstans', 'remissinstanser', 'instans', 'instanser', 'mottagare', 'sändlista', 'sandlista', 'namn', 'nämnd', 'organisation', 'recipient', 'recipients', 'name', 'respondent'].map((h) =>
    h.normalize('NFD').replace(/\p{M}/gu, ''),
  ),
);
const isHeader = (s: string) => HEADERS.has(s.toLocaleLowerCase('sv-SE').normalize('NFD').replace(/\p{M}/gu, ''));

/** Longest name accepted; anything longer is not a name but a pasted document. */
const MAX_NAME = 300;

/** The first field of a CSV line: quoted ("a ""b"", c") or up to the delimiter. */
function firstField(line: string, delimiter: string | null): string {
  const s = line.trimStart();
  if (s.startsWith('"')) {
    let out = '';
    for (let i = 1; i < s.length; i++) {
      if (s[i] === '"') {
        if (s[i + 1] === '"') {
          out += '"';
          i++;
        } else return out;
      } else out += s[i];
    }
    return out;
  }
  if (!delimiter) return s;
  const at = s.indexOf(delimiter);
  return at < 0 ? s : s.slice(0, at);
}

/** The delimiter of a CSV, judged from its first line outside quotes: ; then tab then comma. */
function sniffDelimiter(first: string): string | null {
  const bare = first.replace(/"(?:[^"]|"")*"/g, '');
  for (const d of [';', '\t', ',']) if (bare.includes(d)) return d;
  return null;
}

function collect(lines: string[], field: (line: string) => string): SandlistaParse {
  const names: string[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  let header: string | undefined;
  let first = true;
  for (const line of lines) {
    const name = cleanName(field(line)).slice(0, MAX_NAME);
    if (!name) continue;
    if (first) {
      first = false;
      if (isHeader(name)) {
        header = name;
        continue;
      }
    }
    const k = respondentKey(name);
    if (seen.has(k)) {
      duplicates.push(name);
      continue;
    }
    seen.add(k);
    names.push(name);
  }
  return header === undefined ? { names, duplicates } : { names, duplicates, header };
}

const splitLines = (text: string) => text.split(/\r\n|\r|\n/);

/** A pasted list: one name a line, taken whole (a comma can be part of a name). */
export function parseSandlistaText(text: string): SandlistaParse {
  return collect(splitLines(text), (line) => {
    const s = line.trim();
    return s.length >= 2 && s.startsWith('"') && s.endsWith('"') ? s.slice(1, -1).replaceAll('""', '"') : s;
  });
}

/** A sändlista file (CSV or plain text, any encoding decode() detects): its first column. */
export function parseSandlistaFile(bytes: Uint8Array): SandlistaParse & { encoding: EncodingName } {
  const { text, encoding } = decode(bytes);
  const lines = splitLines(text);
  const delimiter = sniffDelimiter(lines.find((l) => l.trim()) ?? '');
  return { ...collect(lines, (line) => firstField(line, delimiter)), encoding };
}

/** Add names to a sändlista, skipping ones already on it. Returns the new list and what was added. */
export function mergeSandlista(current: readonly string[], extra: readonly string[]): { names: string[]; added: string[] } {
  const seen = new Set(current.map(respondentKey));
  const names = [...current];
  const added: string[] = [];
  for (const raw of extra) {
    const name = cleanName(raw);
    const k = respondentKey(name);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    names.push(name);
    added.push(name);
  }
  return { names, added };
}
