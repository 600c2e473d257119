import { scaleBand } from 'd3-scale';
import type { RespondentKind, Stance } from '../domain/types.ts';
import type { HeatmapMatrix } from '../aggregate/heatmap.ts';
import { type Lang } from '../format/numbers.ts';
import { STANCE_LABEL } from '../format/labels.ts';
import { INHERITED_STROKE_WIDTH, STANCE_COLOR, STANCE_TINT } from './palette.ts';
import { PATTERNS, patternId } from './patterns.ts';
import { NO_MARGIN, checkNumber, px, type Margin } from './geometry.ts';

/** Input of the respondents × themes heatmap. */
export interface HeatmapInput {
  matrix: HeatmapMatrix;
  /** Total width; by default it follows from cellWidth and the number of themes. */
  width?: number;
  cellWidth?: number;
  cellHeight?: number;
  /** Space between cells, in px. */
  gap?: number;
  margin?: Margin;
  /** Display text per theme; defaults to the theme name. */
  columnLabels?: Readonly<Record<string, string>>;
  lang?: Lang;
}

/** One cell. Draw `fill={patternUrl(pattern)}` and, when `strokeWidth` > 0, the border. */
export interface HeatmapCellSpec {
  key: string; row: string; column: string;
  responseId: number | undefined;
  x: number; y: number; width: number; height: number;
  stance: Stance; explicit: boolean; overridden: boolean;
  /** Plain colour: the stance colour, or its light tint for inherited cells. */
  fill: string; pattern: string;
  /** Inherited cells get a border in the full stance colour (their tint alone is too light). */
  stroke: string; strokeWidth: number;
  ariaLabel: string;
}

/**
 * The colours of every cell with one pattern, as one path of rounded rectangles (the same
 * shapes as the cells' rects with `rx` = CELL_RADIUS). Drawing 8 paths instead of one
 * pattern-filled rect per cell keeps a filter change from restyling and repainting
 * hundreds of elements; the cells themselves stay as named, focusable shapes on top.
 */
export interface HeatmapFillSpec {
  /** The pattern id: one path per pattern, in PATTERNS order. */
  key: string;
  d: string;
  stroke: string; strokeWidth: number;
  /** How many cells the path draws. */
  count: number;
}

/** A heatmap as plain, JSON-serialisable specs. Row labels end at `x` (text-anchor end). */
export interface HeatmapLayout {
  width: number; height: number;
  rowLabels: { key: string; x: number; y: number; text: string; kind: RespondentKind }[];
  colLabels: { key: string; x: number; y: number; text: string }[];
  cells: HeatmapCellSpec[];
  /** The cells' colours, one path per pattern that occurs (see HeatmapFillSpec). */
  fills: HeatmapFillSpec[];
}

/** Corner radius of a cell. */
export const CELL_RADIUS = 2;

/** A rect with rounded corners as path data, as SVG draws `<rect rx=r>` (r clamped to half a side). */
export function roundedRectPath(x: number, y: number, w: number, h: number, r: number): string {
  if (w <= 0 || h <= 0) return '';
  const rr = Math.min(r, w / 2, h / 2);
  const a = px(rr);
  return `M${px(x + rr)},${px(y)}h${px(w - 2 * rr)}a${a},${a} 0 0 1 ${a},${a}v${px(h - 2 * rr)}a${a},${a} 0 0 1 ${-a},${a}h${px(-(w - 2 * rr))}a${a},${a} 0 0 1 ${-a},${-a}v${px(-(h - 2 * rr))}a${a},${a} 0 0 1 ${a},${-a}z`;
}

const PATTERN_ORDER = new Map(PATTERNS.map((p, i) => [p.id, i]));

// A cell's place on the grid outlives a filter change (only the yttrande in it changes),
// so its path is made once per place and size.
const cellPaths = new Map<string, string>();
function cellPath(x: number, y: number, w: number, h: number): string {
  const k = `${x},${y},${w},${h}`;
  let d = cellPaths.get(k);
  if (d === undefined) {
    if (cellPaths.size > 20_000) cellPaths.clear();
    cellPaths.set(k, (d = roundedRectPath(x, y, w, h, CELL_RADIUS)));
  }
  return d;
}

