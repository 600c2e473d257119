/**
 * OpenDocument spreadsheets (.ods, LibreOffice Calc) → sheets of text cells with their row
 * numbers. Dates come as ISO dates (office:date-value); other cells as their shown text.
 * Repeated rows and cells (how ODF stores runs of empty cells) are expanded only up to the
 * last one with content; cells spanning rows fill their column downwards, as in xlsx.
 */
import { fillMerges, type Merge, type Sheet, type SheetRow, type Workbook } from './sheet.ts';
import { walkXml } from './xml.ts';
import { openZip, ZipError } from './zip.ts';

/** Repeats beyond this are trailing filler (ODF writes 1,048,576 empty rows); they are skipped. */
const MAX_REPEAT = 10_000;

export async function readOds(bytes: Uint8Array): Promise<Workbook> {
  const xml = await openZip(bytes).text('content.xml');
  if (xml === null) throw new ZipError('part-missing', { name: 'content.xml' });
  const sheets: Sheet[] = [];
  let sheet: Sheet | null = null;
  let merges: Merge[] = [];
  let rowNo = 0;
  let rowRepeat = 1;
  let row: SheetRow | null = null;
  let col = 0;
  let cell: { value: string | null; repeat: number; paragraphs: string[]; rows: number } | null = null;
  let para: string[] | null = null;
  walkXml(xml, {
    open(name, a, self) {
      switch (name) {
        case 'table:table':
          sheet = { name: a['table:name'] ?? `Blad${sheets.length + 1}`, rows: [] };
          merges = [];
          rowNo = 0;
          break;
        case 'table:table-row':
          rowRepeat = Math.min(Number(a['table:number-rows-repeated'] ?? 1) || 1, MAX_REPEAT);
          row = { line: rowNo + 1, cells: [] };
          col = 0;
          break;
        case 'table:table-cell':
        case 'table:covered-table-cell': {
          const type = a['office:value-type'];
          // A date's shown text depends on the locale; its value attribute does not.
          const value = type === 'date' ? (a['office:date-value'] ?? '').slice(0, 10) : null;
          cell = { value: value || null, repeat: Math.min(Number(a['table:number-columns-repeated'] ?? 1) || 1, MAX_REPEAT), paragraphs: [], rows: Number(a['table:number-rows-spanned'] ?? 1) || 1 };
          if (self) finishCell();
          break;
        }
        case 'text:p':
        case 'text:h':
          para = [];
          if (self) {
            cell?.paragraphs.push('');
            para = null;
          }
          break;
        case 'text:s':
          para?.push(' '.repeat(Math.min(Number(a['text:c'] ?? 1) || 1, 100)));
          break;
        case 'text:tab':
          para?.push('\t');
          break;
        case 'text:line-break':
          para?.push('\n');
          break;
      }
    },
    close(name) {
      if ((name === 'text:p' || name === 'text:h') && para && cell) {
        cell.paragraphs.push(para.join(''));
        para = null;
      } else if (name === 'table:table-cell' || name === 'table:covered-table-cell') finishCell();
      else if (name === 'table:table-row' && row && sheet) {
        if (row.cells.length) for (let k = 0; k < rowRepeat; k++) sheet.rows.push({ line: row.line + k, cells: [...row.cells] });
        rowNo += rowRepeat;
        row = null;
      } else if (name === 'table:table' && sheet) {
        sheet.rows = fillMerges(sheet.rows, merges);
        sheets.push(sheet);
        sheet = null;
      }
    },
    text(t) {
      para?.push(t);
    },
  });
  function finishCell() {
    if (!cell || !row) return;
    const text = cell.value ?? cell.paragraphs.join('\n');
    if (cell.rows > 1 && text) merges.push({ r0: rowNo, c0: col, r1: rowNo + cell.rows - 1, c1: col });
    if (text) {
      for (let k = 0; k < cell.repeat; k++) {
        while (row.cells.length < col + k) row.cells.push('');
        row.cells[col + k] = text;
      }
    }
    col += cell.repeat;
    cell = null;
  }
  return { sheets };
}
