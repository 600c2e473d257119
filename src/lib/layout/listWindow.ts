/**
 * A long list of fixed-height rows drawn only where the viewport is (5,000 remisser in the
 * picker): which rows to draw and where to scroll so a row is whole. Pure geometry.
 */

/**
 * The rows of a list of fixed-height rows to draw for a viewport: `start` to `end`
 * (exclusive), with `overscan` rows on each side, and the space above and below them.
 */
export function windowRange(scrollTop: number, viewport: number, rowHeight: number, total: number, overscan = 6): { start: number; end: number; before: number; after: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const visible = Math.ceil(Math.max(0, viewport) / rowHeight) + 1;
  const start = Math.max(0, Math.min(total, first - overscan));
  const end = Math.max(start, Math.min(total, first + visible + overscan));
  return { start, end, before: start * rowHeight, after: (total - end) * rowHeight };
}

/** The scrollTop that shows row `index` whole, moving as little as possible. */
export function scrollToRow(index: number, scrollTop: number, viewport: number, rowHeight: number): number {
  const top = index * rowHeight;
  if (top < scrollTop) return top;
  if (top + rowHeight > scrollTop + viewport) return top + rowHeight - viewport;
  return scrollTop;
}
