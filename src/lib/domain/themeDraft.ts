/**
 * The inriktningar being edited in the library: a draft that can be checked before it is
 * saved, and the difference to what is stored (renamed or removed inriktningar lose the
 * link to manual assessments made on them, so the UI must say so).
 */
import { own } from './own.ts';
import type { ResponseRecord, Theme } from './types.ts';
import { cleanName } from './normalize.ts';
import { formatKeywords, parseKeywords } from './keywords.ts';

/** One inriktning as edited: its stored name (null for a new one), its name and keyword text. */
export interface ThemeDraft {
  /** A stable key for the list (not stored). */
  key: number;
  /** The name it had when the draft was made; null for an added inriktning. */
  original: string | null;
  name: string;
  keywords: string;
}

export type ThemeProblem =
  | { index: number; code: 'name-missing' }
  | { index: number; code: 'name-duplicate'; name: string }
  | { index: number; code: 'name-too-long' };

/** Longest name an inriktning may have (it is a chart label). */
export const MAX_THEME_NAME = 80;

let nextKey = 1;

export function draftFrom(themes: readonly Theme[]): ThemeDraft[] {
  return themes.map((t) => ({ key: nextKey++, original: t.name, name: t.name, keywords: formatKeywords(t.keywords) }));
}

export function emptyDraft(): ThemeDraft {
  return { key: nextKey++, original: null, name: '', keywords: '' };
}

/** The themes the draft describes (names cleaned, keywords parsed). */
export function themesFrom(draft: readonly ThemeDraft[]): Theme[] {
  return draft.map((d) => ({ name: cleanName(d.name), keywords: parseKeywords(d.keywords) }));
}

/** Problems that stop a save: a missing, too long or duplicate (case-insensitive) name. */
export function checkDraft(draft: readonly ThemeDraft[]): ThemeProblem[] {
  const problems: ThemeProblem[] = [];
  const seen = new Set<string>();
  draft.forEach((d, index) => {
    const name = cleanName(d.name);
    if (!name) return void problems.push({ index, code: 'name-missing' });
    if (name.length > MAX_THEME_NAME) problems.push({ index, code: 'name-too-long' });
    const key = name.toLocaleLowerCase('sv-SE');
    if (seen.has(key)) problems.push({ index, code: 'name-duplicate', name });
    seen.add(key);
  });
  return problems;
}

/** True when saving the draft would change nothing. */
export function sameThemes(a: readonly Theme[], b: readonly Theme[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((t, i) => t.name === b[i].name && t.keywords.length === b[i].keywords.length && t.keywords.every((k, j) => k === b[i].keywords[j]));
}

/**
 * Stored inriktningar that the draft renames or removes, with how many yttranden carry a
 * manual assessment on them. Those assessments are kept but no longer shown while no
 * inriktning has that name.
 */
export function orphanedOverrides(
  stored: readonly Theme[],
  draft: readonly ThemeDraft[],
  records: readonly ResponseRecord[],
): { name: string; count: number; renamedTo?: string }[] {
  const kept = new Set(draft.map((d) => cleanName(d.name)));
  const out: { name: string; count: number; renamedTo?: string }[] = [];
  for (const t of stored) {
    if (kept.has(t.name)) continue;
    let count = 0;
    for (const r of records) if (own(r.overrides.themes, t.name)) count++;
    if (!count) continue;
    const renamed = draft.find((d) => d.original === t.name);
    out.push(renamed ? { name: t.name, count, renamedTo: cleanName(renamed.name) } : { name: t.name, count });
  }
  return out;
}
