import { describe, expect, it } from 'vitest';
import HeatmapChart from '../../src/components/charts/HeatmapChart.svelte';
import type { HeatmapRow } from '../../src/lib/aggregate/heatmap.ts';
import { elements, html, query } from './svg.ts';

const themes = ['Påverkan', 'Samverkan'];
const row = (i: number): HeatmapRow => ({
  respondent: `Nämnd ${i}`,
  kind: i % 2 ? 'facknamnd' : 'stadsdelsnamnd',
  responseId: i,
  cells: themes.map((theme, t) => ({ respondent: `Nämnd ${i}`, responseId: i, theme, stance: t ? 'supporting' : 'opposing', explicit: t === 0, overridden: false })),
});
const rows = Array.from({ length: 25 }, (_, i) => row(i));
const asked: number[] = [];
const draw = (pageSize: number) =>
  elements(html(HeatmapChart, { themes, total: rows.length, rowsFor: (n: number) => (asked.push(n), rows.slice(0, n)), lang: 'sv' as const, onselect: () => undefined, pageSize }));

describe('HeatmapChart', () => {
  it('builds and draws only the first page of rows', () => {
    asked.length = 0;
    const els = draw(10);
    expect(asked).toEqual([10]);
    expect(query(els, 'path', { 'data-fill': '' }).reduce((n, p) => n + Number(p.attrs['data-cells']), 0)).toBe(20);
    expect(query(els, 'text', { class: 'label', 'text-anchor': 'end' }).map((t) => t.text)).toEqual(rows.slice(0, 10).map((r) => r.respondent));
  });

  it('says how many rows are shown of how many, with a button for more', () => {
    const els = draw(10);
    expect(els.some((e) => e.text.includes('10') && e.text.includes('25'))).toBe(true);
    expect(query(els, 'button').some((b) => b.text.includes('10'))).toBe(true);
  });

  it('draws every row when they fit on one page', () => {
    expect(query(draw(60), 'path', { 'data-fill': '' }).reduce((n, p) => n + Number(p.attrs['data-cells']), 0)).toBe(50);
  });

  it('names the columns after the themes', () => {
    const labels = query(draw(10), 'text', { class: 'label', 'text-anchor': 'middle' }).map((t) => t.text);
    expect(labels).toEqual(themes);
  });
});
