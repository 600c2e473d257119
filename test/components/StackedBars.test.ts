import { describe, expect, it } from 'vitest';
import type { ComponentProps } from 'svelte';
import StackedBars from '../../src/components/charts/StackedBars.svelte';
import { stackLayout } from '../../src/lib/charts/stackLayout.ts';
import { elements, html, num, query } from './svg.ts';

const counts = {
  Bostäder: { supporting: 6, conditional: 2, opposing: 2, none: 0 },
  Trafik: { supporting: 0, conditional: 0, opposing: 5, none: 0 },
};
const margin = { top: 10, right: 40, bottom: 40, left: 120 };
const layout = (mode: 'count' | 'share') =>
  stackLayout({ categories: ['Bostäder', 'Trafik'], counts, mode, width: 520, margin, barHeight: 30, gap: 10 });
const draw = (mode: 'count' | 'share', extra: Partial<ComponentProps<typeof StackedBars>> = {}) =>
  elements(html(StackedBars, { layout: layout(mode), prefix: 'theme-', mode, lang: 'sv', ...extra }));

describe('StackedBars', () => {
  it('draws one focusable segment per non-zero (category, stance)', () => {
    const segs = query(draw('count'), 'rect', { 'data-testid': 'segment' });
    expect(segs.map((s) => [s.attrs['data-category'], s.attrs['data-stance']])).toEqual([
      ['Bostäder', 'supporting'], ['Bostäder', 'conditional'], ['Bostäder', 'opposing'], ['Trafik', 'opposing'],
    ]);
    expect(segs.every((s) => s.attrs.role === 'button' && s.attrs.tabindex === '0' && s.attrs['aria-label'])).toBe(true);
  });

  it('makes segment widths proportional to the counts in count mode', () => {
    const segs = query(draw('count'), 'rect', { 'data-testid': 'segment' });
    const perUnit = num(segs[0], 'width') / 6;
    expect(perUnit).toBeGreaterThan(0);
    for (const [i, n] of [[1, 2], [2, 2], [3, 5]] as const) expect(num(segs[i], 'width')).toBeCloseTo(perUnit * n, 0);
  });

  it('lets every bar fill the plot in share mode', () => {
    const els = draw('share');
    const track = query(els, 'rect', { class: 'track' })[0];
    const bostader = query(els, 'rect', { 'data-category': 'Bostäder' });
    expect(bostader.reduce((a, s) => a + num(s, 'width'), 0)).toBeCloseTo(num(track, 'width'), 0);
    expect(num(query(els, 'rect', { 'data-category': 'Trafik' })[0], 'width')).toBeCloseTo(num(track, 'width'), 0);
  });

  it('stacks the segments of a bar edge to edge from the start of the plot', () => {
    const segs = query(draw('count'), 'rect', { 'data-category': 'Bostäder' });
    expect(num(segs[0], 'x')).toBe(120);
    for (let i = 1; i < segs.length; i++) expect(num(segs[i], 'x')).toBeCloseTo(num(segs[i - 1], 'x') + num(segs[i - 1], 'width'), 1);
  });

  it('labels each bar and, in count mode only, its total', () => {
    const count = draw('count');
    expect(query(count, 'text', { class: 'label' }).map((t) => t.text)).toEqual(['Bostäder', 'Trafik']);
    expect(query(count, 'text', { class: 'total' }).map((t) => t.text)).toEqual(['10', '5']);
    expect(query(draw('share'), 'text', { class: 'total' })).toHaveLength(0);
  });

  it('outlines the selected segment and presses it', () => {
    const key = layout('count').segments[3].key;
    const segs = query(draw('count', { selected: key }), 'rect', { 'data-testid': 'segment' });
    expect(segs.filter((s) => s.attrs['aria-pressed'] === 'true').map((s) => s.attrs['data-category'])).toEqual(['Trafik']);
    expect(segs[3].attrs.stroke).toBe('#000000');
  });

  it('draws plain shapes without focus or roles when not interactive', () => {
    const els = draw('count', { interactive: false });
    expect(query(els, 'rect', { 'data-testid': 'segment' })).toHaveLength(0);
    const shapes = query(els, 'rect', { 'data-stance': '' });
    expect(shapes).toHaveLength(4);
    expect(shapes.some((s) => 'tabindex' in s.attrs || 'role' in s.attrs)).toBe(false);
  });
});
