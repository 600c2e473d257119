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
 * Average glyph width in em. On screen (the UI font; digits and most letters are ~0.6 em)
 * and in an exported file (a little wider than Segoe UI and Arial need, about what DejaVu
 * Sans needs, so text fits on every platform the file is opened on).
 */
export const EM_SCREEN = 0.6;
export const EM_EXPORT = 0.56;

/**
 * The one text-width estimate of the app (no DOM to measure in, nor font metrics outside a
 * browser): characters (code points, so "é" and an emoji count once) × size × `em`.
 * Charts decide with it whether a label fits a bar; exports wrap and shorten their text.
 */
export function estimateTextWidth(text: string, fontSize: number, em = EM_SCREEN): number {
  let n = 0;
  for (const _ of text) n++;
  return n * fontSize * em;
}

/** How many characters fit `maxWidth` px at `fontSize` (the inverse of estimateTextWidth). */
export function charsThatFit(maxWidth: number, fontSize: number, em = EM_SCREEN): number {
  return Math.floor(maxWidth / (fontSize * em));
}

/** Throws a RangeError naming the argument unless `n` is a finite number ≥ `min`. */
export function checkNumber(fn: string, name: string, n: unknown, min = 0): number {
  if (typeof n !== 'number' || !Number.isFinite(n) || n < min)
    throw new RangeError(`${fn}: ${name} must be a finite number ≥ ${min}, got ${String(n)}`);
  return n;
}
