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
import { wrapText } from './wrapText.ts';
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
  charts: ReportChart[];
  legend: ReportLegendItem[];
  counts: Array<{ label: string; value: number | string }>;
  /** See {@link reportFooter}. */
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

/** "Källa: 44 yttranden, klassificerade automatiskt, 12 granskade manuellt". */
export function reportFooter(total: number, reviewed: number): string {
  return `Källa: ${total} ${total === 1 ? 'yttrande' : 'yttranden'}, klassificerade automatiskt, ${reviewed} granskade manuellt`;
}

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
      const step = 12 + 6 + wrapText.estimate(item.label, 12) + 16;
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
  if (problems.length > 0) throw new ExportError('svg-unsafe', `Rapportbilden kunde inte göras säker (${problems[0]}).`);
  return out;
}
