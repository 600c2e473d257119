import { charsThatFit, EM_SCREEN, estimateTextWidth } from './geometry.ts';

/**
 * `text` shortened with an ellipsis so that it fits `maxWidth` px at `fontSize`
 * (estimated, see estimateTextWidth). Returns the text unchanged when it fits; the full
 * text belongs in the mark's aria-label or a `<title>`, so nothing is lost.
 */
export function fitText(text: string, maxWidth: number, fontSize: number, em = EM_SCREEN): string {
  if (estimateTextWidth(text, fontSize, em) <= maxWidth) return text;
  const chars = charsThatFit(maxWidth, fontSize, em) - 1;
  if (chars <= 0) return '…';
  return [...text].slice(0, chars).join('').trimEnd() + '…';
}

/**
 * Advance widths (em) of DejaVu Sans Bold, the widest of the sans fonts a chart is drawn in
 * (Segoe UI and Liberation Sans Bold are narrower): a bold heading estimated by its letters
 * fits wherever it is shown. Letters not listed count as the average capital.
 */
const BOLD_EM: Readonly<Record<string, number>> = {
  a: 0.68, b: 0.72, c: 0.6, d: 0.72, e: 0.68, f: 0.44, g: 0.72, h: 0.72, i: 0.35, j: 0.35, k: 0.67, l: 0.35, m: 1.05,
  n: 0.72, o: 0.69, p: 0.72, q: 0.72, r: 0.5, s: 0.6, t: 0.48, u: 0.72, v: 0.66, w: 0.93, x: 0.65, y: 0.66, z: 0.59,
  å: 0.68, ä: 0.68, ö: 0.69, é: 0.68, ü: 0.72, ' ': 0.35, '-': 0.42, '.': 0.38, ',': 0.38, '…': 1, '/': 0.37, '&': 0.88,
  I: 0.38, J: 0.38, M: 1, W: 1.11,
};
const BOLD_DIGIT = 0.7;
const BOLD_CAPITAL = 0.76;

/** Estimated width of bold (font-weight 600 and up) text, letter by letter. */
export function boldTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += BOLD_EM[ch] ?? (ch >= '0' && ch <= '9' ? BOLD_DIGIT : BOLD_CAPITAL);
  return em * fontSize;
}

/** `text` shortened with an ellipsis so that it fits `maxWidth` px in bold at `fontSize`. */
export function fitBoldText(text: string, maxWidth: number, fontSize: number): string {
  if (boldTextWidth(text, fontSize) <= maxWidth) return text;
  const chars = [...text];
  for (let n = chars.length - 1; n > 0; n--) {
    const cut = chars.slice(0, n).join('').trimEnd() + '…';
    if (boldTextWidth(cut, fontSize) <= maxWidth) return cut;
  }
  return '…';
}

/** The widest of `texts` (estimated), for sizing a label margin. */
export function widestText(texts: readonly string[], fontSize: number, em = EM_SCREEN): number {
  let w = 0;
  for (const t of texts) w = Math.max(w, estimateTextWidth(t, fontSize, em));
  return w;
}