// A cell spec is reused while its row stays in place (see rowCells), so its path is looked up once.
const specPaths = new WeakMap<HeatmapCellSpec, string>();
function specPath(c: HeatmapCellSpec): string {
  let d = specPaths.get(c);
  if (d === undefined) specPaths.set(c, (d = cellPath(c.x, c.y, c.width, c.height)));
  return d;
}

/** One path per pattern, in PATTERNS order, of the cells that have it. */
export function heatmapFills(cells: readonly HeatmapCellSpec[]): HeatmapFillSpec[] {
  const parts = new Map<string, { d: string[]; stroke: string; strokeWidth: number }>();
  for (const c of cells) {
    let p = parts.get(c.pattern);
    if (!p) parts.set(c.pattern, (p = { d: [], stroke: c.stroke, strokeWidth: c.strokeWidth }));
    p.d.push(specPath(c));
  }
  return [...parts]
    .sort((a, b) => (PATTERN_ORDER.get(a[0]) ?? 99) - (PATTERN_ORDER.get(b[0]) ?? 99))
    .map(([key, p]) => ({ key, d: p.d.join(''), stroke: p.stroke, strokeWidth: p.strokeWidth, count: p.d.length }));
}

const WORDS: Record<Lang, { explicit: string; inherited: string; overridden: string }> = {
  sv: { explicit: 'uttryckligt ställningstagande', inherited: 'ärvt från helheten', overridden: 'manuellt ändrat' },
  en: { explicit: 'explicit position', inherited: 'inherited from the overall position', overridden: 'changed by a person' },
};

// A row's cells are the same objects while the row (cached per record, heatmap.ts) comes
// back to the same place with the same columns: a filter change that leaves a row where
// it was, or brings it back there, builds, compares (share.ts) and renders nothing for it.
// A few places per row are remembered (a row seen with and without a filter).
const ROW_PLACES = 4;
const rowCells = new WeakMap<object, { geometry: string; places: Map<string, HeatmapCellSpec[]> }>();

/**
 * Lay out the heatmap with band scales; rows keep the matrix order (kind, then name).
 * Cell specs are shared between calls (see rowCells): treat them as read-only.
 */
