/**
 * What a confidence has meant, for the page: the cross-validated reliability bands and the
 * review queue's figures that `npm run train` writes to calibration.ts (numbers, no texts).
 * Tiny on purpose: the page shows them without loading the model.
 */

export interface CalibrationBand {
  from: number;
  to: number;
  /** Verdicts in the band, and the share of them that was right. */
  n: number;
  accuracy: number;
}

export interface Calibration {
  /** Real yttranden the figures are measured on. */
  items: number;
  /** The review threshold (REVIEW_THRESHOLD). */
  threshold: number;
  /**
   * Share of the items decided without review, and the share of those right, with the
   * threshold chosen on the other folds' verdicts only (trainStance.ts nestedQueue): what a
   * user can expect, not flattered by choosing the threshold on the verdicts it is scored on.
   */
  decided: number;
  right: number;
  bands: CalibrationBand[];
}

/** Fewer verdicts than this in a band say too little to be shown as a rate. */
export const MIN_BAND_ITEMS = 10;

/** The band a confidence falls in (the top band includes 1), or null when it held too few verdicts. */
export function bandOf(c: Calibration, confidence: number): CalibrationBand | null {
  if (!Number.isFinite(confidence)) return null;
  const last = c.bands.length - 1;
  const b = c.bands.find((x, i) => confidence >= x.from && (confidence < x.to || (i === last && confidence <= x.to)));
  return b && b.n >= MIN_BAND_ITEMS ? b : null;
}
