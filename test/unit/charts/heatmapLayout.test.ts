import { describe, expect, it } from 'vitest';
import { heatmapCellAt, heatmapCellBox, heatmapLayout, roundedRectPath } from '../../../src/lib/charts/heatmapLayout.ts';
import type { HeatmapMatrix } from '../../../src/lib/aggregate/heatmap.ts';

const matrix: HeatmapMatrix = {
  themes: ['Påverkan', 'Samverkan'],
  rows: [
    { respondent: 'Bromma stadsdelsnämnd', kind: 'stadsdelsnamnd', responseId: 7, cells: [
      { respondent: 'Bromma stadsdelsnämnd', responseId: 7, theme: 'Påverkan', stance: 'opposing', explicit: true, overridden: false },
      { respondent: 'Bromma stadsdelsnämnd', responseId: 7, theme: 'Samverkan', stance: 'supporting', explicit: false, overridden: false },
    ] },
    { respondent: 'Kulturnämnden', kind: 'facknamnd', responseId: undefined, cells: [
      { respondent: 'Kulturnämnden', responseId: undefined, theme: 'Påverkan', stance: 'none', explicit: true, overridden: true },
      { respondent: 'Kulturnämnden', responseId: undefined, theme: 'Samverkan', stance: 'conditional', explicit: false, overridden: true },
    ] },
  ],
};
const margin = { top: 30, right: 0, bottom: 0, left: 150 };

describe('heatmapLayout', () => {
  const l = heatmapLayout({ matrix, cellWidth: 80, cellHeight: 20, gap: 2, margin });

  it('sizes the chart from the cell size and margins', () => expect([l.width, l.height]).toEqual([310, 70]));

  it('places cells on a grid, inset by half the gap', () =>
    expect(l.cells.map((c) => [c.key, c.x, c.y, c.width, c.height])).toEqual([
      ['7|Påverkan', 151, 31, 78, 18], ['7|Samverkan', 231, 31, 78, 18],
      ['i1|Påverkan', 151, 51, 78, 18], ['i1|Samverkan', 231, 51, 78, 18],
    ]));

  it('centres row and column labels on their bands', () => {
    expect(l.rowLabels).toEqual([
      { key: '7', x: 144, y: 40, text: 'Bromma stadsdelsnämnd', kind: 'stadsdelsnamnd' },
      { key: 'i1', x: 144, y: 60, text: 'Kulturnämnden', kind: 'facknamnd' },
    ]);
    expect(l.colLabels).toEqual([{ key: 'Påverkan', x: 190, y: 24, text: 'Påverkan' }, { key: 'Samverkan', x: 270, y: 24, text: 'Samverkan' }]);
  });

  it('draws explicit cells solid and inherited ones light with a border', () => {
    expect(l.cells[0]).toMatchObject({ fill: '#9e3a0e', pattern: 'rr-stance-opposing', stroke: 'none', strokeWidth: 0 });
    expect(l.cells[1]).toMatchObject({ pattern: 'rr-inherited-supporting', stroke: '#0072b2', strokeWidth: 1.5 });
    expect(l.cells[1].fill).not.toBe('#0072b2');
  });

  it('paints the cells as one path of rounded rects per pattern, in pattern order', () => {
    expect(l.fills.map((f) => [f.key, f.count, f.stroke, f.strokeWidth])).toEqual([
      ['rr-stance-opposing', 1, 'none', 0],
      ['rr-stance-none', 1, 'none', 0],
      ['rr-inherited-supporting', 1, '#0072b2', 1.5],
      ['rr-inherited-conditional', 1, l.cells[3].stroke, 1.5],
    ]);
    // The first cell (151, 31, 78 × 18) as its own subpath, the same shape as <rect rx="2">.
    expect(l.fills[0].d).toBe('M153,31h74a2,2 0 0 1 2,2v14a2,2 0 0 1 -2,2h-74a2,2 0 0 1 -2,-2v-14a2,2 0 0 1 2,-2z');
    const many = heatmapLayout({ matrix: { themes: matrix.themes, rows: [matrix.rows[0], { ...matrix.rows[0], responseId: 8 }] }, cellWidth: 80, cellHeight: 20, gap: 2, margin });
    expect(many.fills.find((f) => f.key === 'rr-stance-opposing')).toMatchObject({ count: 2 });
    expect(many.fills.find((f) => f.key === 'rr-stance-opposing')!.d.match(/M/g)).toHaveLength(2);
  });

  it('clamps the corner radius of tiny cells, and draws nothing for an empty one', () => {
    expect(roundedRectPath(0, 0, 2, 10, 2)).toBe('M1,0h0a1,1 0 0 1 1,1v8a1,1 0 0 1 -1,1h0a1,1 0 0 1 -1,-1v-8a1,1 0 0 1 1,-1z');
    expect(roundedRectPath(0, 0, 0, 10, 2)).toBe('');
  });

  it('says stance, explicitness and override in Swedish', () => {
    expect(l.cells[0].ariaLabel).toBe('Bromma stadsdelsnämnd, Påverkan: Avstyrker (uttryckligt ställningstagande)');
    expect(l.cells[3].ariaLabel).toBe('Kulturnämnden, Samverkan: Tillstyrker med villkor (ärvt från helheten, manuellt ändrat)');
  });

  it('stretches columns to a given width', () => {
    const wide = heatmapLayout({ matrix, width: 350, cellHeight: 20, gap: 0, margin });
    expect(wide.cells.slice(0, 2).map((c) => [c.x, c.width])).toEqual([[150, 100], [250, 100]]);
  });

  it('lays out an empty matrix', () =>
    expect(heatmapLayout({ matrix: { themes: [], rows: [] } })).toEqual({ fills: [], width: 0, height: 0, rowLabels: [], colLabels: [], cells: [] }));

  it('is plain JSON', () => expect(JSON.parse(JSON.stringify(l))).toEqual(l));

  it.each([
    ['a zero cell height', { cellHeight: 0 }, /cellHeight/],
    ['a negative gap', { gap: -1 }, /gap/],
    ['a width inside the margins', { width: 100 }, /width/],
  ])('rejects %s, naming the argument', (_name, p, message) =>
    expect(() => heatmapLayout({ matrix, margin, ...p })).toThrow(message));
});

