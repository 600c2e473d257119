/** Summary statistics for repeated measurements. */
export interface Summary {
  n: number;
  median: number;
  min: number;
  max: number;
  /** 95th percentile (nearest-rank). */
  p95: number;
}

/** Median of the values (mean of the two middle ones for an even count). NaN for none. */
export function median(values: readonly number[]): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile, p in (0, 100]. NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length, Math.max(1, rank)) - 1];
}

export function summarize(values: readonly number[]): Summary {
  if (!values.length) return { n: 0, median: NaN, min: NaN, max: NaN, p95: NaN };
  return {
    n: values.length,
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    p95: percentile(values, 95),
  };
}

/** Ratio of two summaries' medians, with the spread taken run by run when paired. */
export function ratioOf(num: readonly number[], den: readonly number[]): Summary {
  const n = Math.min(num.length, den.length);
  const ratios: number[] = [];
  for (let i = 0; i < n; i++) if (den[i] > 0) ratios.push(num[i] / den[i]);
  return summarize(ratios);
}
