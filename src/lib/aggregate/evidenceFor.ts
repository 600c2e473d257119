import { own } from '../domain/own.ts';
import type { ClassificationDetails, ResponseRecord, Stance } from '../domain/types.ts';

/** The sentence a drill-down shows under a yttrande, and where it comes from. */
export interface EvidenceLine {
  /** 'override': a person's reason; 'theme': a sentence about the theme; 'overall': the overall evidence. */
  source: 'override' | 'theme' | 'overall' | 'none';
  /** The sentence itself (or the override reason); '' for 'none'. */
  text: string;
  /** The stance that counts for what was asked (overall or the theme). */
  stance: Stance;
  /** For a theme: false when the stance is inherited from the overall one. */
  explicit: boolean;
}

/**
 * The one sentence that explains a yttrande's stance, overall (`theme` null) or on one
 * theme, for the list behind a chart segment or cell. A person's override wins and shows
 * its reason; an explicit theme shows its own evidence; an inherited theme falls back to
 * the overall evidence (that is what it inherits).
 */
export function evidenceFor(
  r: Pick<ResponseRecord, 'classification' | 'overrides'>,
  theme: string | null,
  /** The record's evidence (stored apart, see db/details.ts); without it no sentence is given. */
  details?: ClassificationDetails,
): EvidenceLine {
  const c = r.classification;
  const overall = (): EvidenceLine => {
    const o = r.overrides.overall;
    if (o) return { source: 'override', text: o.reason, stance: o.stance, explicit: true };
    const e = details?.evidence[0];
    return e ? { source: 'overall', text: e.text, stance: c.stance, explicit: true } : { source: 'none', text: '', stance: c.stance, explicit: true };
  };
  if (theme === null) return overall();
  const to = own(r.overrides.themes, theme);
  if (to) return { source: 'override', text: to.reason, stance: to.stance, explicit: true };
  const t = own(c.themes, theme);
  if (t?.explicit) {
    const e = own(details?.themeEvidence, theme)?.[0];
    return { source: e ? 'theme' : 'none', text: e?.text ?? '', stance: t.stance, explicit: true };
  }
  return { ...overall(), explicit: false };
}
