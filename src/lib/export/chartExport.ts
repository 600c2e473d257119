/**
 * One chart as a finished image (heading, remiss title, filters, legend, source line) saved
 * as PNG or SVG. Loaded on first export, so the overview's first screen does not carry the
 * export code.
 */
import { composeReportSvg, fitToPage, type PageSize } from './reportSvg.ts';
import { exportFileName } from './fileName.ts';
import type { ReportLegendItem } from './reportSvg.ts';
import type { Lang } from '../format/numbers.ts';
import { chartPart, savePng, saveSvg } from './files.ts';
import { PATTERN_DEFS_SVG, stanceLegend } from './reportLegend.ts';

export interface ChartExport {
  svg: SVGSVGElement;
  name: string;
  title: string;
  kind: string;
  heading?: string;
  subtitle: string;
  filtersText: string;
  footer: string;
  legend?: ReportLegendItem[];
  styles: string;
  date: string | Date;
  lang: Lang;
  /** What the chart counts, under its heading. */
  note?: string;
  /** Fit the image on this page (a 16:9 slide, A4); default its own size. */
  page?: PageSize;
}

/** Compose and save; returns the file name. Rejects with an ExportError on failure. */
export async function exportChart(o: ChartExport, ext: 'png' | 'svg'): Promise<string> {
  const part = { ...chartPart(o.svg, o.name, o.styles), heading: '', note: o.note };
  const lines = o.heading ? [o.title, o.subtitle] : [o.subtitle];
  const composed = composeReportSvg(
    {
      title: o.name,
      subtitle: lines.filter(Boolean).join(' · '),
      filtersText: o.filtersText,
      charts: [part],
      legend: o.legend ?? stanceLegend(o.lang),
      counts: [],
      footer: o.footer,
    },
    { width: Math.max(480, Math.ceil(part.width) + 48), styles: o.styles, defs: PATTERN_DEFS_SVG },
  );
  const svg = o.page ? fitToPage(composed, o.page) : composed;
  const file = exportFileName(o.title, o.date, o.kind, ext);
  if (ext === 'png') await savePng(svg, file, 2);
  else saveSvg(svg, file);
  return file;
}
