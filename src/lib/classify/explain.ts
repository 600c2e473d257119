/**
 * Why the verdict: the stance, the deciding evidence and where it stands, how many
 * conditions, whether the decision and the text disagree, whether the text was cut.
 * explanationParts() gives it as data (src/i18n renders it: detail.explain.*); explain()
 * gives the Swedish line stored with the verdict for search and older readers, e.g.
 *   Avstyrker: "Förvaltningen kan inte ställa sig bakom förslaget" (förslag till beslut)
 */
import type { Classification, Evidence, Stance } from '../domain/types.ts';
import { MAX_ANALYSED } from './limits.ts';

/** Where the deciding evidence stands: a section of the text, the decision column, or a person's override. */
export type EvidenceSection = 'decision' | 'summary' | 'views' | 'background' | 'text' | 'override';

export interface ExplanationParts {
  stance: Stance;
  /** The deciding sentence, shortened to QUOTE_MAX characters; null when nothing was found. */
  quote: string | null;
  section: EvidenceSection | null;
  conditions: number;
  disagreement: boolean;
  /** Only the first this many characters were analysed; null when the whole text was. */
  analysedChars: number | null;
}

const SECTION_OF: Record<string, EvidenceSection> = {
  decision: 'decision',
  'förslag till beslut': 'decision',
  beslut: 'decision',
  sammanfattning: 'summary',
  synpunkter: 'views',
  bakgrund: 'background',
  yttrande: 'text',
  override: 'override',
};

/** The section code of an evidence source (the classifier's labels, older stored ones included). */
export function evidenceSection(source: string | undefined): EvidenceSection {
  return (source !== undefined && SECTION_OF[source]) || 'text';
}

type Explainable = Pick<Classification, 'stance' | 'disagreement'> & { evidence?: readonly Evidence[]; conditions?: readonly unknown[]; conditionCount?: number; reviewReasons?: readonly string[]; textLength?: number };

/** The explanation as data, for any stored verdict (a summary without evidence included). */
export function explanationParts(c: Explainable): ExplanationParts {
  const ev = c.evidence?.[0];
  const quote = ev ? shortQuote(ev.text) : null;
  return {
    stance: c.stance,
    quote,
    section: ev ? evidenceSection(ev.source) : null,
    conditions: c.stance === 'none' ? 0 : (c.conditions?.length ?? c.conditionCount ?? 0),
    disagreement: c.disagreement,
    analysedChars: c.reviewReasons?.includes('truncated') || (c.textLength ?? 0) > MAX_ANALYSED ? MAX_ANALYSED : null,
  };
}

/** The stance as the remissammanställning names it. */
export const STANCE_LABEL_SV: Record<Stance, string> = {
  supporting: 'Tillstyrker',
  conditional: 'Tillstyrker med villkor',
  opposing: 'Avstyrker',
  none: 'Ingen ställning',
};

const QUOTE_MAX = 160;
const shortQuote = (t: string) => (t.length > QUOTE_MAX ? `${t.slice(0, QUOTE_MAX - 1).trimEnd()}…` : t);

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
    s = `${label}: "${shortQuote(ev.text)}" (${sourceLabel(ev.source)})`;
  }
  if (c.conditions.length > 0 && c.stance !== 'none') s += `; ${c.conditions.length} villkor`;
  if (c.disagreement) s += '; beslutet och texten pekar åt olika håll';
  return s;
}
