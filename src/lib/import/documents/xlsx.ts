/**
 * Excel workbooks (.xlsx, .xlsm) → sheets of text cells with Excel's own row numbers.
 * Dates (numbers in a date format) become ISO dates; every other value stays the text
 * Excel stored, so a dnr or a code with leading zeros is never turned into a number.
 */
import { isoDate } from '../dates.ts';
import { fillMerges, cellRef, rangeRef, type Merge, type SheetRow, type Workbook } from './sheet.ts';
import { localNames, walkXml as walk, type XmlHandler } from './xml.ts';

/** SpreadsheetML is walked by local names: some tools write <x:row>, <x:c>. */
const walkXml = (xml: string, h: XmlHandler) => walk(xml, localNames(h));
import { openZip, ZipError, type Zip } from './zip.ts';

/** Built-in number formats that are dates (ECMA-376 18.8.30, and the East Asian ones Excel also uses). */
const DATE_FORMATS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Does a custom format code show a date? Quoted text, [colours] and escapes don't count. */
export function isDateFormat(code: string): boolean {
  const s = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dy]/i.test(s) || /m.*[dy]|[dy].*m/i.test(s);
}

/** An Excel serial day number → ISO date (1900 system with its phantom 29 February, or 1904). */
export function serialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const days = Math.floor(serial) + (date1904 ? 1462 : serial < 60 ? 1 : 0);
  // Day 25569 is 1970-01-01 in the 1900 system.
  const ms = (days - 25569) * 86_400_000;
  const d = new Date(ms);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Excel escapes control characters as _x000D_; undo it. */
const unescapeX = (s: string) => (s.includes('_x') ? s.replace(/_x([0-9a-f]{4})_/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s);

/** Text of <si>/<is>: the <t> runs, without phonetic guides (<rPh>). */
function sharedStrings(xml: string | null): string[] {
  const out: string[] = [];
  if (!xml) return out;
  let cur: string[] | null = null;
  let inT = false;
  let skip = 0;
  walkXml(xml, {
    open(name) {
      if (name === 'si') cur = [];
      else if (name === 'rPh') skip++;
      else if (name === 't' && !skip) inT = true;
    },
    close(name) {
      if (name === 'si' && cur) {
        out.push(unescapeX(cur.join('')));
        cur = null;
      } else if (name === 'rPh') skip--;
      else if (name === 't') inT = false;
    },
    text(t) {
      if (inT && cur) cur.push(t);
    },
  });
  return out;
}

/** Which style indexes (the `s` of a cell) show dates. */
function dateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inXfs = false;
  walkXml(xml, {
    open(name, a) {
      if (name === 'numFmt') custom.set(+a.numFmtId, a.formatCode ?? '');
      else if (name === 'cellXfs') inXfs = true;
      else if (name === 'xf' && inXfs) {
        const id = +(a.numFmtId ?? 0);
        styles.push(custom.has(id) ? isDateFormat(custom.get(id)!) : DATE_FORMATS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inXfs = false;
    },
  });
  return styles;
}

function readSheet(xml: string, strings: string[], dates: boolean[], date1904: boolean): SheetRow[] {
  const rows: SheetRow[] = [];
  const merges: Merge[] = [];
  let row: SheetRow | null = null;
  let nextRow = 1;
  let col = 0;
  let cell: { t: string; s: number; col: number } | null = null;
  let value = '';
  let inline: string[] = [];
  let inV = false;
  let inT = false;
  let skip = 0;
  walkXml(xml, {
    open(name, a, self) {
      switch (name) {
        case 'row': {
          const r = a.r ? +a.r : nextRow;
          row = { line: r, cells: [] };
          nextRow = r + 1;
          col = 0;
          if (self) row = null;
          break;
        }
        case 'c': {
          const ref = a.r ? cellRef(a.r) : null;
          if (ref) col = ref.col;
          cell = { t: a.t ?? 'n', s: +(a.s ?? 0), col };
          value = '';
          inline = [];
          if (self) cell = null;
          col++;
          break;
        }
        case 'v':
          inV = true;
          break;
        case 'rPh':
          skip++;
          break;
        case 't':
          if (!skip) inT = true;
          break;
        case 'mergeCell': {
          const m = a.ref ? rangeRef(a.ref) : null;
          if (m) merges.push(m);
          break;
        }
      }
    },
    close(name) {
      if (name === 'v') inV = false;
      else if (name === 't') inT = false;
      else if (name === 'rPh') skip--;
      else if (name === 'c' && cell && row) {
        const text = cellText(cell.t, cell.s, cell.t === 'inlineStr' ? inline.join('') : value, strings, dates, date1904);
        if (text !== '') {
          while (row.cells.length < cell.col) row.cells.push('');
          row.cells[cell.col] = text;
        }
        cell = null;
      } else if (name === 'row' && row) {
        if (row.cells.length) rows.push(row);
        row = null;
      }
    },
    text(t) {
      if (!cell) return;
      if (inV) value += t;
      else if (inT) inline.push(t);
    },
  });
  return fillMerges(rows, merges);
}

function cellText(t: string, s: number, raw: string, strings: string[], dates: boolean[], date1904: boolean): string {
  switch (t) {
    case 's':
      return strings[+raw] ?? '';
    case 'inlineStr':
    case 'str':
      return unescapeX(raw);
    case 'b':
      return raw === '1' ? 'SANT' : raw === '0' ? 'FALSKT' : raw;
    case 'd':
      return /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : raw;
    case 'e':
      return raw;
    default: {
      if (raw === '') return '';
      if (dates[s]) {
        const iso = serialToIso(Number(raw), date1904);
        if (iso) return iso;
      }
      return raw;
    }
  }
}

/** "worksheets/sheet1.xml" relative to xl/, or "/xl/worksheets/sheet1.xml". */
function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

async function required(zip: Zip, name: string): Promise<string> {
  const t = await zip.text(name);
  if (t === null) throw new ZipError('part-missing', { name });
  return t;
}

export async function readXlsx(bytes: Uint8Array): Promise<Workbook> {
  const zip = openZip(bytes);
  const workbook = await required(zip, 'xl/workbook.xml');
  const rels = (await zip.text('xl/_rels/workbook.xml.rels')) ?? '';
  const targets = new Map<string, string>();
  walkXml(rels, { open: (n, a) => void (n === 'Relationship' && a.Id && a.Target && targets.set(a.Id, a.Target)) });
  const listed: { name: string; path: string }[] = [];
  let date1904 = false;
  walkXml(workbook, {
    open(n, a) {
      if (n === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      if (n === 'sheet') {
        const target = targets.get(a['r:id'] ?? '') ?? `worksheets/sheet${a.sheetId}.xml`;
        listed.push({ name: a.name ?? `Blad${listed.length + 1}`, path: partPath(target) });
      }
    },
  });
  const strings = sharedStrings(await zip.text('xl/sharedStrings.xml'));
  const dates = dateStyles(await zip.text('xl/styles.xml'));
  const sheets = [];
  for (const s of listed) {
    const xml = await zip.text(s.path);
    // A chart sheet or a missing part is an empty sheet, not a broken workbook.
    sheets.push({ name: s.name, rows: xml ? readSheet(xml, strings, dates, date1904) : [] });
  }
  return { sheets };
}
