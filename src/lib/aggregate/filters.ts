import type { RespondentKind, ResponseRecord, Stance } from '../domain/types.ts';
import { effectiveStance, effectiveThemeStance } from '../domain/effective.ts';
import { respondentKey } from '../domain/normalize.ts';
import { buildSearchIndex } from './searchIndex.ts';
import { matchesTerms, searchTerms } from '../search/wordSearch.ts';

/**
 * What the analyst has narrowed the view to. Within a dimension the values are OR-ed,
 * across dimensions AND-ed; an empty list means "no restriction".
 */
export interface Filters {
  /** Respondent names (matched on their normalised key, joint members included). */
  respondents: string[];
  kinds: RespondentKind[];
  /** Effective stances: overall, or on any selected theme when `themes` is non-empty. */
  stances: Stance[];
  /** Theme names: restrict the charts to these (records are not removed by this alone). */
  themes: string[];
  /** Free text: every word must begin a word of the record's texts (see search/wordSearch.ts). */
  q: string;
  reviewed: 'all' | 'yes' | 'no';
}

/** Filters that let everything through. */
export function emptyFilters(): Filters {
  return { respondents: [], kinds: [], stances: [], themes: [], q: '', reviewed: 'all' };
}

/** True when the filters restrict nothing (no chip to show, nothing to reset). */
export function isEmpty(f: Filters): boolean {
  return !f.respondents.length && !f.kinds.length && !f.stances.length && !f.themes.length && !f.q.trim() && f.reviewed === 'all';
}

/**
 * The themes a chart shows: `allThemes` in their own order, limited to the selected
 * ones (matched case-insensitively) when a theme filter is set.
 */
export function visibleThemes(allThemes: readonly string[], f: Pick<Filters, 'themes'>): string[] {
  if (!f.themes.length) return [...allThemes];
  const wanted = new Set(f.themes.map((t) => t.toLocaleLowerCase('sv-SE')));
  return allThemes.filter((t) => wanted.has(t.toLocaleLowerCase('sv-SE')));
}

/**
 * The records that pass the filters, in their original order. `opts.texts` (id → full
 * text) makes the full yttrande text searchable too. The search strings are built once
 * per record array (see buildSearchIndex), so this is a plain loop on every change.
 */
export function applyFilters(
  records: readonly ResponseRecord[],
  f: Filters,
  opts: { texts?: ReadonlyMap<number, string> } = {},
): ResponseRecord[] {
  if (isEmpty(f) || (onlyThemes(f))) return records.slice();
  const keys = f.respondents.length ? new Set(f.respondents.map(respondentKey)) : null;
  const kinds = f.kinds.length ? new Set<string>(f.kinds) : null;
  const stances = f.stances.length ? new Set<string>(f.stances) : null;
  const terms = searchTerms(f.q);
  const index = terms.length ? buildSearchIndex(records, opts.texts) : null;
  const out: ResponseRecord[] = [];
  for (let i = 0; i < records.length; i++) {
    const r = records[i];
    if (f.reviewed !== 'all' && r.reviewed !== (f.reviewed === 'yes')) continue;
    if (kinds && !kinds.has(r.respondentKind)) continue;
    if (keys && !matchesRespondent(r, keys)) continue;
    if (stances && !matchesStance(r, stances, f.themes)) continue;
    if (index && !matchesTerms(index[i], terms)) continue;
    out.push(r);
  }
  return out;
}

function onlyThemes(f: Filters): boolean {
  return !f.respondents.length && !f.kinds.length && !f.stances.length && !f.q.trim() && f.reviewed === 'all';
}

/** A joint answer (gemensamt yttrande) speaks for its members too. */
function matchesRespondent(r: ResponseRecord, keys: Set<string>): boolean {
  if (keys.has(r.respondentKey)) return true;
  return !!r.jointWith?.some((name) => keys.has(respondentKey(name)));
}

/** With a theme filter, the stance that matters is the one on those themes. */
function matchesStance(r: ResponseRecord, stances: Set<string>, themes: readonly string[]): boolean {
  if (!themes.length) return stances.has(effectiveStance(r));
  return themes.some((t) => stances.has(effectiveThemeStance(r, t).stance));
}
