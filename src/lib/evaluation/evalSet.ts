/**
 * Labelled evaluation items from the two formats the project uses: JSON lines (one
 * labelled excerpt a line, optional themeKeywords) and the sample remiss with its gold
 * file. Pure parsing; the CLI reads the files.
 */
import type { Stance, Theme } from '../domain/types.ts';
import { respondentKey } from '../domain/normalize.ts';
import { isStance } from './metrics.ts';

export interface EvalItem {
  id: string;
  text: string;
  decision?: string;
  label: Stance;
  /** The answering body (remissinstans), passed to classify as `respondent`. */
  respondent?: string;
  /** Where the item came from (source_url), to keep twins in one cross-validation fold. */
  source?: string;
  /** The label is marked UNCERTAIN in the item's notes. */
  uncertain?: boolean;
  /** The phrases that decide the label (label_basis): what the sentence model learns from in cross-validation. */
  basis?: string;
  /** Gold stance per theme (only labelled themes). */
  themeLabels: Record<string, Stance>;
  themes: Theme[];
}

const obj = (x: unknown): Record<string, unknown> => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : {});

function stanceMap(x: unknown): Record<string, Stance> {
  const out: Record<string, Stance> = {};
  for (const [k, v] of Object.entries(obj(x))) if (isStance(v)) out[k] = v;
  return out;
}

/** Parse JSON lines; themes come from themeKeywords, else each labelled theme's name. */
export function parseJsonl(content: string): EvalItem[] {
  const items: EvalItem[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const r = obj(JSON.parse(line));
    if (!isStance(r.label) || typeof r.text !== 'string') throw new Error(`rad ${i + 1}: saknar label eller text`);
    const themeLabels = stanceMap(r.themes);
    const kw = obj(r.themeKeywords);
    const names = [...new Set([...Object.keys(themeLabels), ...Object.keys(kw)])];
    const themes = names.map((name) => {
      const k = kw[name];
      const keywords = Array.isArray(k) ? k.filter((x): x is string => typeof x === 'string') : [];
      return { name, keywords: keywords.length ? keywords : [name] };
    });
    items.push({
      id: typeof r.id === 'string' ? r.id : `rad ${i + 1}`,
      text: r.text,
      decision: typeof r.decision === 'string' ? r.decision : undefined,
      label: r.label,
      respondent: typeof r.remissinstans === 'string' ? r.remissinstans : undefined,
      source: typeof r.source_url === 'string' ? r.source_url : undefined,
      uncertain: typeof r.notes === 'string' && r.notes.includes('UNCERTAIN'),
      basis: typeof r.label_basis === 'string' && r.label_basis ? r.label_basis : undefined,
      themeLabels,
      themes,
    });
  });
  return items;
}

/** Pair the sample remiss's responses with gold labels by respondent name. */
export function parseSample(remiss: unknown, gold: unknown): EvalItem[] {
  const r = obj(remiss);
  const cons = obj(r.consultation ?? r.remiss);
  const themes: Theme[] = (Array.isArray(cons.themes) ? cons.themes : []).map((t) => {
    const o = obj(t);
    return { name: String(o.name ?? ''), keywords: Array.isArray(o.keywords) ? o.keywords.map(String) : [] };
  });
  const responses = (Array.isArray(r.responses) ? r.responses : Array.isArray(r.yttranden) ? r.yttranden : []).map(obj);
  const byKey = new Map(responses.map((x) => [respondentKey(String(x.respondent ?? '')), x]));
  const items: EvalItem[] = [];
  for (const g of (Array.isArray(gold) ? gold : []).map(obj)) {
    const resp = byKey.get(respondentKey(String(g.respondent ?? '')));
    if (!resp || !isStance(g.stance)) continue;
    items.push({
      id: String(g.respondent),
      text: String(resp.text ?? ''),
      decision: typeof resp.decision === 'string' ? resp.decision : undefined,
      label: g.stance,
      respondent: String(resp.respondent ?? ''),
      themeLabels: stanceMap(g.themes),
      themes,
    });
  }
  return items;
}
