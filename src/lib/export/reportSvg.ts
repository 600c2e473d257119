/**
 * One standalone SVG report for print: remiss title and date, the filters in force, the
 * charts stacked, the legend, the counts and the source line. Pure string work, so
 * it is unit-tested in Node. Every text comes from users or imported files and is escaped.
 */
import { assertSafeSvg } from './assertSafeSvg.ts';
import { ExportError } from './errors.ts';
import { sanitizeSvg } from './sanitizeSvg.ts';
import { EXPORT_FONT_FAMILY, SVG_NS, cleanCss } from './svgRules.ts';
import { parseViewBox, rewriteRoot, rootAttributes } from './svgRoot.ts';
import { estimate, wrapText } from './wrapText.ts';
import { cdata, escapeXml } from './xmlEscape.ts';

/** A chart to include: a standalone SVG string (from serializeSvg) and its size. */
export interface ReportChart {
  svg: string; width: number; height: number; heading: string;
  /** A line under the heading saying what the chart counts (e.g. explicit stances only). */
  note?: string;
}
/**
 * A legend entry; `patternId` refers to a `<pattern>` in a chart or in `opts.defs`;
 * `stroke` draws a border round the swatch (inherited heatmap cells have one).
 */
export interface ReportLegendItem { label: string; color: string; patternId?: string; stroke?: string }
/** What the report shows. */
export interface ReportParts {
  title: string;
  subtitle: string;
  filtersText: string;
  /** A person's note under the filters (optional). */
  note?: string;
  charts: ReportChart[];
  legend: ReportLegendItem[];
  counts: Array<{ label: string; value: number | string }>;
  /** The source line (src/i18n's `report.footer`). */
  footer: string;
}
/** Layout options. */
export interface ReportOptions {
  width: number;
  /** Chart CSS (stable class names), embedded once for all charts. */
  styles: string;
  /** A standalone SVG whose `<defs>` (e.g. hatch patterns) the legend refers to. */
  defs?: string;
  fontFamily?: string;
}

const PAD = 24;
const GAP = 16;

/** Nest a standalone SVG at (x, y) scaled into `w` × `h`; its viewBox keeps the drawing intact. */
function nest(svg: string, x: number, y: number, w: number, h: number, natural: [number, number]): string {
  const clean = sanitizeSvg(svg);
  const vb = parseViewBox(rootAttributes(clean).get('viewBox'));
  return rewriteRoot(clean, { x: String(x), y: String(y), width: String(w), height: String(h), viewBox: (vb ?? [0, 0, ...natural]).join(' ') });
}

/** Build the report. Throws ExportError when a chart is broken or the result is unsafe. */
export function composeReportSvg(parts: ReportParts, opts: ReportOptions): string {
  const width = Math.max(200, opts.width);
  const inner = width - 2 * PAD;
  const body: string[] = [];
  let y = PAD;
  const text = (s: string, size: number, cls: string, weight = 'normal') => {
    for (const line of wrapText(s, inner, size)) {
      y += size * 1.25;
      body.push(`<text x="${PAD}" y="${y}" font-size="${size}" font-weight="${weight}" class="${cls}">${escapeXml(line)}</text>`);
    }
  };
  text(parts.title, 20, 'report-title', 'bold');
  text(parts.subtitle, 14, 'report-subtitle');
  if (parts.filtersText) text(parts.filtersText, 12, 'report-filters');
  if (parts.note) text(parts.note, 12, 'report-note');
  for (const c of parts.charts) {
    y += GAP;
    text(c.heading, 14, 'report-heading', 'bold');
    if (c.note) text(c.note, 12, 'report-note');
    y += 6;
    const scale = c.width > inner ? inner / c.width : 1;
    const [w, h] = [c.width * scale, c.height * scale].map((n) => Math.round(n * 100) / 100);
    body.push(nest(c.svg, PAD, y, w, h, [c.width, c.height]));
    y += h;
  }
  if (parts.legend.length > 0) {
    y += GAP;
    let x = PAD;
    for (const item of parts.legend) {
      const label = escapeXml(item.label);
      const step = 12 + 6 + estimate(item.label, 12) + 16;
      if (x > PAD && x + step > width - PAD) [x, y] = [PAD, y + 20];
      const pattern = item.patternId && /^[A-Za-z][\w-]*$/.test(item.patternId) ? `<rect x="${x}" y="${y}" width="12" height="12" fill="url(#${item.patternId})"/>` : '';
      // Drawn inside the 12 px square, so a bordered swatch is as big as a plain one.
      const border = item.stroke ? `<rect x="${x + 0.75}" y="${y + 0.75}" width="10.5" height="10.5" fill="none" stroke="${escapeXml(item.stroke)}" stroke-width="1.5"/>` : '';
      body.push(`<g class="report-legend-item"><rect x="${x}" y="${y}" width="12" height="12" style="${escapeXml(`fill: ${item.color}`)}"/>${pattern}${border}<text x="${x + 18}" y="${y + 10}" font-size="12">${label}</text></g>`);
      x += step;
    }
    y += 12;
  }
  if (parts.counts.length > 0) {
    y += GAP / 2;
    text(parts.counts.map((c) => `${c.label}: ${c.value}`).join(' · '), 12, 'report-counts');
  }
  y += GAP / 2;
  text(parts.footer, 11, 'report-footer');
  const height = Math.ceil(y + PAD);
  const defs = opts.defs ? nest(opts.defs, 0, 0, 0, 0, [1, 1]) : '';
  const font = opts.fontFamily ?? EXPORT_FONT_FAMILY;
  const style = `svg { font-family: ${font}; }\n.report-footer, .report-filters, .report-note { fill: #444; }\n${cleanCss(opts.styles)}`;
  const out =
    `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">` +
    `<title>${escapeXml(parts.title)}</title><style>${cdata(style)}</style>` +
    `<rect x="0" y="0" width="${width}" height="${height}" style="fill: #ffffff"/>${defs}${body.join('')}</svg>`;
  const problems = assertSafeSvg(out);
  if (problems.length > 0) throw new ExportError('svg-unsafe', { detail: problems[0] });
  return out;
}

