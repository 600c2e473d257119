import { own } from './own.ts';
import type { ResponseRecord, Stance } from './types.ts';

/** The stance that counts: a person's override wins over the machine. */
export function effectiveStance(r: Pick<ResponseRecord, 'classification' | 'overrides'>): Stance {
  return r.overrides.overall?.stance ?? r.classification.stance;
}

/** The stance on one theme that counts, and whether it is explicit or overridden. */
export function effectiveThemeStance(
  r: Pick<ResponseRecord, 'classification' | 'overrides'>,
  theme: string,
): { stance: Stance; explicit: boolean; overridden: boolean } {
  const o = own(r.overrides.themes, theme);
  if (o) return { stance: o.stance, explicit: true, overridden: true };
  const t = own(r.classification.themes, theme);
  if (t) {
    // An inherited theme follows an overall override too.
    if (!t.explicit && r.overrides.overall) return { stance: r.overrides.overall.stance, explicit: false, overridden: true };
    return { stance: t.stance, explicit: t.explicit, overridden: false };
  }
  return { stance: effectiveStance(r), explicit: false, overridden: !!r.overrides.overall };
}
