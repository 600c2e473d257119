import { describe, expect, it } from 'vitest';
import { assertSafeSvg } from '../../../src/lib/export/assertSafeSvg.ts';
import { composeReportSvg, standaloneSvg } from '../../../src/lib/export/svg.ts';
import { PAGE_SIZES, fitToPage, reportPages, type ReportParts } from '../../../src/lib/export/reportSvg.ts';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const chart = standaloneSvg(`<svg ${NS} width="800" height="300"><rect class="seg" width="10" height="10"/></svg>`, { title: 'Diagram', styles: '.seg{fill:red}' });
const defs = `<svg ${NS}><defs><pattern id="hatch" width="4" height="4"><path d="M0 0L4 4"/></pattern></defs></svg>`;

function parts(hostile: string): ReportParts {
  return {
    title: `Internationell strategi ${hostile}`,
    subtitle: `KS 2016/1234 · 2026-11-26 ${hostile}`,
    filtersText: `Filter: Stadsdelsnämnd, ${hostile}`,
    charts: [
      { svg: chart, width: 800, height: 300, heading: `Ställningstaganden ${hostile}` },
      { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${chart}`, width: 400, height: 200, heading: 'Per inriktning' },
    ],
    legend: [
      { label: `Tillstyrker ${hostile}`, color: '#1b7837' },
      { label: 'Ärvd', color: '#999', patternId: 'hatch' },
      { label: 'Bad pattern', color: '#999', patternId: '") onload="x' },
    ],
    counts: [{ label: `Yttranden ${hostile}`, value: 44 }, { label: 'Granskade', value: 12 }],
    footer: 'Källa: 44 yttranden, klassificerade automatiskt, 12 granskade manuellt',
  };
}

describe('composeReportSvg', () => {
  it.each([
    ['plain', 'för Stockholms stad'],
    ['a script tag', '<script>alert(1)</script>'],
    ['an attribute break-out', '" onload="alert(1)'],
    ['quotes and ampersands', `'x' & "y" ]]> <!-- -->`],
    ['control characters', 'a\u0001b\u0000c\uFFFF'],
  ])('stays safe and well-formed with %s in every text', (_, hostile) => {
    const svg = composeReportSvg(parts(hostile), { width: 640, styles: '.seg { fill: #333 }', defs });
    expect(assertSafeSvg(svg)).toEqual([]);
    expect(svg).not.toMatch(/<script|\sonload="/);
  });

  const svg = composeReportSvg(parts('för Stockholms stad'), { width: 640, styles: '.seg { fill: #333 }', defs });

  it('has one XML-free root with title, style and background', () => {
    expect(svg.startsWith(`<svg ${NS}`)).toBe(true);
    expect(svg.match(/<\?xml/g)).toBeNull();
    expect(svg).toContain('<title>Internationell strategi för Stockholms stad</title>');
    expect(svg).toContain('.seg { fill: #333 }');
  });
  it('nests the charts stacked, scaled to the page width', () => {
    const nested = [...svg.matchAll(/<svg [^>]*class="?[^>]*>|<svg [^>]*x="24"[^>]*>/g)].map((m) => m[0]);
    expect(nested).toHaveLength(2);
    const ys = nested.map((t) => Number(/ y="([\d.]+)"/.exec(t)?.[1]));
    expect(ys[1]).toBeGreaterThan(ys[0] + 290 * (592 / 800) - 1);
    expect(nested[0]).toContain('width="592"');
    expect(nested[0]).toContain('viewBox="0 0 800 300"');
    expect(nested[1]).toContain('width="400"');
  });
  it('draws the legend with patterns only for valid ids', () => {
    expect(svg).toContain('fill="url(#hatch)"');
    expect(svg.match(/url\(#/g)).toHaveLength(1);
    expect(svg).toContain('<pattern id="hatch"');
  });
  it.each([
    ['a colour', '#0072b2', 'stroke="#0072b2"'],
    ['an attribute break-out', '#000" onload="alert(1)', 'stroke="#000&quot; onload=&quot;alert(1)"'],
  ])('draws a legend swatch border from %s, escaped', (_, stroke, expected) => {
    const p = parts('x');
    p.legend = [{ label: 'Ärvd', color: '#cce', stroke }];
    const out = composeReportSvg(p, { width: 640, styles: '' });
    expect(out).toContain(expected);
    expect(assertSafeSvg(out)).toEqual([]);
  });
  it('writes counts and the footer', () => {
    expect(svg).toContain('Yttranden för Stockholms stad: 44 · Granskade: 12');
    expect(svg).toContain('Källa: 44 yttranden, klassificerade automatiskt, 12 granskade manuellt');
  });
  it('wraps long titles into several lines within the width', () => {
    const long = composeReportSvg({ ...parts('x'), title: 'Ord '.repeat(100) }, { width: 400, styles: '' });
    expect(long.match(/class="report-title"/g)!.length).toBeGreaterThan(3);
  });
  it('refuses a broken chart', () => {
    const p = parts('x');
    p.charts[0].svg = '<svg><g>';
    expect(() => composeReportSvg(p, { width: 640, styles: '' })).toThrowError(expect.objectContaining({ code: 'svg-invalid' }));
  });
});

describe('composeReportSvg snapshot', () => {
  it('matches the stored report after normalising numbers', () => {
    const svg = composeReportSvg(parts('för Stockholms stad'), { width: 640, styles: '.seg { fill: #333 }', defs });
    // Round numbers so tiny layout-arithmetic changes do not churn the snapshot.
    const normalised = svg.replace(/\d+\.\d+/g, (n) => String(Math.round(Number(n)))).replace(/></g, '>\n<');
    expect(normalised).toMatchSnapshot();
  });
});

describe('fitToPage and reportPages', () => {
  const tall = (h: number, heading: string) => ({ svg: standaloneSvg(`<svg ${NS} width="800" height="${h}"><rect width="10" height="10"/></svg>`, { title: heading, styles: '' }), width: 800, height: h, heading });
  const base = { ...parts('x'), note: 'Anteckning av handläggaren', charts: [tall(300, 'Ett'), tall(300, 'Två'), tall(900, 'Tre')] };
  const size = (svg: string) => [/<svg[^>]*\swidth="(\d+)"/.exec(svg)![1], /<svg[^>]*\sheight="(\d+)"/.exec(svg)![1]].map(Number);

  it.each([['a 16:9 slide', PAGE_SIZES.slide, [1600, 900]], ['A4', PAGE_SIZES.a4, [794, 1123]]] as const)('puts an image on %s, safe, scaled to fit', (_, page, expected) => {
    const svg = fitToPage(composeReportSvg(base, { width: 848, styles: '' }), page);
    expect(size(svg)).toEqual(expected);
    expect(svg).toContain('preserveAspectRatio="xMidYMin meet"');
    expect(assertSafeSvg(svg)).toEqual([]);
  });
  it('rejects a page without size', () => expect(() => fitToPage(composeReportSvg(base, { width: 848, styles: '' }), { width: 0, height: 10 })).toThrow(TypeError));
  it('splits a long report into A4 pages, each with the title, legend and source line, numbered', () => {
    const pages = reportPages(base, { width: 848, styles: '' }, PAGE_SIZES.a4);
    expect(pages).toHaveLength(2);
    pages.forEach((p, i) => {
      expect(size(p)).toEqual([794, 1123]);
      expect(p).toContain('Internationell strategi x');
      expect(p).toContain('Tillstyrker x');
      expect(p).toContain(`Källa: 44 yttranden, klassificerade automatiskt, 12 granskade manuellt · Sida ${i + 1} av 2`);
      expect(assertSafeSvg(p)).toEqual([]);
    });
    expect(pages[0]).toContain('Anteckning av handläggaren');
    expect(pages[1]).not.toContain('Anteckning av handläggaren');
    expect(pages[0]).toContain('>Ett<');
    expect(pages[0]).toContain('>Två<');
    expect(pages[1]).toContain('>Tre<');
  });
  it('keeps a short report on one page', () => {
    expect(reportPages({ ...base, charts: [tall(200, 'Ett')] }, { width: 848, styles: '' }, PAGE_SIZES.a4)).toHaveLength(1);
  });
});