/** A page to fit an image on: a 16:9 slide or an A4 sheet (CSS px, 96 per inch). */
export interface PageSize { width: number; height: number }

/** The sizes an export can be made for. */
export const PAGE_SIZES = {
  /** 16:9, as a slide deck wants it (PowerPoint, Google Slides, Keynote). */
  slide: { width: 1600, height: 900 },
  /** A4 portrait, 210 × 297 mm at 96 px per inch. */
  a4: { width: 794, height: 1123 },
} as const satisfies Record<string, PageSize>;

/**
 * A composed image (a standalone SVG from composeReportSvg) placed on a page of `page`
 * size over white, scaled to fit and centred at the top; nothing is cut.
 */
export function fitToPage(svg: string, page: PageSize): string {
  const w = Math.round(page.width);
  const h = Math.round(page.height);
  if (!(w > 0 && h > 0)) throw new TypeError('fitToPage: page width and height must be positive');
  const root = rootAttributes(svg);
  const nw = parseFloat(root.get('width') ?? '') || w;
  const nh = parseFloat(root.get('height') ?? '') || h;
  const inner = rewriteRoot(sanitizeSvg(svg), { x: '0', y: '0', width: String(w), height: String(h), viewBox: `0 0 ${nw} ${nh}`, preserveAspectRatio: 'xMidYMin meet' });
  const out =
    `<svg xmlns="${SVG_NS}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img">` +
    `<rect x="0" y="0" width="${w}" height="${h}" style="fill: #ffffff"/>${inner}</svg>`;
  const problems = assertSafeSvg(out);
  if (problems.length > 0) throw new ExportError('svg-unsafe', { detail: problems[0] });
  return out;
}

/** Height of a standalone SVG, from its root. */
function heightOf(svg: string): number {
  return parseFloat(rootAttributes(svg).get('height') ?? '') || 0;
}

/**
 * The report on pages of `page`'s shape: charts in order, as many on a page as fit
 * (at the report's width; a chart taller than a page gets a page of its own and is
 * scaled down when placed). Every page keeps the title, the legend and the source line
 * with "sida n av m"; the filters and the counts are on the first page, the note too.
 * Returns one composed SVG per page, already fitted to the page.
 */
export function reportPages(parts: ReportParts, opts: ReportOptions, page: PageSize): string[] {
  const limit = Math.max(200, opts.width) * (page.height / page.width);
  const groups: ReportChart[][] = [];
  let current: ReportChart[] = [];
  const compose = (charts: ReportChart[], first: boolean, footer: string) =>
    composeReportSvg({
      ...parts,
      subtitle: first ? parts.subtitle : `${parts.subtitle} (forts.)`,
      filtersText: first ? parts.filtersText : '',
      note: first ? parts.note : undefined,
      counts: first ? parts.counts : [],
      charts,
      footer,
    }, opts);
  for (const c of parts.charts) {
    const trial = [...current, c];
    if (current.length > 0 && heightOf(compose(trial, groups.length === 0, parts.footer)) > limit) {
      groups.push(current);
      current = [c];
    } else current = trial;
  }
  if (current.length > 0 || groups.length === 0) groups.push(current);
  return groups.map((g, i) => fitToPage(compose(g, i === 0, `${parts.footer} · Sida ${i + 1} av ${groups.length}`), page));
}
