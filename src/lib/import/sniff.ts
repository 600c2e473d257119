/**
 * Recognise files that are not text before decoding them, so that a PNG renamed .csv
 * gets "this is an image" instead of a hundred rows of garbage. The result's `kind` says
 * what the file is; src/i18n/importMessages.ts says that and what to do.
 */
import { detectBom, type EncodingName } from './decode.ts';

export type SniffKind = 'xlsx' | 'docx' | 'ods' | 'odt' | 'zip' | 'binary' | 'png' | 'jpeg' | 'gif' | 'pdf' | 'gzip' | 'doc' | 'xls' | 'html' | 'excel-xml' | 'rtf';

export interface SniffResult {
  kind: SniffKind;
}

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

/** Does the ASCII string occur in the bytes? Linear: the needle is short and fixed. */
function containsAscii(bytes: Uint8Array, needle: string, limit = bytes.length): boolean {
  const n = needle.length;
  const first = needle.charCodeAt(0);
  const end = Math.min(limit, bytes.length) - n;
  outer: for (let i = 0; i <= end; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < n; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

const ext = (name: string) => (name.match(/\.([a-z0-9]{1,8})$/i)?.[1] ?? '').toLowerCase();

/** A zip: Office Open XML and OpenDocument files are zips; say which one it is. */
function sniffZip(bytes: Uint8Array, fileName: string): SniffResult {
  const e = ext(fileName);
  if (e === 'xlsx' || e === 'xlsm' || containsAscii(bytes, 'xl/workbook') || containsAscii(bytes, 'xl/_rels'))
    return { kind: 'xlsx' };
  if (e === 'docx' || containsAscii(bytes, 'word/document') || containsAscii(bytes, 'word/_rels'))
    return { kind: 'docx' };
  if (e === 'ods' || containsAscii(bytes, 'opendocument.spreadsheet', 200))
    return { kind: 'ods' };
  if (e === 'odt' || containsAscii(bytes, 'opendocument.text', 200))
    return { kind: 'odt' };
  return { kind: 'zip' };
}

/** Share of control characters (NUL and C0 except tab, LF, VT, FF, CR, Ctrl-Z) in a sample. */
function controlShare(codes: ArrayLike<number>, n: number): number {
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = codes[i];
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 0x1a) bad++;
  }
  return n ? bad / n : 0;
}

const SAMPLE = 65536;

function sniffControls(bytes: Uint8Array, assume?: EncodingName): SniffResult | null {
  const bom = detectBom(bytes);
  const utf16 = bom && bom.encoding !== 'utf-8' ? bom.encoding : assume === 'utf-16le' || assume === 'utf-16be' ? assume : null;
  const skip = bom && bom.encoding !== 'utf-8' ? bom.length : 0;
  let share: number;
  if (utf16) {
    // UTF-16 is half NUL bytes by nature: look at its code units, not its bytes.
    const n = Math.min(bytes.length - skip, SAMPLE) >> 1;
    const units = new Uint16Array(n);
    const le = utf16 === 'utf-16le';
    for (let i = 0; i < n; i++) {
      const a = bytes[skip + 2 * i];
      const b = bytes[skip + 2 * i + 1];
      units[i] = le ? a | (b << 8) : (a << 8) | b;
    }
    share = controlShare(units, n);
  } else {
    share = controlShare(bytes, Math.min(bytes.length, SAMPLE));
  }
  // A stray NUL in an otherwise fine CSV is not a reason to refuse it; 2 % is.
  if (share <= 0.02) return null;
  return { kind: 'binary' };
}

/** The first non-blank bytes after an optional UTF-8 BOM, lower-cased ASCII. */
function head(bytes: Uint8Array, n: number): string {
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || (bytes[i] >= 9 && bytes[i] <= 13))) i++;
  let s = '';
  for (let j = i; j < Math.min(bytes.length, i + n); j++) s += String.fromCharCode(bytes[j]);
  return s.toLowerCase();
}

/**
 * What a non-text file is, by its magic bytes, or null for (probably) text. `fileName`
 * tells an .xlsx from another zip; `assume` is a user-forced encoding (UTF-16 without BOM).
 */
export function sniffBinary(bytes: Uint8Array, fileName = '', assume?: EncodingName): SniffResult | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { kind: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'jpeg' };
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return { kind: 'gif' };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]))
    return { kind: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]) || startsWith(bytes, [0x50, 0x4b, 0x07, 0x08]))
    return sniffZip(bytes, fileName);
  if (startsWith(bytes, [0x1f, 0x8b])) return { kind: 'gzip' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (ext(fileName) === 'doc') return { kind: 'doc' };
    return { kind: 'xls' };
  }
  const h = head(bytes, 512);
  if (h.startsWith('<!doctype html') || h.startsWith('<html') || h.startsWith('<head') || h.startsWith('<body'))
    return { kind: 'html' };
  if (h.startsWith('<?xml') && h.includes('urn:schemas-microsoft-com:office:spreadsheet'))
    return { kind: 'excel-xml' };
  if (h.startsWith('{\\rtf')) return { kind: 'rtf' };
  return sniffControls(bytes, assume);
}
