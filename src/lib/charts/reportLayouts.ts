/**
 * The report's own chart layouts: the whole overview at a fixed, print-friendly size, so
 * an export looks the same whatever the window size. D3 computes here; the chart
 * components (components/charts, in their static mode) draw.
 */
import { byKind, byTheme, heatmapMatrix, KIND_LABEL, type Lang } from '../aggregate/index.ts';
import { heatmapLayout, stackLayout, type HeatmapLayout, type StackInput, type StackLayout } from './index.ts';
import type { ResponseRecord } from '../domain/types.ts';
import { charsThatFit, EM_EXPORT, estimateTextWidth } from './geometry.ts';

/** Natural width of every report chart, in px (wide enough for long nämnd names next to four themes; print scales it to the page). */
export const CHART_WIDTH = 840;
/**
 * The most yttranden the report's heatmap shows. Beyond this a row-per-yttrande map is
 * unreadable on paper, and the image would outgrow what a canvas can turn into a PNG.
 */
export const HEATMAP_MAX_ROWS = 150;
/** Font size of chart labels. */
export const CHART_FONT = 12;
/** Font size of the bar labels StackedBars draws. */
const BAR_LABEL_FONT = 13;
/** Widest category label column; longer labels are shortened with "…". */
const MAX_LABEL = 320;
/** Estimated width in px of `text` at `fontSize` in an exported file (geometry.ts's estimate). */
export function labelWidth(text: string, fontSize = CHART_FONT): number {
  return estimateTextWidth(text, fontSize, EM_EXPORT);
}

/** Shorten `text` with "…" so it fits in `maxWidth` px at `fontSize` in an exported file (fitText.ts). */
export function fitLabel(text: string, maxWidth: number, fontSize = CHART_FONT): string {
  if (labelWidth(text, fontSize) <= maxWidth) return text;
  const keep = Math.max(1, charsThatFit(maxWidth, fontSize, EM_EXPORT) - 1);
  return [...text].slice(0, keep).join('').trimEnd() + '…';
}

/** Room for the longest label, capped at MAX_LABEL. */
function labelRoom(labels: readonly string[], fontSize = CHART_FONT): number {
  const widest = Math.max(0, ...labels.map((l) => labelWidth(l, fontSize)));
  return Math.min(MAX_LABEL, Math.ceil(widest)) + 14;
}

function stacked(categories: string[], counts: StackInput['counts'], labels: Record<string, string>, lang: Lang, inherited?: StackInput['inherited']): StackLayout {
  const short = Object.fromEntries(categories.map((c) => [c, fitLabel(labels[c] ?? c, MAX_LABEL)]));
  return stackLayout({
    categories,
    counts,
    inherited,
    labels: short,
    mode: 'count',
    width: CHART_WIDTH,
    // Right: room for the total after each bar. Bottom: tick labels and the axis title.
    // Bar labels are drawn at 13 px semibold (StackedBars): DejaVu Sans Bold is about a quarter wider than the estimate.
    margin: { top: 6, right: 44, bottom: 46, left: labelRoom(Object.values(short), BAR_LABEL_FONT * 1.25) },
    barHeight: 28,
    gap: 10,
    fontSize: CHART_FONT,
    lang,
  });
}

/**
 * Stances per theme (inriktning), themes in the remiss's order: the explicit ones, and
 * with `withInherited` the inherited ones as a lighter extension of each bar.
 */
export function themeChartLayout(records: readonly ResponseRecord[], themes: readonly string[], lang: Lang, withInherited = false): StackLayout {
  const data = byTheme(records, themes);
  const inherited = withInherited ? Object.fromEntries(data.map((d) => [d.theme, d.inherited])) : undefined;
  return stacked([...themes], Object.fromEntries(data.map((d) => [d.theme, d.explicit])), {}, lang, inherited);
}

/** Overall stances per respondent kind; every kind is shown, empty ones too, so rows stay put. */
export function kindChartLayout(records: readonly ResponseRecord[], lang: Lang): StackLayout {
  const data = byKind(records);
  return stacked(data.map((d) => d.kind), Object.fromEntries(data.map((d) => [d.kind, d.counts])), { ...KIND_LABEL[lang] }, lang);
}

/** Height of a report heatmap row, in px. */
export const HEATMAP_ROW = 18;

/** A report heatmap: the layout, and where its respondent-kind brackets go. */
export interface ReportHeatmap {
  layout: HeatmapLayout;
  /** x of the brackets right of the cells ("Stadsdelsnämnd · 14"). */
  groupX: number;
  /** Room for the row labels. */
  labelWidth: number;
}

/** One row per yttrande, one column per theme, the kind brackets right of the cells. */
export function heatmapChartLayout(records: readonly ResponseRecord[], themes: readonly string[], lang: Lang): ReportHeatmap {
  const matrix = heatmapMatrix(records, themes);
  const left = labelRoom(matrix.rows.map((r) => r.respondent));
  const groupRoom = Math.ceil(Math.max(...Object.values(KIND_LABEL[lang]).map((k) => labelWidth(`${k} · 000`))) + 24);
  const cellWidth = themes.length > 0 ? Math.max(60, Math.min(140, Math.floor((CHART_WIDTH - left - groupRoom) / themes.length))) : 100;
  const columnLabels = Object.fromEntries(themes.map((t) => [t, fitLabel(t, cellWidth - 6)]));
  const layout = heatmapLayout({ matrix, cellWidth, cellHeight: HEATMAP_ROW, gap: 2, margin: { top: 26, right: groupRoom, bottom: 4, left }, columnLabels, lang });
  return { layout, groupX: layout.width - groupRoom + 8, labelWidth: left };
}

/**
 * What a static bar chart says to a screen reader and in its exported `<desc>`: the
 * description, then every bar with its segments ("Påverkan: 46 yttranden; Påverkan:
 * Avstyrker 4 av 46 (9 %); …").
 */
export function stackDescription(layout: StackLayout, desc: string): string {
  return [desc, ...layout.bars.map((b) => [b.ariaLabel, ...layout.segments.filter((s) => s.category === b.category).map((s) => s.ariaLabel)].join('; '))].join(' ');
}
