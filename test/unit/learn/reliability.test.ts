import { describe, expect, it } from 'vitest';
import { chooseThreshold, coverageCurve, reliabilityTable } from '../../../src/lib/learn/reliability.ts';

const items = [
  ...Array.from({ length: 10 }, (_, i) => ({ confidence: 0.95, correct: i < 10 })),
  ...Array.from({ length: 10 }, (_, i) => ({ confidence: 0.75, correct: i < 8 })),
  ...Array.from({ length: 10 }, (_, i) => ({ confidence: 0.45, correct: i < 4 })),
];

describe('reliabilityTable', () => {
  it('counts items and accuracy per band', () => {
    const t = reliabilityTable(items);
    const band = (c: number) => t.find((b) => c >= b.from && c < b.to)!;
    expect(band(0.95)).toMatchObject({ n: 10, correct: 10, accuracy: 1 });
    expect(band(0.75)).toMatchObject({ n: 10, correct: 8, accuracy: 0.8 });
    expect(band(0.45)).toMatchObject({ n: 10, correct: 4, accuracy: 0.4 });
    expect(t.reduce((a, b) => a + b.n, 0)).toBe(items.length);
  });
});

describe('coverageCurve', () => {
  it('keeps what is at or above each threshold', () => {
    const c = coverageCurve(items, [0, 0.7, 0.9]);
    expect(c[0]).toMatchObject({ coverage: 1, precision: 0.733 });
    expect(c[1]).toMatchObject({ coverage: 0.667, precision: 0.9 });
    expect(c[2]).toMatchObject({ coverage: 0.333, precision: 1 });
  });
});

describe('chooseThreshold', () => {
  it('takes the lowest threshold that reaches the precision', () => {
    expect(chooseThreshold(items, 0.9)).toEqual({ threshold: 0.75, met: true });
    expect(chooseThreshold(items, 0.7)).toEqual({ threshold: 0.45, met: true });
  });
  it('says so when no threshold with enough items reaches it', () => {
    const bad = items.map((x) => ({ ...x, correct: false }));
    expect(chooseThreshold(bad, 0.9).met).toBe(false);
  });
});

describe('verdicts reviewed for another reason', () => {
  // The two wrong 0.75 verdicts carry a reason in their evidence: they are reviewed anyway.
  const flagged = items.map((x) => (x.confidence === 0.75 && !x.correct ? { ...x, alwaysReviewed: true } : x));
  it('never count as decided, at any threshold', () => {
    const [all] = coverageCurve(flagged, [0]);
    expect(all).toMatchObject({ n: 28, coverage: 0.933 });
  });
  it('let a lower threshold reach the same precision', () => {
    expect(chooseThreshold(items, 0.95).threshold).toBe(0.95);
    expect(chooseThreshold(flagged, 0.95).threshold).toBe(0.75);
  });
});
