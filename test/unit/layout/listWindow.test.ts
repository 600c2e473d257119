import { describe, expect, it } from 'vitest';
import { scrollToRow, windowRange } from '../../../src/lib/layout/listWindow.ts';

describe('windowRange', () => {
  it('draws the visible rows and some either side, with the space around them', () => {
    expect(windowRange(0, 400, 40, 5000, 5)).toEqual({ start: 0, end: 16, before: 0, after: (5000 - 16) * 40 });
    expect(windowRange(4000, 400, 40, 5000, 5)).toEqual({ start: 95, end: 116, before: 95 * 40, after: (5000 - 116) * 40 });
  });
  it('stays within the list at its ends and for short lists', () => {
    expect(windowRange(1e9, 400, 40, 100, 5)).toMatchObject({ start: 100, end: 100, after: 0 });
    expect(windowRange(0, 400, 40, 3)).toEqual({ start: 0, end: 3, before: 0, after: 0 });
    expect(windowRange(-50, 400, 40, 0)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });
  it('scrolls as little as needed to show a row', () => {
    expect(scrollToRow(0, 400, 400, 40)).toBe(0);
    expect(scrollToRow(20, 0, 400, 40)).toBe(440);
    expect(scrollToRow(12, 400, 400, 40)).toBe(400);
  });
});