describe('heatmapLayout reuse', () => {
  it('gives a row the same cell objects while it stays in place, and new ones when it moves', () => {
    const a = heatmapLayout({ matrix, cellWidth: 80, cellHeight: 20, gap: 2, margin });
    const b = heatmapLayout({ matrix: { ...matrix, rows: [...matrix.rows] }, cellWidth: 80, cellHeight: 20, gap: 2, margin });
    expect(b.cells[0]).toBe(a.cells[0]);
    expect(b).toEqual(a);
    const moved = heatmapLayout({ matrix: { ...matrix, rows: [matrix.rows[1]] }, cellWidth: 80, cellHeight: 20, gap: 2, margin });
    expect(moved.cells[0]).not.toBe(a.cells[2]);
    expect(moved.cells[0]).toMatchObject({ key: 'i0|Påverkan', y: 31, stance: 'none' });
    const wider = heatmapLayout({ matrix, cellWidth: 90, cellHeight: 20, gap: 2, margin });
    expect(wider.cells[0]).not.toBe(a.cells[0]);
    expect(wider.cells[1].x).toBe(241);
  });
});

describe('heatmapCellAt', () => {
  const l = heatmapLayout({ matrix, cellWidth: 80, cellHeight: 20, gap: 2, margin });

  it('finds the cell under a point, row-major, edges included', () => {
    expect(heatmapCellAt(l, 2, 160, 40)).toBe(0);
    expect(heatmapCellAt(l, 2, 309, 31)).toBe(1);
    expect(heatmapCellAt(l, 2, 151, 69)).toBe(2);
    expect(heatmapCellAt(l, 2, 250, 60)).toBe(3);
    expect(l.cells.map((c) => heatmapCellAt(l, 2, c.x + c.width / 2, c.y + c.height / 2))).toEqual([0, 1, 2, 3]);
  });

  it('finds none in a gap, outside the grid or at a point that is not a number', () => {
    expect(heatmapCellAt(l, 2, 230, 40)).toBe(-1); // between two columns
    expect(heatmapCellAt(l, 2, 160, 50)).toBe(-1); // between two rows
    expect(heatmapCellAt(l, 2, 100, 40)).toBe(-1); // on the row labels
    expect(heatmapCellAt(l, 2, 160, 10)).toBe(-1); // on the headings
    expect(heatmapCellAt(l, 2, 160, 75)).toBe(-1); // below the last row
    expect(heatmapCellAt(l, 2, NaN, 40)).toBe(-1);
    expect(heatmapCellAt(heatmapLayout({ matrix: { themes: ['A'], rows: [] } }), 1, 10, 10)).toBe(-1);
  });

  it('works on one row, and on many rows whose places the band scale rounds', () => {
    const one = heatmapLayout({ matrix: { themes: matrix.themes, rows: matrix.rows.slice(0, 1) }, cellWidth: 80, cellHeight: 20, gap: 2, margin });
    expect(heatmapCellAt(one, 2, 250, 40)).toBe(1);
    const many = heatmapLayout({
      matrix: { themes: matrix.themes, rows: Array.from({ length: 97 }, (_, i) => ({ ...matrix.rows[0], responseId: 100 + i })) },
      cellHeight: 23.37, gap: 3, margin,
      width: 333.3,
    });
    expect(many.cells.every((c, i) => heatmapCellAt(many, 2, c.x + 0.01, c.y + 0.01) === i && heatmapCellAt(many, 2, c.x + c.width, c.y + c.height) === i)).toBe(true);
  });

  it('gives the box around the cells', () => {
    expect(heatmapCellBox(l)).toEqual({ x: 151, y: 31, width: 158, height: 38 });
    expect(heatmapCellBox(heatmapLayout({ matrix: { themes: ['A'], rows: [] } }))).toBeNull();
  });
});
