import { describe, expect, it } from 'vitest';
import { bandOf, MIN_BAND_ITEMS, type Calibration } from '../../../src/lib/classify/calibrationBand.ts';

const c: Calibration = {
  items: 100,
  threshold: 0.8,
  decided: 0.6,
  right: 0.95,
  bands: [
    { from: 0.4, to: 0.6, n: 4, accuracy: 0.5 },
    { from: 0.6, to: 0.8, n: 30, accuracy: 0.7 },
    { from: 0.8, to: 0.9, n: 26, accuracy: 0.85 },
    { from: 0.9, to: 1, n: 40, accuracy: 0.97 },
  ],
};

describe('bandOf: what a confidence has meant', () => {
  it.each([
    [0.65, 0.6],
    [0.8, 0.8], // a band includes its lower edge
    [0.8999, 0.8],
    [0.9, 0.9],
    [1, 0.9], // the top band includes certainty
  ])('%s falls in the band from %s', (confidence, from) => expect(bandOf(c, confidence)?.from).toBe(from));
  it(`says nothing for a band of fewer than ${MIN_BAND_ITEMS} verdicts, below the lowest band, or for no number`, () => {
    expect(bandOf(c, 0.5)).toBeNull();
    expect(bandOf(c, 0.3)).toBeNull();
    expect(bandOf(c, Number.NaN)).toBeNull();
  });
});
