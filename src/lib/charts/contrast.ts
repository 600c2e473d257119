/** WCAG 2.x colour arithmetic on '#rrggbb' strings, so palette choices can be tested. */

function channels(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new TypeError(`contrast: expected a colour like '#0072b2', got ${JSON.stringify(hex)}`);
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** WCAG relative luminance (0 = black, 1 = white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, 1..21. Graphics need ≥ 3, normal text ≥ 4.5. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white, whichever reads better on `fill` (one of them always reaches 4.5:1). */
export function textColorOn(fill: string): '#000000' | '#ffffff' {
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#000000' : '#ffffff';
}

/** `hex` mixed with white: t = 0 gives the colour, 1 gives white. Used for the inherited tint. */
export function tint(hex: string, t: number): string {
  const out = channels(hex).map((c) => Math.round(c + (255 - c) * t).toString(16).padStart(2, '0'));
  return `#${out.join('')}`;
}
