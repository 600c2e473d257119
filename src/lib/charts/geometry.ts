/** Space around the plot area for axes and labels, in px. */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A margin with every side zero. */
export const NO_MARGIN: Readonly<Margin> = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * Round to 1/100 px: keeps specs and exported SVG small and stable across platforms
 * (float noise like 33.333333333333336 never reaches a snapshot).
 */
export function px(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * A rough text width for a sans-serif UI font: enough to decide whether a label fits
 * inside a bar without a DOM to measure in. Digits and most letters are ~0.6 em.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * 0.6;
}

/** Throws a RangeError naming the argument unless `n` is a finite number ≥ `min`. */
export function checkNumber(fn: string, name: string, n: unknown, min = 0): number {
  if (typeof n !== 'number' || !Number.isFinite(n) || n < min)
    throw new RangeError(`${fn}: ${name} must be a finite number ≥ ${min}, got ${String(n)}`);
  return n;
}
