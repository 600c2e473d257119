import { describe, expect, it } from 'vitest';
import type { ComponentProps } from 'svelte';
import Heatmap from '../../src/components/charts/Heatmap.svelte';
import { heatmapLayout } from '../../src/lib/charts/heatmapLayout.ts';
import { rowGroups } from '../../src/lib/charts/rowGroups.ts';
import { KIND_LABEL } from '../../src/lib/format/labels.ts';
import type { HeatmapMatrix } from '../../src/lib/aggregate/heatmap.ts';
import { elements, html, inherited, num, query } from './svg.ts';

const cell = (respondent: string, responseId: number, theme: string, stance: 'supporting' | 'opposing' | 'conditional' | 'none', explicit: boolean, overridden = false) =>
  ({ respondent, responseId, theme, stance, explicit, overridden });
const matrix: HeatmapMatrix = {
  themes: ['Påverkan', 'Samverkan', 'Kultur'],
  rows: [
    { respondent: 'Bromma stadsdelsnämnd', kind: 'stadsdelsnamnd', responseId: 7, cells: [
      cell('Bromma stadsdelsnämnd', 7, 'Påverkan', 'opposing', true), cell('Bromma stadsdelsnämnd', 7, 'Samverkan', 'supporting', false),
      cell('Bromma stadsdelsnämnd', 7, 'Kultur', 'supporting', false)] },
    { respondent: 'Kista stadsdelsnämnd', kind: 'stadsdelsnamnd', responseId: 8, cells: [
      cell('Kista stadsdelsnämnd', 8, 'Påverkan', 'none', true), cell('Kista stadsdelsnämnd', 8, 'Samverkan', 'conditional', true, true),
      cell('Kista stadsdelsnämnd', 8, 'Kultur', 'none', false)] },
    { respondent: 'Kulturnämnden', kind: 'facknamnd', responseId: 9, cells: [
      cell('Kulturnämnden', 9, 'Påverkan', 'supporting', true), cell('Kulturnämnden', 9, 'Samverkan', 'supporting', true),
      cell('Kulturnämnden', 9, 'Kultur', 'supporting', true)] },
  ],
};
const layout = heatmapLayout({ matrix, cellWidth: 80, cellHeight: 24, gap: 2, margin: { top: 30, right: 100, bottom: 0, left: 160 } });
const groups = rowGroups(layout.rowLabels, 24);
const draw = (extra: Partial<ComponentProps<typeof Heatmap>> = {}) =>
  elements(html(Heatmap, { layout, prefix: 'heatmap-', labelWidth: 160, groups, groupX: layout.width - 92, kindLabels: KIND_LABEL.sv, ...extra }));

