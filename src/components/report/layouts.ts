/**
 * The report's own chart layouts: the whole overview at a fixed, print-friendly size, so
 * an export looks the same whatever the window size. D3 computes (lib/charts), the
 * Svelte components in this folder draw.
 */
import { byKind, byTheme, heatmapMatrix, KIND_LABEL, type Lang } from '../../lib/aggregate/index.ts';
import { heatmapLayout, stackLayout, type HeatmapLayout, type StackInput, type StackLayout } from '../../lib/charts/index.ts';
import type { ResponseRecord } from '../../lib/domain/types.ts';

/** Natural width of every report chart, in px (wide enough for long nämnd names next to four themes; print scales it to the page). */
export const CHART_WIDTH = 840;
/**
 * The most yttranden the report's heatmap shows. Beyond this a row-per-yttrande map is
 * unreadable on paper, and the image would outgrow what a canvas can turn into a PNG.
 */
export const HEATMAP_MAX_ROWS = 150;
/** Font size of chart labels. */
export const CHART_FONT = 12;
/** Widest category label column; longer labels are shortened with "…". */
const MAX_LABEL = 320;
/**
 * Estimated text width per character, in em. A little wider than Segoe UI and Arial need,
 * about what DejaVu Sans needs, so labels fit on every platform the file is opened on.
 */
const EM_PER_CHAR = 0.56;

/** Estimated width in px of `text` at `fontSize`. */
export function labelWidth(text: string, fontSize = CHART_FONT): number {
  return [...text].length * fontSize * EM_PER_CHAR;
}

/** Shorten `text` with "…" so it fits in `maxWidth` px at `fontSize` (estimated). */
export function fitLabel(text: string, maxWidth: number, fontSize = CHART_FONT): string {
  if (labelWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  const keep = Math.max(1, Math.floor(maxWidth / (fontSize * EM_PER_CHAR)) - 1);
  return chars.slice(0, keep).join('').trimEnd() + '…';
}

/** Room for the longest label, capped at MAX_LABEL. */
function labelRoom(labels: readonly string[]): number {
  const widest = Math.max(0, ...labels.map((l) => labelWidth(l)));
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
    margin: { top: 6, right: 44, bottom: 46, left: labelRoom(Object.values(short)) },
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

/** One row per yttrande, one column per theme. */
export function heatmapChartLayout(records: readonly ResponseRecord[], themes: readonly string[], lang: Lang): HeatmapLayout {
  const matrix = heatmapMatrix(records, themes);
  const left = labelRoom(matrix.rows.map((r) => r.respondent));
  const cellWidth = themes.length > 0 ? Math.max(60, Math.min(140, Math.floor((CHART_WIDTH - left - 8) / themes.length))) : 100;
  const columnLabels = Object.fromEntries(themes.map((t) => [t, fitLabel(t, cellWidth - 6)]));
  return heatmapLayout({ matrix, cellWidth, cellHeight: 18, gap: 2, margin: { top: 26, right: 8, bottom: 4, left }, columnLabels, lang });
}