export function heatmapLayout(input: HeatmapInput): HeatmapLayout {
  const { matrix, lang = 'sv', columnLabels = {} } = input;
  const margin = input.margin ?? NO_MARGIN;
  const cellHeight = checkNumber('heatmapLayout', 'cellHeight', input.cellHeight ?? 22, 1);
  const gap = checkNumber('heatmapLayout', 'gap', input.gap ?? 2);
  const cols = matrix.themes;
  if (new Set(cols).size !== cols.length) throw new TypeError('heatmapLayout: matrix.themes must be unique');
  const width = input.width !== undefined
    ? checkNumber('heatmapLayout', 'width', input.width, margin.left + margin.right + 1)
    : margin.left + margin.right + cols.length * checkNumber('heatmapLayout', 'cellWidth', input.cellWidth ?? 72, 1);
  // A row is one yttrande; its id keys it (the index when not stored yet).
  const rowKeys = matrix.rows.map((r, i) => (r.responseId !== undefined ? String(r.responseId) : `i${i}`));
  const height = margin.top + margin.bottom + rowKeys.length * cellHeight;
  const x = scaleBand<string>().domain(cols).range([margin.left, width - margin.right]);
  const y = scaleBand<string>().domain(rowKeys).range([margin.top, height - margin.bottom]);
  const w = px(Math.max(0, x.bandwidth() - gap));
  const h = px(Math.max(0, y.bandwidth() - gap));
  const words = WORDS[lang];
  const colX = new Map(cols.map((t) => [t, px(x(t)! + gap / 2)]));
  // What a row's cells depend on besides the row and its place: the columns and their labels, the cell size, the language.
  const geometry = `${cols.map((t) => `${t}\u0001${colX.get(t)}\u0001${columnLabels[t] ?? ''}`).join('\u0002')}|${w}|${h}|${lang}`;

  const cells: HeatmapCellSpec[] = [];
  matrix.rows.forEach((row, ri) => {
    const rk = rowKeys[ri];
    const cy = px(y(rk)! + gap / 2);
    const place = `${rk}|${cy}`;
    let kept = rowCells.get(row);
    if (kept && kept.geometry !== geometry) kept = undefined;
    let built = kept?.places.get(place);
    if (!built) {
      built = row.cells.map((c): HeatmapCellSpec => {
        const how = [c.explicit ? words.explicit : words.inherited, ...(c.overridden ? [words.overridden] : [])].join(', ');
        return {
          key: `${rk}|${c.theme}`, row: rk, column: c.theme, responseId: row.responseId,
          x: colX.get(c.theme) ?? px(x(c.theme)! + gap / 2), y: cy, width: w, height: h,
          stance: c.stance, explicit: c.explicit, overridden: c.overridden,
          fill: c.explicit ? STANCE_COLOR[c.stance] : STANCE_TINT[c.stance],
          pattern: patternId(c.stance, !c.explicit),
          stroke: c.explicit ? 'none' : STANCE_COLOR[c.stance],
          strokeWidth: c.explicit ? 0 : INHERITED_STROKE_WIDTH,
          ariaLabel: `${row.respondent}, ${columnLabels[c.theme] ?? c.theme}: ${STANCE_LABEL[lang][c.stance]} (${how})`,
        };
      });
      if (!kept) rowCells.set(row, (kept = { geometry, places: new Map() }));
      if (kept.places.size >= ROW_PLACES) kept.places.delete(kept.places.keys().next().value!);
      kept.places.set(place, built);
    }
    for (const c of built) cells.push(c);
  });
  return {
    width, height,
    rowLabels: matrix.rows.map((r, i) => ({ key: rowKeys[i], x: px(margin.left - 6), y: px(y(rowKeys[i])! + y.bandwidth() / 2), text: r.respondent, kind: r.kind })),
    colLabels: cols.map((t) => ({ key: t, x: px(x(t)! + x.bandwidth() / 2), y: px(margin.top - 6), text: columnLabels[t] ?? t })),
    cells,
    fills: heatmapFills(cells),
  };
}

/** The box around every cell (their gaps included), or null when there are none. */
export function heatmapCellBox(layout: HeatmapLayout): { x: number; y: number; width: number; height: number } | null {
  const { cells } = layout;
  if (!cells.length) return null;
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const c of cells) {
    if (c.x < x0) x0 = c.x;
    if (c.y < y0) y0 = c.y;
    if (c.x + c.width > x1) x1 = c.x + c.width;
    if (c.y + c.height > y1) y1 = c.y + c.height;
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * The index in `layout.cells` of the cell under the point (chart coordinates, edges
 * included), or -1 in a gap or outside. The cells are row-major with `columns` per row,
 * rows one under the other at a steady step: a pointer over the heatmap finds its cell
 * without an element per cell.
 */
export function heatmapCellAt(layout: HeatmapLayout, columns: number, x: number, y: number): number {
  const { cells } = layout;
  if (!cells.length || columns < 1 || !Number.isFinite(x) || !Number.isFinite(y)) return -1;
  const rows = Math.ceil(cells.length / columns);
  const step = rows > 1 ? cells[columns].y - cells[0].y : cells[0].height;
  const guess = step > 0 ? Math.floor((y - cells[0].y) / step) : 0;
  // The band scale's rounding (px) can shift a row by a hundredth: look at the neighbours too.
  for (const r of [guess, guess - 1, guess + 1]) {
    if (r < 0 || r >= rows) continue;
    const first = cells[r * columns];
    if (y < first.y || y > first.y + first.height) continue;
    for (let j = 0; j < columns && r * columns + j < cells.length; j++) {
      const c = cells[r * columns + j];
      if (x >= c.x && x <= c.x + c.width) return r * columns + j;
    }
    return -1;
  }
  return -1;
}
