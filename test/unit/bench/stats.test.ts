import { describe, expect, it } from 'vitest';
import { median, percentile, ratioOf, summarize } from '../../../src/cli/bench/workload/stats.ts';

describe('bench statistics', () => {
  it('takes the median of odd and even counts without reordering the input', () => {
    const xs = [5, 1, 3];
    expect(median(xs)).toBe(3);
    expect(xs).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('uses nearest-rank percentiles', () => {
    const xs = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(xs, 95)).toBe(19);
    expect(percentile(xs, 100)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
  });

  it('summarizes median, min, max and p95', () => {
    expect(summarize([3, 1, 2, 10])).toEqual({ n: 4, median: 2.5, min: 1, max: 10, p95: 10 });
    expect(summarize([]).n).toBe(0);
  });

  it('pairs runs for ratios', () => {
    expect(ratioOf([2, 3, 8], [1, 1, 4])).toMatchObject({ n: 3, median: 2, min: 2, max: 3 });
    expect(ratioOf([1], [0]).n).toBe(0);
  });
});
