/**
 * Routing: the app's state in the URL hash (`#/<view>?remiss=…&typ=…`), so a link or a
 * reload restores the view, the remiss and the filters. Pure: src/state/route.svelte.ts
 * reads and writes location.hash with it.
 */
import type { RespondentKind, Stance } from '../domain/types.ts';
import { RESPONDENT_KINDS, STANCES } from '../domain/types.ts';
import { cleanName } from '../domain/normalize.ts';
import { emptyFilters, type Filters } from '../aggregate/filters.ts';

/** The app's views, as they appear in the hash route `#/<view>?…`. */
export type View = 'oversikt' | 'yttranden' | 'granskning' | 'import' | 'bibliotek' | 'rapport';

/** Every view; the first is the default for an empty or unknown route. */
export const VIEWS: readonly View[] = ['oversikt', 'yttranden', 'granskning', 'import', 'bibliotek', 'rapport'];

/** Everything a shared link restores. */
export interface AppState {
  view: View;
  /** The selected remiss, or null for none. */
  consultationId: number | null;
  filters: Filters;
}

/** Query keys in the order they are written, so equal state gives an equal URL. */
const KEY = { respondent: 'instans', kind: 'typ', stance: 'stallning', theme: 'inriktning', q: 'q', reviewed: 'granskad', consultation: 'remiss' } as const;
/** Caps so a hostile link cannot make us build huge filters. */
const MAX_VALUES = 200;
const MAX_LENGTH = 500;

const svOrder = new Intl.Collator('sv');

/**
 * The canonical form of filters: names cleaned and de-duplicated, kinds and stances in
 * display order, respondents and themes in Swedish order, q trimmed. Two filters that
 * select the same records normalise to the same value (and the same URL).
 */
export function normalizeFilters(f: Filters): Filters {
  const names = (xs: readonly string[]) =>
    [...new Set(xs.map((x) => cleanName(x).slice(0, MAX_LENGTH)).filter(Boolean))].sort(svOrder.compare).slice(0, MAX_VALUES);
  return {
    respondents: names(f.respondents),
    kinds: RESPONDENT_KINDS.filter((k) => f.kinds.includes(k)),
    stances: STANCES.filter((s) => f.stances.includes(s)),
    themes: names(f.themes),
    q: f.q.trim().slice(0, MAX_LENGTH),
    reviewed: f.reviewed === 'yes' || f.reviewed === 'no' ? f.reviewed : 'all',
  };
}

function appendFilters(p: URLSearchParams, f: Filters): void {
  const n = normalizeFilters(f);
  for (const v of n.respondents) p.append(KEY.respondent, v);
  for (const v of n.kinds) p.append(KEY.kind, v);
  for (const v of n.stances) p.append(KEY.stance, v);
  for (const v of n.themes) p.append(KEY.theme, v);
  if (n.q) p.set(KEY.q, n.q);
  if (n.reviewed !== 'all') p.set(KEY.reviewed, n.reviewed === 'yes' ? 'ja' : 'nej');
}

/** Filters as a query string without '?', e.g. `typ=facknamnd&stallning=opposing`; '' when empty. */
export function filtersToQuery(f: Filters): string {
  const p = new URLSearchParams();
  appendFilters(p, f);
  return p.toString();
}

function parseParams(q: string): URLSearchParams {
  try {
    return new URLSearchParams(q.startsWith('?') ? q.slice(1) : q);
  } catch {
    return new URLSearchParams();
  }
}

function filtersFromParams(p: URLSearchParams, known?: { themes: readonly string[] }): Filters {
  const kinds = p.getAll(KEY.kind).filter((k): k is RespondentKind => (RESPONDENT_KINDS as readonly string[]).includes(k));
  const stances = p.getAll(KEY.stance).filter((s): s is Stance => (STANCES as readonly string[]).includes(s));
  let themes = p.getAll(KEY.theme);
  if (known) {
    // Map to the remiss's own spelling; drop themes it does not have.
    const byKey = new Map(known.themes.map((t) => [cleanName(t).toLocaleLowerCase('sv-SE'), t]));
    themes = themes.map((t) => byKey.get(cleanName(t).toLocaleLowerCase('sv-SE'))).filter((t): t is string => t !== undefined);
  }
  const rev = p.get(KEY.reviewed);
  return normalizeFilters({
    ...emptyFilters(),
    respondents: p.getAll(KEY.respondent).slice(0, MAX_VALUES),
    kinds,
    stances,
    themes: themes.slice(0, MAX_VALUES),
    q: p.get(KEY.q) ?? '',
    reviewed: rev === 'ja' ? 'yes' : rev === 'nej' ? 'no' : 'all',
  });
}

/**
 * Filters from a query string (with or without '?'). Never throws: unknown keys and
 * invalid values are dropped; with `known.themes`, themes the remiss lacks are dropped.
 */
export function filtersFromQuery(q: string, known?: { themes: readonly string[] }): Filters {
  return filtersFromParams(parseParams(q), known);
}

/** The hash route for a state: `#/oversikt?remiss=3&typ=facknamnd`. */
export function stateToHash(s: AppState): string {
  const p = new URLSearchParams();
  if (s.consultationId !== null && Number.isSafeInteger(s.consultationId) && s.consultationId > 0)
    p.set(KEY.consultation, String(s.consultationId));
  appendFilters(p, s.filters);
  const q = p.toString();
  return `#/${VIEWS.includes(s.view) ? s.view : VIEWS[0]}${q ? `?${q}` : ''}`;
}

/**
 * The state in a hash route (with or without '#'). Never throws: an unknown view becomes
 * 'oversikt', a bad remiss id becomes null, bad filter values are dropped.
 */
export function stateFromHash(hash: string, known?: { themes: readonly string[] }): AppState {
  const h = hash.replace(/^#?\/?/, '');
  const qi = h.indexOf('?');
  const path = (qi < 0 ? h : h.slice(0, qi)).replace(/\/+$/, '');
  const p = parseParams(qi < 0 ? '' : h.slice(qi + 1));
  const view = (VIEWS as readonly string[]).includes(path) ? (path as View) : VIEWS[0];
  const raw = p.get(KEY.consultation) ?? '';
  const id = /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : NaN;
  return { view, consultationId: Number.isSafeInteger(id) ? id : null, filters: filtersFromParams(p, known) };
}
