import type { ScaleLinear } from 'd3-scale';
import { formatNumber, formatPercent, type Lang } from '../format/numbers.ts';
import { px } from './geometry.ts';

/** One axis tick: position and Swedish (or English) label. */
export interface Tick {
  x: number;
  value: number;
  label: string;
}

/**
 * Ticks of a linear x scale, labelled as counts ("1 200") or shares ("25 %").
 * Count ticks are whole numbers only: half a yttrande makes no sense on an axis.
 * Share ticks are quarters (halves when few ticks are asked for): people read
 * "a quarter" and "half" more easily than d3's 20 % steps.
 */
export function linearTicks(scale: ScaleLinear<number, number>, mode: 'count' | 'share', lang: Lang = 'sv', count = 5): Tick[] {
  const values = mode === 'share' ? (count >= 4 ? [0, 0.25, 0.5, 0.75, 1] : [0, 0.5, 1]) : scale.ticks(count).filter(Number.isInteger);
  return values.map((value) => ({
    x: px(scale(value)),
    value,
    label: mode === 'share' ? formatPercent(value, lang) : formatNumber(value, lang),
  }));
}
