/**
 * Line breaking for SVG text, which has none of its own. Widths are estimated by the
 * app's one estimate (charts/geometry.ts, at the exported file's em), so lines rarely
 * overflow; long words are cut rather than allowed to overflow.
 */
import { charsThatFit, EM_EXPORT, estimateTextWidth } from '../charts/geometry.ts';

/** Estimated width in px of `s` at `fontSize` in an exported file, whole pixels. */
export function estimate(s: string, fontSize: number): number {
  return Math.ceil(estimateTextWidth(s, fontSize, EM_EXPORT));
}

/** Break `s` into lines no wider than `maxWidth` px; empty input gives no lines. */
export function wrapText(s: string, maxWidth: number, fontSize: number): string[] {
  const max = Math.max(8, charsThatFit(maxWidth, fontSize, EM_EXPORT));
  const lines: string[] = [];
  for (const para of s.split(/\r\n|\r|\n/)) {
    let line = '';
    for (let word of para.split(/\s+/).filter(Boolean)) {
      while ([...word].length > max) {
        if (line) lines.push(line);
        line = '';
        const chars = [...word];
        lines.push(chars.slice(0, max).join(''));
        word = chars.slice(max).join('');
      }
      if (!line) line = word;
      else if ([...line].length + 1 + [...word].length <= max) line += ' ' + word;
      else {
        lines.push(line);
        line = word;
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}

