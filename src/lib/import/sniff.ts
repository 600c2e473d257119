/**
 * Recognise files that are not text before decoding them, so that a PNG renamed .csv
 * gets "this is an image" instead of a hundred rows of garbage. Messages are Swedish and
 * say what the file is and what to do; parseFile prefixes the file name.
 */
import { detectBom, type EncodingName } from './decode.ts';

export interface SniffResult {
  kind: string;
  message: string;
}

const PICK = 'Välj CSV-, JSON- eller textfilen med yttrandena i stället.';

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
    return { kind: 'xlsx', message: 'Filen är en Excel-arbetsbok (.xlsx). Spara den som CSV UTF-8 och importera igen.' };
  if (e === 'docx' || containsAscii(bytes, 'word/document') || containsAscii(bytes, 'word/_rels'))
    return { kind: 'docx', message: 'Filen är ett Word-dokument (.docx). Spara det som oformaterad text (.txt, UTF-8) och importera igen.' };
  if (e === 'ods' || containsAscii(bytes, 'opendocument.spreadsheet', 200))
    return { kind: 'ods', message: 'Filen är ett kalkylark från LibreOffice/OpenOffice (.ods). Spara det som CSV (UTF-8) och importera igen.' };
  if (e === 'odt' || containsAscii(bytes, 'opendocument.text', 200))
    return { kind: 'odt', message: 'Filen är ett textdokument från LibreOffice/OpenOffice (.odt). Spara det som oformaterad text (.txt) och importera igen.' };
  return { kind: 'zip', message: `Filen är ett zip-arkiv. Packa upp det först. ${PICK}` };
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
  return {
    kind: 'binary',
    message: `Filen innehåller binära data (många styrtecken), inte text. Den kan vara ett program, en bild, en databas eller en UTF-16-fil utan byte-ordningsmärke. ${PICK}`,
  };
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
    return { kind: 'png', message: `Filen är en PNG-bild, inte en textfil med yttranden. ${PICK}` };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'jpeg', message: `Filen är en JPEG-bild, inte en textfil med yttranden. ${PICK}` };
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return { kind: 'gif', message: `Filen är en GIF-bild, inte en textfil med yttranden. ${PICK}` };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]))
    return { kind: 'pdf', message: 'Filen är en PDF. Kopiera texten till en textfil (.txt) eller exportera yttrandena som CSV och importera igen.' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]) || startsWith(bytes, [0x50, 0x4b, 0x07, 0x08]))
    return sniffZip(bytes, fileName);
  if (startsWith(bytes, [0x1f, 0x8b])) return { kind: 'gzip', message: `Filen är gzip-komprimerad. Packa upp den först. ${PICK}` };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (ext(fileName) === 'doc') return { kind: 'doc', message: 'Filen är ett äldre Word-dokument (.doc). Spara det som oformaterad text (.txt) och importera igen.' };
    return { kind: 'xls', message: 'Filen är en äldre Excel-arbetsbok (.xls). Spara den som CSV UTF-8 och importera igen.' };
  }
  const h = head(bytes, 512);
  if (h.startsWith('<!doctype html') || h.startsWith('<html') || h.startsWith('<head') || h.startsWith('<body'))
    return {
      kind: 'html',
      message: 'Filen är en webbsida (HTML), troligen en felsida från en nedladdning. Ladda ner filen igen eller exportera yttrandena som CSV.',
    };
  if (h.startsWith('<?xml') && h.includes('urn:schemas-microsoft-com:office:spreadsheet'))
    return { kind: 'excel-xml', message: 'Filen är ett Excel XML-kalkylblad. Spara det som CSV UTF-8 och importera igen.' };
  if (h.startsWith('{\\rtf')) return { kind: 'rtf', message: 'Filen är ett RTF-dokument. Spara det som oformaterad text (.txt, UTF-8) och importera igen.' };
  return sniffControls(bytes, assume);
}
