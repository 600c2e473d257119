import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import type { Stance } from '../domain/types.ts';
import { STANCES } from '../domain/types.ts';
import { formatNumber, formatPercent, type Lang } from '../format/numbers.ts';
import { STANCE_LABEL } from '../format/labels.ts';
import { STANCE_COLOR, STANCE_TEXT, STANCE_TINT, STANCE_TINT_TEXT } from './palette.ts';
import { patternId } from './patterns.ts';
import { NO_MARGIN, checkNumber, estimateTextWidth, px, type Margin } from './geometry.ts';
import { roundedPercents } from './shares.ts';
import { linearTicks, type Tick } from './ticks.ts';

/** Input of a horizontal stacked bar chart (per theme, per respondent kind). */
export interface StackInput {
  /** Bars top to bottom; must be unique (they key the bars). */
  categories: readonly string[];
  /** Counts per category; a missing category counts as all zero. */
  counts: Readonly<Record<string, Readonly<Record<Stance, number>>>>;
  /**
   * Inherited counts per category (yttranden that do not discuss the theme and carry their
   * overall stance over). Given, each bar continues past `counts` with these as lighter,
   * patterned segments; `counts` then holds the explicit stances only.
   */
  inherited?: Readonly<Record<string, Readonly<Record<Stance, number>>>>;
  /** 'count': bars as long as their totals; 'share': every bar 100 %. */
  mode: 'count' | 'share';
  width: number;
  /** Total height; by default it follows from barHeight, gap and the number of bars. */
  height?: number;
  margin?: Margin;
  barHeight?: number;
  gap?: number;
  /** Display text per category (e.g. KIND_LABEL); defaults to the category itself. */
  labels?: Readonly<Record<string, string>>;
  lang?: Lang;
  /** Font size of segment labels, to decide whether they fit. */
  fontSize?: number;
  tickCount?: number;
}

/** One bar (its background and its category label). */
export interface StackBar {
  category: string; label: string; y: number; height: number;
  /** Every segment of the bar (explicit + inherited). */
  total: number;
  /** The explicit part only (equals total without `inherited` input). */
  explicitTotal: number;
  ariaLabel: string;
}

/** One stance segment of one bar. Draw `fill={patternUrl(pattern)}`; `fill` is the plain colour. */
export interface StackSegment {
  key: string; category: string; stance: Stance;
  /** True for an inherited segment (the lighter extension of the bar). */
  inherited: boolean;
  x: number; y: number; width: number; height: number;
  value: number; share: number;
  /** "12" (count mode) or "34 %" (share mode). */
  label: string;
  labelFits: boolean; labelX: number; labelY: number; labelColor: string;
  fill: string; pattern: string;
  /** Outline: white between explicit segments; the full stance colour around a light inherited one (3:1). */
  stroke: string;
  /** "Samverkan: Tillstyrker 12 av 40 (30 %)". */
  ariaLabel: string;
}

/** A stacked bar chart as plain, JSON-serialisable rect/text specs. */
export interface StackLayout {
  width: number; height: number;
  plot: { x: number; y: number; width: number; height: number };
  bars: StackBar[]; segments: StackSegment[]; ticks: Tick[];
}

/** The key of the segment of `category` for `stance` (explicit, or the inherited extension). */
export function segmentKey(category: string, stance: Stance, inherited: boolean): string {
  return `${category}|${stance}${inherited ? '|inherited' : ''}`;
}

const OF: Record<Lang, string> = { sv: 'av', en: 'of' };
const INHERITED: Record<Lang, string> = { sv: 'ärvt', en: 'inherited' };
const EXPLICIT: Record<Lang, string> = { sv: 'uttryckligen', en: 'explicitly' };
/** Series of a bar: explicit stances first, then (with `inherited` input) the inherited ones. */
const SERIES_EXPLICIT = STANCES.map((stance) => ({ stance, inherited: false }));
const SERIES_ALL = [...SERIES_EXPLICIT, ...STANCES.map((stance) => ({ stance, inherited: true }))];
const RESPONSES: Record<Lang, [string, string]> = { sv: ['yttrande', 'yttranden'], en: ['response', 'responses'] };

/**
 * Lay out horizontal stacked bars with d3: stack over STANCES (then, with `inherited`,
 * over STANCES again for the inherited extension), band scale for rows.
 */
