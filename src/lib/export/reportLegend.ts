/** The report legend: one entry per stance (colour and pattern) and the inherited-cell key. */
import { STANCE_LABEL, type Lang } from '../aggregate/index.ts';
import { STANCE_COLOR, STANCE_TINT } from '../charts/palette.ts';
import { INHERITED_PATTERN, PATTERNS, patternId } from '../charts/patterns.ts';
import { STANCES } from '../domain/types.ts';
import type { ReportLegendItem } from './reportSvg.ts';

/** The four stances, in chart order, with their fill colour and pattern. */
export function stanceLegend(lang: Lang): ReportLegendItem[] {
  return STANCES.map((s) => ({ label: STANCE_LABEL[lang][s], color: STANCE_COLOR[s], patternId: patternId(s) }));
}

/** The key for inherited heatmap cells (shown with the "supporting" tint as an example). */
export function inheritedLegend(label: string): ReportLegendItem {
  return { label, color: STANCE_TINT.supporting, patternId: INHERITED_PATTERN.supporting.id, stroke: STANCE_COLOR.supporting };
}

/**
 * Every stance pattern as a standalone SVG holding only `<defs>`: composeReportSvg nests
 * it once so the legend swatches can refer to the patterns by id. Static text, no user data.
 */
export const PATTERN_DEFS_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg"><defs>' +
  PATTERNS.map(
    (p) =>
      `<pattern id="${p.id}" width="${p.width}" height="${p.height}" patternUnits="userSpaceOnUse">` +
      p.paths.map((d) => `<path d="${d.d}" fill="${d.fill}" stroke="${d.stroke}" stroke-width="${d.strokeWidth}" opacity="${d.opacity}"/>`).join('') +
      '</pattern>',
  ).join('') +
  '</defs></svg>';
