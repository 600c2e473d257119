/**
 * The one-line Swedish explanation shown next to a verdict, e.g.
 *   Avstyrker: "Förvaltningen kan inte ställa sig bakom förslaget" (förslag till beslut)
 */
import type { Classification, Stance } from '../domain/types.ts';

/** The stance as the remissammanställning names it. */
export const STANCE_LABEL_SV: Record<Stance, string> = {
  supporting: 'Tillstyrker',
  conditional: 'Tillstyrker med villkor',
  opposing: 'Avstyrker',
  none: 'Ingen ställning',
};

const QUOTE_MAX = 160;

function sourceLabel(source: string | undefined): string {
  if (!source) return 'yttrande';
  if (source === 'decision') return 'beslut';
  return source;
}

export function explain(c: Omit<Classification, 'explanation'>): string {
  const label = STANCE_LABEL_SV[c.stance];
  const ev = c.evidence[0];
  let s: string;
  if (!ev) {
    s = c.stance === 'none' ? `${label}: inget ställningstagande hittades i texten` : `${label}`;
  } else {
    const q = ev.text.length > QUOTE_MAX ? `${ev.text.slice(0, QUOTE_MAX - 1).trimEnd()}…` : ev.text;
    s = `${label}: "${q}" (${sourceLabel(ev.source)})`;
  }
  if (c.conditions.length > 0 && c.stance !== 'none') s += `; ${c.conditions.length} villkor`;
  if (c.disagreement) s += '; beslutet och texten pekar åt olika håll';
  return s;
}
