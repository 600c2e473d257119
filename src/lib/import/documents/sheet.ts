/** A spreadsheet as the table import takes it: sheets of rows, each row with its own row number. */

export interface SheetRow {
  /** The spreadsheet's own row number (1-based), as Excel shows it. */
  line: number;
  cells: string[];
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
}

export interface Workbook {
  sheets: Sheet[];
}

/** A merged range, 0-based and inclusive. */
export interface Merge {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/**
 * Merged cells hold their value in the top-left cell only. A range that spans rows (a
 * remiss name merged over its nämnder) fills its first column downwards, so every row has
 * the value; a range across columns (a title, a wide header) is left alone, so it does
 * not turn into several columns of the same name.
 */
export function fillMerges(rows: SheetRow[], merges: readonly Merge[]): SheetRow[] {
  if (!merges.length) return rows;
  const byLine = new Map(rows.map((r) => [r.line, r]));
  const out = [...rows];
  for (const m of merges) {
    if (m.r1 <= m.r0) continue;
    const top = byLine.get(m.r0 + 1);
    const value = top?.cells[m.c0] ?? '';
    if (!value) continue;
    for (let r = m.r0 + 1; r <= m.r1; r++) {
      let row = byLine.get(r + 1);
      if (!row) {
        row = { line: r + 1, cells: [] };
        byLine.set(row.line, row);
        out.push(row);
      }
      while (row.cells.length <= m.c0) row.cells.push('');
      if (!row.cells[m.c0]) row.cells[m.c0] = value;
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

/** "C12" → {row: 11, col: 2} (0-based); null for anything else. */
export function cellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: +m[2] - 1, col: col - 1 };
}

/** "A1:C3" → a Merge; null for anything else. */
export function rangeRef(ref: string): Merge | null {
  const [a, b] = ref.split(':');
  const s = cellRef(a ?? '');
  const e = cellRef(b ?? a ?? '');
  return s && e ? { r0: s.row, c0: s.col, r1: e.row, c1: e.col } : null;
}
