/**
 * Puts a classification's evidence and conditions onto the texts they quote (body,
 * decision column, theme columns), giving each a key for jump links and collecting the
 * highlight spans per text. A span quoted twice (overall and for a theme) gets one key.
 */
import { dict } from '../domain/own.ts';
import type { Classification, Evidence, Stance } from '../domain/types.ts';
import { evidencePart, type EvidencePart } from './evidenceSource.ts';
import type { HighlightSpan } from './highlight.ts';
import { locate } from './locate.ts';

export interface DetailTexts {
  body: string;
  decision?: string;
  themeTexts?: Record<string, string>;
}

/** One piece of evidence (or condition), where it is, and its key; key null when not found. */
export interface Placed {
  key: string | null;
  part: EvidencePart;
  text: string;
  stance?: Stance;
}

export interface PlacedEvidence {
  overall: Placed[];
  themes: Record<string, Placed[]>;
  conditions: (Placed & { theme: string | null })[];
  /** Highlight spans of the body, the decision, and each theme column. */
  spans: { body: HighlightSpan[]; decision: HighlightSpan[]; themes: Record<string, HighlightSpan[]> };
}

/** The text a part refers to ('' when absent). Theme names match case-insensitively. */
export function partText(texts: DetailTexts, part: EvidencePart): string {
  if (part.kind === 'body') return texts.body;
  if (part.kind === 'decision') return texts.decision ?? '';
  const want = part.theme.toLocaleLowerCase('sv-SE');
  const hit = Object.entries(texts.themeTexts ?? {}).find(([k]) => k.toLocaleLowerCase('sv-SE') === want);
  return hit?.[1] ?? '';
}

export function placeEvidence(c: Classification, texts: DetailTexts): PlacedEvidence {
  const spans: PlacedEvidence['spans'] = { body: [], decision: [], themes: {} };
  const seen = new Map<string, string>();
  let n = 0;

  const listFor = (part: EvidencePart): HighlightSpan[] => {
    if (part.kind === 'body') return spans.body;
    if (part.kind === 'decision') return spans.decision;
    return (spans.themes[part.theme] ??= []);
  };

  const place = (ev: Pick<Evidence, 'start' | 'end' | 'text' | 'source' | 'stance'>, prefix: string): Placed => {
    const part = evidencePart(ev.source);
    const at = locate(partText(texts, part), ev);
    const base = { part, text: ev.text, stance: ev.stance };
    if (!at) return { ...base, key: null };
    const id = `${part.kind}:${part.kind === 'theme' ? part.theme : ''}:${at.start}:${at.end}:${prefix === 'c' ? 'c' : 'e'}`;
    const known = seen.get(id);
    if (known) return { ...base, key: known };
    const key = `${prefix}${n++}`;
    seen.set(id, key);
    listFor(part).push({ key, start: at.start, end: at.end, stance: ev.stance });
    return { ...base, key };
  };

  const overall = c.evidence.map((ev) => place(ev, 'e'));
  const themes: Record<string, Placed[]> = dict();
  for (const [name, ts] of Object.entries(c.themes)) themes[name] = ts.evidence.map((ev) => place(ev, 'e'));
  const conditions = c.conditions.map((cond) => ({ ...place({ ...cond, source: undefined, stance: undefined }, 'c'), theme: cond.theme }));
  return { overall, themes, conditions, spans };
}