export function stackLayout(input: StackInput): StackLayout {
  const { categories, counts, mode, lang = 'sv', labels = {} } = input;
  const margin = input.margin ?? NO_MARGIN;
  const width = checkNumber('stackLayout', 'width', input.width, margin.left + margin.right + 1);
  const barHeight = checkNumber('stackLayout', 'barHeight', input.barHeight ?? 24, 1);
  const gap = checkNumber('stackLayout', 'gap', input.gap ?? 8);
  const fontSize = checkNumber('stackLayout', 'fontSize', input.fontSize ?? 12, 1);
  if (new Set(categories).size !== categories.length) throw new TypeError('stackLayout: categories must be unique');
  const split = input.inherited !== undefined;
  const series = split ? SERIES_ALL : SERIES_EXPLICIT;
  const rows = categories.map((category) => {
    const c = counts[category];
    const inh = input.inherited?.[category];
    const values = series.map(({ stance, inherited }) =>
      inherited
        ? checkNumber('stackLayout', `inherited[${JSON.stringify(category)}].${stance}`, inh ? inh[stance] : 0)
        : checkNumber('stackLayout', `counts[${JSON.stringify(category)}].${stance}`, c ? c[stance] : 0));
    const explicitTotal = values.slice(0, STANCES.length).reduce((a, b) => a + b, 0);
    return { category, values, total: values.reduce((a, b) => a + b, 0), explicitTotal };
  });
  const n = rows.length;
  const step = barHeight + gap;
  const height = input.height !== undefined
    ? checkNumber('stackLayout', 'height', input.height, margin.top + margin.bottom)
    : margin.top + margin.bottom + Math.max(0, n * step - gap);
  const y = scaleBand<string>().domain(categories).range([margin.top, height - margin.bottom]).paddingInner(n > 1 ? gap / step : 0);
  const domainMax = mode === 'share' ? 1 : Math.max(1, max(rows, (r) => r.total) ?? 0);
  const x = scaleLinear().domain([0, domainMax]).range([margin.left, width - margin.right]);
  if (mode === 'count') x.nice(input.tickCount ?? 5);

  const stacked = stack<(typeof rows)[number], number>()
    .keys(series.map((_, i) => i))
    .value((r, i) => (mode === 'share' ? (r.total ? r.values[i] / r.total : 0) : r.values[i]))(rows);

  const bars: StackBar[] = rows.map((r) => {
    const label = labels[r.category] ?? r.category;
    const [one, many] = RESPONSES[lang];
    const said = split ? `, ${formatNumber(r.explicitTotal, lang)} ${EXPLICIT[lang]}` : '';
    return {
      category: r.category, label, y: px(y(r.category)!), height: px(y.bandwidth()), total: r.total, explicitTotal: r.explicitTotal,
      ariaLabel: `${label}: ${formatNumber(r.total, lang)} ${r.total === 1 ? one : many}${said}`,
    };
  });
  const segments: StackSegment[] = [];
  rows.forEach((r, ri) => {
    const percents = roundedPercents(r.values);
    series.forEach(({ stance, inherited }, si) => {
      const value = r.values[si];
      if (value <= 0) return;
      const [a, b] = stacked[si][ri];
      const x0 = px(x(a));
      const x1 = px(x(b));
      const bar = bars[ri];
      const pct = formatPercent(percents[si] / 100, lang);
      const label = mode === 'share' ? pct : formatNumber(value, lang);
      const name = inherited ? `${STANCE_LABEL[lang][stance]} (${INHERITED[lang]})` : STANCE_LABEL[lang][stance];
      segments.push({
        key: segmentKey(r.category, stance, inherited), category: r.category, stance, inherited,
        x: x0, y: bar.y, width: px(x1 - x0), height: bar.height,
        value, share: value / r.total, label,
        labelFits: estimateTextWidth(label, fontSize) + 6 <= x1 - x0 && fontSize + 2 <= bar.height,
        labelX: px((x0 + x1) / 2), labelY: px(bar.y + bar.height / 2),
        labelColor: inherited ? STANCE_TINT_TEXT[stance] : STANCE_TEXT[stance],
        fill: inherited ? STANCE_TINT[stance] : STANCE_COLOR[stance], pattern: patternId(stance, inherited),
        stroke: inherited ? STANCE_COLOR[stance] : '#ffffff',
        ariaLabel: `${bar.label}: ${name} ${formatNumber(value, lang)} ${OF[lang]} ${formatNumber(r.total, lang)} (${pct})`,
      });
    });
  });
  const plot = { x: margin.left, y: margin.top, width: px(width - margin.left - margin.right), height: px(height - margin.top - margin.bottom) };
  return { width, height, plot, bars, segments, ticks: linearTicks(x, mode, lang, input.tickCount ?? 5) };
}
