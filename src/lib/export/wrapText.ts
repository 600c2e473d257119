/**
 * Line breaking for SVG text, which has none of its own. Widths are estimated (no font
 * metrics outside a browser): about 0.55 em a character fits Segoe UI/Arial text well
 * enough that lines rarely overflow; long words are cut rather than allowed to overflow.
 */
const EM_PER_CHAR = 0.55;

/** Estimated width in px of `s` at `fontSize`. */
function estimate(s: string, fontSize: number): number {
  return Math.ceil([...s].length * fontSize * EM_PER_CHAR);
}

/** Break `s` into lines no wider than `maxWidth` px; empty input gives no lines. */
export function wrapText(s: string, maxWidth: number, fontSize: number): string[] {
  const max = Math.max(8, Math.floor(maxWidth / (fontSize * EM_PER_CHAR)));
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

/** Exposed for legend layout, which places items side by side. */
wrapText.estimate = estimate;
