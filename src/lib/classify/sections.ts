/**
 * Sections of a tjänsteutlåtande. Where a sentence stands says how much its stance counts:
 * the decision (förslag till beslut / beslut) most, the respondent's own synpunkter and the
 * summary next, background (bakgrund, ärendet, the proposal described) hardly at all.
 */
import type { Segment } from './sentences.ts';
import type { Token } from './tokens.ts';

export type SectionKind = 'decision' | 'summary' | 'views' | 'background' | 'text';

/** How much a stance signal counts in each section. */
export const SECTION_WEIGHT: Record<SectionKind, number> = {
  decision: 3,
  summary: 1.4,
  views: 1.3,
  background: 0.2,
  text: 1,
};

/** Swedish name of a section, used as Evidence.source and in explanations. */
export const SECTION_LABEL: Record<SectionKind, string> = {
  decision: 'förslag till beslut',
  summary: 'sammanfattning',
  views: 'synpunkter',
  background: 'bakgrund',
  text: 'yttrande',
};

const FIRST_WORD: Record<string, SectionKind> = {
  sammanfattning: 'summary',
  sammanfattande: 'summary',
  beslut: 'decision',
  beslutsförslag: 'decision',
  bakgrund: 'background',
  ärendet: 'background',
  ärendets: 'background',
  ärendebeskrivning: 'background',
  beredning: 'background',
  inledning: 'background',
  remissen: 'background',
  remissens: 'background',
  förslaget: 'background',
  utredningens: 'background',
  promemorians: 'background',
  betänkandet: 'background',
  // Protocol parts: members' motions and reservations are not the body's own position.
  yrkanden: 'background',
  yrkande: 'background',
  reservation: 'background',
  reservationer: 'background',
  protokollsanteckning: 'background',
  protokollsanteckningar: 'background',
  särskilt: 'background',
  särskilda: 'background',
  omröstning: 'background',
  propositionsordning: 'background',
  beslutsgång: 'background',
  synpunkter: 'views',
  bedömning: 'views',
  yttrande: 'views',
  ställningstagande: 'views',
  ställningstaganden: 'views',
};
const LAST_WORD: Record<string, SectionKind> = {
  synpunkter: 'views',
  bedömning: 'views',
  bedömningar: 'views',
  inställning: 'views',
  ställningstagande: 'views',
  ställningstaganden: 'views',
  överväganden: 'views',
  kommentarer: 'views',
  beslut: 'decision',
};

const PROPOSAL_WORDS = ['förslag', 'remiss', 'betänkande', 'promemoria', 'utredning', 'motion', 'ärende', 'lagrådsremiss', 'propositionen', 'strategin', 'planen', 'programmet'];
const VIEWS_ANYWHERE = new Set(['synpunkter', 'bedömning', 'ställningstagande', 'ställningstaganden', 'yttrande', 'överväganden', 'kommentarer', 'inställning']);

/** The section a heading opens, or null when the segment is not a heading. */
export function headingKind(seg: Segment, tokens: Token[]): SectionKind | null {
  if (tokens.length === 0 || tokens.length > 8 || /[.!?]$/.test(seg.text)) return null;
  // Skip numbering such as "2" or "2.1" before the words.
  const words = tokens.filter((t) => !/^\d+$/.test(t.w)).map((t) => t.w);
  if (words.length === 0) return null;
  if (words.join(' ').includes('förslag till beslut')) return 'decision';
  // "Sammanfattning av förslaget", "Remissens innehåll i korthet": the proposal described.
  if ((words[0] === 'sammanfattning' || words[0] === 'sammanfattande') && words.slice(1).some((w) => PROPOSAL_WORDS.some((p) => w.startsWith(p)))) return 'background';
  const byEnds = FIRST_WORD[words[0]] ?? LAST_WORD[words[words.length - 1]];
  if (byEnds) return byEnds;
  // "Förvaltningens synpunkter och förslag", "Bilaga: Yttrande".
  for (const w of words) if (VIEWS_ANYWHERE.has(w)) return 'views';
  return null;
}

/**
 * An inline label at the start of a sentence, "Förslag till beslut: ...", or a sentence
 * that records or proposes the decision ("Nämnden beslutar ...", "Förvaltningen föreslår
 * att nämnden ..."). Only that sentence is affected.
 */
export function inlineDecision(tokens: Token[]): boolean {
  const n = Math.min(tokens.length, 8);
  for (let i = 0; i < n; i++) {
    const w = tokens[i].w;
    if (w === 'beslutar' || w === 'beslutade' || w === 'beslutat') return true;
    if (w === 'förslag' && tokens[i + 1]?.w === 'till' && tokens[i + 2]?.w === 'beslut') return true;
    if (w === 'föreslår' && tokens[i + 1]?.w === 'att' && /nämnd|styrels|kommunstyrels|fullmäktige/.test(tokens[i + 2]?.w ?? '')) return true;
    if (w === 'föreslås' && i > 0 && /nämnd|styrels/.test(tokens[i - 1].w)) return true;
  }
  return false;
}
