import { checkNumber, EM_SCREEN, estimateTextWidth, px } from './geometry.ts';

/** One legend entry: a swatch (a pattern id, drawn as `fill="url(#id)"`) and its text. */
export interface LegendItem {
  key: string;
  label: string;
  pattern: string;
  /** Border of the swatch (inherited cells have one); 'none' for none. */
  stroke?: string;
}

/** A positioned legend entry: swatch at (x, y), text starting at textX, baseline centred on textY. */
export interface LegendItemSpec extends LegendItem {
  x: number;
  y: number;
  size: number;
  textX: number;
  textY: number;
}

export interface LegendLayout {
  items: LegendItemSpec[];
  /** Height taken, so the chart below can start after it. */
  height: number;
}

/**
 * Lay out legend entries left to right, wrapping to a new line when the next one would
 * pass `width`. Inside the chart's SVG, so an exported chart carries its own legend.
 */
export function legendLayout(
  items: readonly LegendItem[],
  width: number,
  opts: { x?: number; y?: number; fontSize?: number; swatch?: number; gap?: number; charWidth?: number } = {},
): LegendLayout {
  checkNumber('legendLayout', 'width', width, 1);
  const fontSize = opts.fontSize ?? 13;
  const size = opts.swatch ?? 14;
  const gap = opts.gap ?? 18;
  // Average glyph width in em (geometry.ts's EM_SCREEN unless the caller knows better).
  const charWidth = opts.charWidth ?? EM_SCREEN;
  const x0 = opts.x ?? 0;
  const lineHeight = Math.max(size, fontSize) + 8;
  let x = x0;
  let y = opts.y ?? 0;
  const out: LegendItemSpec[] = [];
  for (const it of items) {
    const w = size + 6 + estimateTextWidth(it.label, fontSize, charWidth);
    if (x > x0 && x + w > width) {
      x = x0;
      y += lineHeight;
    }
    out.push({ ...it, x: px(x), y: px(y), size, textX: px(x + size + 6), textY: px(y + size / 2) });
    x += w + gap;
  }
  return { items: out, height: items.length ? px(y - (opts.y ?? 0) + lineHeight) : 0 };
}
