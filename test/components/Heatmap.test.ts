import { describe, expect, it } from 'vitest';
import type { ComponentProps } from 'svelte';
import Heatmap from '../../src/components/charts/Heatmap.svelte';
import { heatmapLayout } from '../../src/lib/charts/heatmapLayout.ts';
import { rowGroups } from '../../src/lib/charts/rowGroups.ts';
import { KIND_LABEL } from '../../src/lib/format/labels.ts';
import type { HeatmapMatrix } from '../../src/lib/aggregate/heatmap.ts';
import { elements, html, num, query } from './svg.ts';

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
  it('draws every cell of every row and theme in the colour paths, under one pointer shape', () => {
    const els = draw();
    const fills = query(els, 'path', { 'data-fill': '' });
    expect(fills.reduce((n, p) => n + num(p, 'data-cells'), 0)).toBe(9);
    // The pointer shape covers the grid: x 161…399, y 31…101.
    const hit = query(els, 'rect', { class: '' }).filter((r) => r.attrs.class.split(' ').includes('hit'));
    expect(hit.map((r) => [num(r, 'x'), num(r, 'y'), num(r, 'width'), num(r, 'height'), r.attrs['pointer-events'], r.attrs['aria-hidden']])).toEqual([[161, 31, 238, 70, 'all', 'true']]);
    expect(els.indexOf(fills[fills.length - 1])).toBeLessThan(els.indexOf(hit[0]));
  });

  it('sizes every cell alike on a grid', () => {
    expect(new Set(layout.cells.map((c) => `${c.width}×${c.height}`))).toEqual(new Set(['78×22']));
    const starts = query(draw(), 'path', { 'data-fill': '' }).flatMap((p) => [...p.attrs.d.matchAll(/M([\d.]+),([\d.]+)/g)].map((m) => [Number(m[1]) - 2, Number(m[2])]));
    expect(new Set(starts.map(([x]) => x))).toEqual(new Set([161, 241, 321]));
    expect(new Set(starts.map(([, y]) => y))).toEqual(new Set([31, 55, 79]));
  });

  it('tells explicit from inherited stances: inherited cells have a border', () => {
    const fills = query(draw(), 'path', { 'data-fill': '' });
    const inheritedFills = fills.filter((p) => p.attrs['data-fill'].startsWith('rr-inherited-'));
    expect(inheritedFills.map((p) => p.attrs['data-fill']).sort()).toEqual(['rr-inherited-none', 'rr-inherited-supporting']);
    expect(inheritedFills.reduce((n, p) => n + num(p, 'data-cells'), 0)).toBe(3);
    expect(inheritedFills.every((p) => num(p, 'stroke-width') > 0 && p.attrs.stroke !== 'none')).toBe(true);
    expect(fills.filter((p) => p.attrs['data-fill'].startsWith('rr-stance-')).every((p) => num(p, 'stroke-width') === 0)).toBe(true);
  });

  it('paints each cell once, in the path of its stance and explicitness', () => {
    const fills = query(draw(), 'path', { 'data-fill': '' });
    // Every subpath is one cell; together they paint each cell exactly once.
    expect(fills.reduce((n, p) => n + (p.attrs.d.match(/M/g) ?? []).length, 0)).toBe(9);
    for (const c of layout.cells) {
      const id = `rr-${c.explicit ? 'stance' : 'inherited'}-${c.stance}`;
      const start = `M${c.x + 2},${c.y}h`;
      expect(fills.filter((p) => p.attrs.d.includes(start)).map((p) => p.attrs['data-fill'])).toEqual([id]);
      expect(fills.find((p) => p.attrs['data-fill'] === id)!.attrs.fill).toBe(`url(#heatmap-${id})`);
    }
  });

  it('outlines the selected cell', () => {
    const els = draw({ selected: '8|Samverkan' });
    const outline = query(els, 'rect', { class: 'chosen' });
    expect(outline.map((r) => [num(r, 'x'), num(r, 'y'), r.attrs.stroke, num(r, 'stroke-width'), r.attrs.fill])).toEqual([[241, 55, '#000000', 2.5, 'none']]);
    expect(query(draw(), 'rect', { class: 'chosen' })).toHaveLength(0);
  });

  it('puts one named cell in the tab order: the active one, the first at first', () => {
    const els = draw({ selected: '7|Påverkan' });
    const cells = query(els, 'rect', { 'data-testid': 'cell' });
    expect(cells).toHaveLength(1);
    expect(cells[0].attrs).toMatchObject({ role: 'button', tabindex: '0', 'aria-pressed': 'true', x: '161', y: '31', fill: 'none' });
    expect(cells[0].attrs['aria-label']).toBe('Bromma stadsdelsnämnd, Påverkan: Avstyrker (uttryckligt ställningstagande)');
    // Nothing else in the chart is named or focusable.
    expect(els.filter((e) => 'role' in e.attrs || 'tabindex' in e.attrs)).toHaveLength(1);
    // A cell's name says its respondent, theme, stance and how it was reached.
    expect(layout.cells[4].ariaLabel).toBe('Kista stadsdelsnämnd, Samverkan: Tillstyrker med villkor (uttryckligt ställningstagande, manuellt ändrat)');
  });

  it('marks a person’s override with a corner on its cell', () => {
    const marks = query(draw(), 'path', { 'data-testid': 'override-mark' });
    expect(marks.map((m) => m.attrs.d)).toEqual([`M${241 + 78 - 11},55h11v11z`]);
  });

  it('brackets the rows of each respondent kind with its count', () => {
    const labels = query(draw(), 'text', { class: 'label group' }).map((t) => t.text);
    expect(labels).toEqual(['Stadsdelsnämnd · 2', 'Facknämnd · 1']);
  });

  it('draws static cells without roles, focus or pointer shapes when not interactive', () => {
    const els = draw({ interactive: false });
    expect(query(els, 'rect', { 'data-testid': 'cell' })).toHaveLength(0);
    expect(query(els, 'rect', { class: '' }).filter((r) => r.attrs.class.split(' ').includes('hit'))).toHaveLength(0);
    const fills = query(els, 'path', { 'data-fill': '' });
    expect(fills.reduce((n, p) => n + (p.attrs.d.match(/M/g) ?? []).length, 0)).toBe(9);
    expect(els.some((s) => 'role' in s.attrs || 'tabindex' in s.attrs)).toBe(false);
    expect(query(els, 'path', { 'data-testid': 'override-mark' })).toHaveLength(1);
  });
});
