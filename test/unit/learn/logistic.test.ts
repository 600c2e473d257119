import { describe, expect, it } from 'vitest';
import { fit, fitTemperature, predict, softmax } from '../../../src/lib/learn/logistic.ts';

// Two features that separate three classes; the bias column is named 'bias'.
const FEATURES = ['bias', 'a', 'b'];
const ROWS: [number, number, number][] = [];
const Y: number[] = [];
for (let i = 0; i < 60; i++) {
  const c = i % 3;
  const jitter = ((i * 37) % 11) / 20;
  ROWS.push([1, c === 0 ? 2 + jitter : -jitter, c === 1 ? 2 + jitter : jitter]);
  Y.push(c);
}

describe('fit', () => {
  it('learns separable classes', () => {
    const m = fit(ROWS, Y, ['x', 'y', 'z'], FEATURES);
    const right = ROWS.filter((r, i) => {
      const p = predict(m, r);
      return p.indexOf(Math.max(...p)) === Y[i];
    }).length;
    expect(right).toBe(ROWS.length);
  });
  it('is deterministic: the same data give the same weights', () => {
    expect(fit(ROWS, Y, ['x', 'y', 'z'], FEATURES)).toEqual(fit(ROWS, Y, ['x', 'y', 'z'], FEATURES));
  });
  it('shrinks weights as the penalty grows', () => {
    const norm = (l2: number) => fit(ROWS, Y, ['x', 'y', 'z'], FEATURES, { l2 }).weights.flat().reduce((a, w) => a + w * w, 0);
    expect(norm(1)).toBeLessThan(norm(0.01));
  });
  it('does not diverge under a strong penalty on correlated features: weights shrink, the fit still separates', () => {
    // Ten near-copies of each feature make the loss's curvature large: the default step once
    // made the weights explode above a penalty of about 1 (the real stance features do this).
    const names = ['bias', ...Array.from({ length: 20 }, (_, j) => `f${j}`)];
    const rows = ROWS.map((r, i) => [1, ...Array.from({ length: 20 }, (_, j) => (j < 10 ? r[1] : r[2]) + ((i * 7 + j * 3) % 5) / 50)]);
    const norms = [1, 3, 10].map((l2) => {
      const m = fit(rows, Y, ['x', 'y', 'z'], names, { l2 });
      expect(m.weights.flat().every(Number.isFinite)).toBe(true);
      const right = rows.filter((r, i) => {
        const p = predict(m, r);
        return p.indexOf(Math.max(...p)) === Y[i];
      }).length;
      expect(right).toBeGreaterThan(rows.length * 0.6);
      return m.weights.flat().reduce((a, w) => a + w * w, 0);
    });
    expect(norms[1]).toBeLessThan(norms[0]);
    expect(norms[2]).toBeLessThan(norms[1]);
  });
  it('gives probabilities that sum to one', () => {
    const m = fit(ROWS, Y, ['x', 'y', 'z'], FEATURES);
    const p = predict(m, [1, 0.5, 0.5]);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });
  it('rejects empty or mismatched input', () => {
    expect(() => fit([], [], ['x'], FEATURES)).toThrow(TypeError);
    expect(() => fit(ROWS, Y.slice(1), ['x', 'y', 'z'], FEATURES)).toThrow(TypeError);
  });
});

describe('softmax and temperature', () => {
  it('softmax is stable for large scores', () => {
    const p = softmax([1000, 1000, 0]);
    expect(p[0]).toBeCloseTo(0.5, 10);
  });
  it('a model that is too sure gets a temperature above 1', () => {
    // Scores that always put 0.99 on the first class, right only half the time.
    const model = { classes: ['a', 'b'], features: ['s0', 's1'], mean: [0, 0], scale: [1, 1], weights: [[1, 0], [0, 1]], temperature: 1 };
    const X = Array.from({ length: 40 }, () => [5, 0]);
    const y = X.map((_, i) => i % 2);
    expect(fitTemperature(model, X, y)).toBeGreaterThan(1);
  });
});
