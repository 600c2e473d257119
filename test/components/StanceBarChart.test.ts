import { describe, expect, it } from 'vitest';
import StanceBarChart from '../../src/components/charts/StanceBarChart.svelte';
import { elements, html, num, query } from './svg.ts';

const zero = { supporting: 0, conditional: 0, opposing: 0, none: 0 };
const base = {
  chart: 'theme' as const,
  title: 'Ställning per inriktning',
  desc: '12 yttranden',
  corner: 'Inriktning',
  categories: ['Bostäder', 'Trafik', 'Kultur'],
  counts: {
    Bostäder: { supporting: 4, conditional: 1, opposing: 0, none: 1 },
    Trafik: { supporting: 0, conditional: 0, opposing: 3, none: 0 },
    Kultur: zero,
  },
  labels: { Bostäder: 'Bostäder', Trafik: 'Trafik', Kultur: 'Kultur' },
  lang: 'sv' as const,
  onselect: () => undefined,
};

describe('StanceBarChart', () => {
  const els = elements(html(StanceBarChart, base));
  const svg = query(els, 'svg', { 'data-chart': 'theme' })[0];

  it('renders one standalone svg named by its title and description', () => {
    expect(svg.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(query(els, 'title').map((t) => t.text)).toContain('Ställning per inriktning');
    expect(query(els, 'desc').map((t) => t.text)).toContain('12 yttranden');
  });

  it('draws a track per category and a segment per non-zero count', () => {
    expect(query(els, 'rect', { class: 'track' })).toHaveLength(3);
    const segs = query(els, 'rect', { 'data-testid': 'segment' });
    expect(segs.map((s) => `${s.attrs['data-category']}:${s.attrs['data-stance']}`)).toEqual([
      'Bostäder:supporting', 'Bostäder:conditional', 'Bostäder:none', 'Trafik:opposing',
    ]);
  });

  it('keeps every segment inside the svg', () => {
    const width = num(svg, 'width');
    for (const s of query(els, 'rect', { 'data-testid': 'segment' })) {
      expect(num(s, 'x')).toBeGreaterThanOrEqual(0);
      expect(num(s, 'x') + num(s, 'width')).toBeLessThanOrEqual(width);
      expect(num(s, 'y') + num(s, 'height')).toBeLessThanOrEqual(num(svg, 'height'));
    }
  });

  it('shows one legend swatch per stance, with the inherited one only on request', () => {
    const legend = els.filter((e) => e.tag === 'rect' && e.parents.some((p) => p.class === 'legend'));
    expect(legend).toHaveLength(4);
  });

  it('offers the inherited toggle only when inherited counts are given', () => {
    expect(query(els, 'input', { 'data-testid': 'inherited-toggle-theme' })).toHaveLength(0);
    const withInherited = elements(html(StanceBarChart, { ...base, inherited: { Bostäder: zero, Trafik: { ...zero, supporting: 2 }, Kultur: zero } }));
    expect(query(withInherited, 'input', { 'data-testid': 'inherited-toggle-theme' })).toHaveLength(1);
    // Explicit stances by default: the inherited part is not drawn until asked for.
    expect(query(withInherited, 'rect', { 'data-inherited': 'true' })).toHaveLength(0);
  });

  it('keeps the table fallback closed until asked for', () => {
    expect(query(els, 'table')).toHaveLength(0);
    expect(query(els, 'button', { 'data-testid': 'table-toggle-theme', 'aria-expanded': 'false' })).toHaveLength(1);
  });
});
