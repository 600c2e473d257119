/**
 * The classifier's explanation (lib/classify/explain.ts explanationParts) in Swedish or
 * English: the stance, the deciding sentence and where it stands, how many conditions, a
 * decision that disagrees with the text, a text analysed only in part. Plain TypeScript
 * without runes, so the components, the CSV export and the CLI share it.
 */
import type { ExplanationParts, EvidenceSection } from '../lib/classify/explain.ts';
import { formatNumber } from '../lib/format/numbers.ts';
import { STANCE_LABEL } from '../lib/format/labels.ts';

type Lang = 'sv' | 'en';

const SECTION: Record<Lang, Record<EvidenceSection, string>> = {
  sv: { decision: 'beslut', summary: 'sammanfattning', views: 'synpunkter', background: 'bakgrund', text: 'yttrande', override: 'manuell bedömning' },
  en: { decision: 'decision', summary: 'summary', views: 'comments', background: 'background', text: 'response', override: 'manual assessment' },
};

const WORDS = {
  sv: {
    nothing: 'inget ställningstagande hittades i texten',
    conditions: (n: number) => (n === 1 ? '1 villkor' : `${n} villkor`),
    disagreement: 'beslutet och texten pekar åt olika håll',
    analysed: (n: string) => `bara de första ${n} tecknen har analyserats`,
  },
  en: {
    nothing: 'no position was found in the text',
    conditions: (n: number) => (n === 1 ? '1 condition' : `${n} conditions`),
    disagreement: 'the decision and the text point different ways',
    analysed: (n: string) => `only the first ${n} characters were analysed`,
  },
};

/** One line: Avstyrker: "…" (beslut); 2 villkor — or its English counterpart. */
export function explanationText(p: ExplanationParts, lang: Lang): string {
  const w = WORDS[lang];
  const label = STANCE_LABEL[lang][p.stance];
  let s = p.quote !== null ? `${label}: "${p.quote}" (${SECTION[lang][p.section ?? 'text']})` : p.stance === 'none' ? `${label}: ${w.nothing}` : label;
  if (p.conditions > 0) s += `; ${w.conditions(p.conditions)}`;
  if (p.disagreement) s += `; ${w.disagreement}`;
  if (p.analysedChars !== null) s += `; ${w.analysed(formatNumber(p.analysedChars, lang))}`;
  return s;
}
