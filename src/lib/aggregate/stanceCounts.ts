import type { Stance } from '../domain/types.ts';

/** A number per stance; every aggregate uses this shape. */
export type StanceCounts = Record<Stance, number>;

/** Response ids per stance, so a chart segment can drill down to its yttranden. */
export type StanceIds = Record<Stance, number[]>;

/** Fresh zero counts (a new object each call: callers mutate it). */
export function zeroCounts(): StanceCounts {
  return { supporting: 0, conditional: 0, opposing: 0, none: 0 };
}

/** Fresh empty id lists (a new object each call). */
export function emptyIds(): StanceIds {
  return { supporting: [], conditional: [], opposing: [], none: [] };
}