describe('Heatmap', () => {
  it('draws one cell per row and theme, each in the row of its respondent', () => {
    const cells = query(draw(), 'rect', { 'data-testid': 'cell' });
    expect(cells).toHaveLength(9);
    expect(cells.map((c) => `${inherited(c, 'data-respondent')}|${c.attrs['data-theme']}`).slice(0, 4)).toEqual([
      'Bromma stadsdelsnämnd|Påverkan', 'Bromma stadsdelsnämnd|Samverkan', 'Bromma stadsdelsnämnd|Kultur', 'Kista stadsdelsnämnd|Påverkan',
    ]);
  });

  it('sizes every cell alike on a grid', () => {
    const cells = query(draw(), 'rect', { 'data-testid': 'cell' });
    expect(new Set(cells.map((c) => `${c.attrs.width}×${c.attrs.height}`))).toEqual(new Set(['78×22']));
    expect(cells.slice(0, 3).map((c) => num(c, 'x'))).toEqual([161, 241, 321]);
    expect([0, 3, 6].map((i) => num(cells[i], 'y'))).toEqual([31, 55, 79]);
  });

  it('tells explicit from inherited stances: inherited cells have a border', () => {
    const els = draw();
    const cells = query(els, 'rect', { 'data-testid': 'cell' });
    expect(cells.filter((c) => c.attrs['data-explicit'] === 'false')).toHaveLength(3);
    // The colours are one path per pattern; the inherited ones carry the border.
    const fills = query(els, 'path', { 'data-fill': '' });
    const inheritedFills = fills.filter((p) => p.attrs['data-fill'].startsWith('rr-inherited-'));
    expect(inheritedFills.map((p) => p.attrs['data-fill']).sort()).toEqual(['rr-inherited-none', 'rr-inherited-supporting']);
    expect(inheritedFills.every((p) => num(p, 'stroke-width') > 0 && p.attrs.stroke !== 'none')).toBe(true);
    expect(fills.filter((p) => p.attrs['data-fill'].startsWith('rr-stance-')).every((p) => num(p, 'stroke-width') === 0)).toBe(true);
  });

  it('paints each cell once, in the path of its stance and explicitness, under its shape', () => {
    const els = draw();
    const cells = query(els, 'rect', { 'data-testid': 'cell' });
    const fills = query(els, 'path', { 'data-fill': '' });
    // Every subpath is one cell; together they paint each cell exactly once.
    expect(fills.reduce((n, p) => n + (p.attrs.d.match(/M/g) ?? []).length, 0)).toBe(cells.length);
    expect(fills.reduce((n, p) => n + num(p, 'data-cells'), 0)).toBe(cells.length);
    for (const c of cells) {
      const id = `rr-${c.attrs['data-explicit'] === 'true' ? 'stance' : 'inherited'}-${c.attrs['data-stance']}`;
      const start = `M${num(c, 'x') + 2},${num(c, 'y')}h`;
      expect(fills.filter((p) => p.attrs.d.includes(start)).map((p) => p.attrs['data-fill'])).toEqual([id]);
      expect(fills.find((p) => p.attrs['data-fill'] === id)!.attrs.fill).toBe(`url(#heatmap-${id})`);
    }
    // The cell shapes have no paint of their own, and the colours are behind them.
    expect(cells.every((c) => c.attrs.fill === 'none' && c.attrs.stroke === 'none')).toBe(true);
    expect(els.indexOf(fills[fills.length - 1])).toBeLessThan(els.indexOf(cells[0]));
  });

  it('outlines the selected cell', () => {
    const cells = query(draw({ selected: '8|Samverkan' }), 'rect', { 'data-testid': 'cell' });
    const outlined = cells.filter((c) => c.attrs.stroke !== 'none');
    expect(outlined.map((c) => [c.attrs['data-theme'], c.attrs.stroke, c.attrs['aria-pressed']])).toEqual([['Samverkan', '#000000', 'true']]);
    expect(num(outlined[0], 'stroke-width')).toBe(2.5);
  });

  it('puts exactly one cell in the tab order and names every cell', () => {
    const cells = query(draw(), 'rect', { 'data-testid': 'cell' });
    expect(cells.filter((c) => c.attrs.tabindex === '0')).toHaveLength(1);
    expect(cells[4].attrs['aria-label']).toBe('Kista stadsdelsnämnd, Samverkan: Tillstyrker med villkor (uttryckligt ställningstagande, manuellt ändrat)');
  });

  it('marks a person’s override with a corner right after its cell', () => {
    const els = draw();
    const marks = query(els, 'path', { 'data-testid': 'override-mark' });
    expect(marks).toHaveLength(1);
    const i = els.indexOf(marks[0]);
    expect(els[i - 1].attrs['data-theme']).toBe('Samverkan');
    expect(inherited(els[i - 1], 'data-respondent')).toBe('Kista stadsdelsnämnd');
  });

  it('brackets the rows of each respondent kind with its count', () => {
    const labels = query(draw(), 'text', { class: 'label group' }).map((t) => t.text);
    expect(labels).toEqual(['Stadsdelsnämnd · 2', 'Facknämnd · 1']);
  });

  it('draws static cells without roles, focus or rows when not interactive', () => {
    const els = draw({ interactive: false });
    expect(query(els, 'rect', { 'data-testid': 'cell' })).toHaveLength(0);
    expect(query(els, 'rect', {}).filter((r) => 'data-stance' in r.attrs)).toHaveLength(0);
    const fills = query(els, 'path', { 'data-fill': '' });
    expect(fills.reduce((n, p) => n + (p.attrs.d.match(/M/g) ?? []).length, 0)).toBe(9);
    expect(els.some((s) => 'role' in s.attrs || 'tabindex' in s.attrs)).toBe(false);
    expect(query(els, 'path', { 'data-testid': 'override-mark' })).toHaveLength(1);
  });
});
