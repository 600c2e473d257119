/**
 * Labelled real yttranden (the JSON-lines schema of ../shared/eval) as training items:
 * text, label, the remissinstans as respondent, and the keys that keep twins in one fold.
 */
import { isStance } from '../evaluation/metrics.ts';
import type { LabelledItem } from './trainStance.ts';

const norm = (s: unknown) => (typeof s === 'string' ? s.toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ').trim() : '');

/** The fold keys of an item: its source and its remissinstans, normalised. */
export function groupKeys(source: unknown, respondent: unknown): string[] {
  const url = norm(source);
  const who = norm(respondent);
  return [url && `url:${url}`, who && `who:${who}`].filter(Boolean);
}

/** Parse JSON lines; a line without text or a valid label is an error naming the line. */
export function parseLabelled(content: string, file = ''): LabelledItem[] {
  const out: LabelledItem[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const r = JSON.parse(line) as Record<string, unknown>;
    if (typeof r.text !== 'string' || !isStance(r.label)) throw new Error(`${file}:${i + 1}: text or label missing`);
    out.push({
      id: typeof r.id === 'string' ? r.id : `${file}:${i + 1}`,
      text: r.text,
      decision: typeof r.decision === 'string' ? r.decision : undefined,
      respondent: typeof r.remissinstans === 'string' ? r.remissinstans : undefined,
      label: r.label,
      groups: groupKeys(r.source_url, r.remissinstans),
      uncertain: typeof r.notes === 'string' && r.notes.includes('UNCERTAIN'),
      basis: typeof r.label_basis === 'string' && r.label_basis ? r.label_basis : undefined,
    });
  });
  return out;
}
