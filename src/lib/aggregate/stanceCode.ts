import { own } from '../domain/own.ts';
import type { ResponseRecord, Stance } from '../domain/types.ts';
import { STANCES } from '../domain/types.ts';

/** Index of each stance in STANCES. */
export const STANCE_INDEX: Readonly<Record<Stance, number>> = { supporting: 0, conditional: 1, opposing: 2, none: 3 };

/** Bit set in a stance code when the stance is explicit (not inherited). */
export const EXPLICIT_BIT = 4;
/** Bit set in a stance code when a person's override decides the stance. */
export const OVERRIDDEN_BIT = 8;

/**
 * `effectiveThemeStance` packed into one small integer (stance index | EXPLICIT_BIT |
 * OVERRIDDEN_BIT), so hot loops over 10,000 records × themes allocate nothing.
 * Must follow domain/effective.ts exactly; a test checks every combination against it.
 */
export function themeStanceCode(r: Pick<ResponseRecord, 'classification' | 'overrides'>, theme: string): number {
  const o = own(r.overrides.themes, theme);
  if (o) return STANCE_INDEX[o.stance] | EXPLICIT_BIT | OVERRIDDEN_BIT;
  const overall = r.overrides.overall;
  const t = own(r.classification.themes, theme);
  if (t) {
    if (t.explicit) return STANCE_INDEX[t.stance] | EXPLICIT_BIT;
    return overall ? STANCE_INDEX[overall.stance] | OVERRIDDEN_BIT : STANCE_INDEX[t.stance];
  }
  return overall ? STANCE_INDEX[overall.stance] | OVERRIDDEN_BIT : STANCE_INDEX[r.classification.stance];
}

/** The stance in a stance code. */
export function codeStance(code: number): Stance {
  return STANCES[code & 3];
}
