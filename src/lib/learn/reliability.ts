/**
 * What a confidence means, measured: the reliability table (per confidence band, how many
 * verdicts and how many of them right) and the coverage/precision curve (decide everything
 * at or above a threshold without review: what share is that, and how much of it is right).
 */

export interface Scored {
  confidence: number;
  correct: boolean;
  /** Reviewed whatever its confidence (a reason in the evidence: classify.evidenceReviewReasons). */
  alwaysReviewed?: boolean;
}

const decidedAt = (x: Scored, t: number) => !x.alwaysReviewed && x.confidence >= t;

export interface Band {
  from: number;
  to: number;
  n: number;
  correct: number;
  /** Observed accuracy in the band (0 when empty). */
  accuracy: number;
  /** Mean stated confidence in the band. */
  meanConfidence: number;
}

export interface CoveragePoint {
  threshold: number;
  /** Share of all verdicts at or above the threshold (decided without review). */
  coverage: number;
  /** Share of those that are right. */
  precision: number;
  n: number;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** Bands of width `step` from 0.25 to 1 (the lowest possible top probability of four classes). */
export function reliabilityTable(items: readonly Scored[], edges: readonly number[] = [0.25, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001]): Band[] {
  const out: Band[] = [];
  for (let b = 0; b < edges.length - 1; b++) {
    const inBand = items.filter((x) => x.confidence >= edges[b] && x.confidence < edges[b + 1]);
    const correct = inBand.filter((x) => x.correct).length;
    out.push({
      from: edges[b],
      to: Math.min(1, edges[b + 1]),
      n: inBand.length,
      correct,
      accuracy: inBand.length ? r3(correct / inBand.length) : 0,
      meanConfidence: inBand.length ? r3(inBand.reduce((a, x) => a + x.confidence, 0) / inBand.length) : 0,
    });
  }
  return out;
}

/** Coverage and precision when everything at or above each threshold (and not reviewed for another reason) is decided without review. */
export function coverageCurve(items: readonly Scored[], thresholds: readonly number[] = [0, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]): CoveragePoint[] {
  return thresholds.map((threshold) => {
    const kept = items.filter((x) => decidedAt(x, threshold));
    const right = kept.filter((x) => x.correct).length;
    return { threshold, n: kept.length, coverage: items.length ? r3(kept.length / items.length) : 0, precision: kept.length ? r3(right / kept.length) : 0 };
  });
}

/**
 * The lowest threshold whose kept verdicts reach `precision` (so the most is decided without
 * review). When no threshold with at least `minKept` verdicts reaches it, the one with the best
 * precision among those is taken, and `met` says so.
 */
export function chooseThreshold(items: readonly Scored[], precision: number, minKept = 10): { threshold: number; met: boolean } {
  const cands = [...new Set(items.map((x) => Math.round(x.confidence * 100) / 100))].sort((a, b) => a - b);
  let bestP = -1;
  let bestT = 1;
  for (const t of cands) {
    const kept = items.filter((x) => decidedAt(x, t));
    if (kept.length < minKept) break;
    const p = kept.filter((x) => x.correct).length / kept.length;
    if (p >= precision) return { threshold: t, met: true };
    if (p > bestP) {
      bestP = p;
      bestT = t;
    }
  }
  return { threshold: bestT, met: false };
}
