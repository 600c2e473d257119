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

/** The widest of `texts` (estimated), for sizing a label margin. */
export function widestText(texts: readonly string[], fontSize: number, em = EM_SCREEN): number {
  let w = 0;
  for (const t of texts) w = Math.max(w, estimateTextWidth(t, fontSize, em));
  return w;
}
