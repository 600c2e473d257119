/**
 * Header → field mapping (DESIGN.md §3). Matching is on fold(): case, accents, white
 * space and punctuation do not matter. A column named after a known theme maps to
 * `theme:<name>`. Nothing is dropped silently: unmatched headers are reported.
 */
import type { Theme } from '../domain/types.ts';
import { fold } from './fold.ts';

export type Field = 'respondent' | 'text' | 'date' | 'reference' | 'consultation' | 'decision' | 'stance' | 'kind' | 'joint' | `theme:${string}`;
export type BaseField = Exclude<Field, `theme:${string}`>;

/** Accepted names per field, as shown in the mapping UI (matching folds them). */
export const FIELD_ALIASES: Readonly<Record<BaseField, readonly string[]>> = {
  respondent: ['nämnd', 'remissinstans', 'instans', 'avsändare', 'organisation', 'committee', 'respondent', 'nämnd/styrelse', 'styrelse', 'organization'],
  text: ['yttrande', 'text', 'svar', 'synpunkter', 'response', 'body', 'yttrandetext', 'remissvar', 'svarstext'],
  date: ['datum', 'beslutsdatum', 'date', 'sammanträdesdatum', 'yttrandedatum'],
  reference: ['dnr', 'diarienummer', 'reference', 'diarienr', 'ärendenummer'],
  consultation: ['remiss', 'ärende', 'consultation', 'remissens titel'],
  decision: ['beslut', 'förslag till beslut', 'decision', 'beslutsförslag', 'nämndens beslut'],
  stance: ['ställningstagande', 'bedömning', 'stance', 'position', 'hållning', 'inställning', 'importedStance'],
  kind: ['typ', 'kind', 'nämndtyp', 'instanstyp', 'typ av nämnd', 'respondentKind'],
  joint: ['gemensamt med', 'gemensamt yttrande med', 'tillsammans med', 'jointwith', 'joint with', 'jointWith'],
};

export const BASE_FIELDS = Object.keys(FIELD_ALIASES) as BaseField[];

/** folded alias → field. A Map, so that no alias can touch Object.prototype. */
const ALIAS_INDEX: ReadonlyMap<string, BaseField> = new Map(
  BASE_FIELDS.flatMap((f) => FIELD_ALIASES[f].map((a) => [fold(a), f] as const)),
);

/** Prefixes people put before a theme name in a column header ("Inriktning: Påverkan"). */
const THEME_PREFIX = /^(inriktning|inriktningen|tema|del|theme) /;

/** Folded theme name → theme field, for a set of known themes. */
export function themeIndex(themes: readonly Theme[] | undefined): Map<string, Field> {
  const m = new Map<string, Field>();
  for (const t of themes ?? []) {
    const k = fold(t.name);
    if (k && !m.has(k)) m.set(k, `theme:${t.name}`);
  }
  return m;
}

/** The field a header or JSON key names, or null. Theme names win over aliases only when not an alias. */
export function matchField(name: string, themes: ReadonlyMap<string, Field>): Field | null {
  const k = fold(name);
  if (!k) return null;
  const f = ALIAS_INDEX.get(k) ?? themes.get(k) ?? themes.get(k.replace(THEME_PREFIX, ''));
  if (f) return f;
  // An annotated header: "Text (fritext, max 4000 tecken)", "Beslut [tillstyrker, avstyrker]",
  // "Datum, ÅÅÅÅ-MM-DD", "Nämnd – namn": the name before the note decides. One pass, no regex.
  const cut = noteStart(name);
  return cut > 0 && name.slice(0, cut).trim() ? matchField(name.slice(0, cut), themes) : null;
}

const NOTE = new Set(['(', '[', '{', ',', ':', ';', '–', '—']);

/** Where a header's note begins (a bracket, comma, colon, dash or " - "), or -1. Linear. */
function noteStart(name: string): number {
  for (let i = 1; i < name.length; i++) {
    if (NOTE.has(name[i])) return i;
    if (name[i] === '-' && name[i - 1] === ' ' && name[i + 1] === ' ') return i;
  }
  return -1;
}

/** A row is the header when ≥ 2 cells are known names and one of them is a respondent alias. */
export function looksLikeHeader(cells: readonly string[], themes: ReadonlyMap<string, Field>): { known: number; respondent: boolean } {
  let known = 0;
  let respondent = false;
  for (const c of cells) {
    const f = matchField(c, themes);
    if (f) known++;
    if (f === 'respondent') respondent = true;
  }
  return { known, respondent };
}

export interface HeaderMapping {
  mapping: (Field | null)[];
  unknownColumns: string[];
  duplicateHeaders: string[];
}

/** Map header cells to fields. Duplicates: the first column wins, later ones map to null. */
export function mapHeaders(headers: readonly string[], themes: ReadonlyMap<string, Field>): HeaderMapping {
  const mapping: (Field | null)[] = [];
  const unknownColumns: string[] = [];
  const duplicateHeaders: string[] = [];
  const taken = new Set<Field>();
  const seenNames = new Set<string>();
  for (const h of headers) {
    const f = matchField(h, themes);
    const k = fold(h);
    const dupName = k !== '' && seenNames.has(k);
    seenNames.add(k);
    if (f && taken.has(f)) {
      duplicateHeaders.push(h);
      mapping.push(null);
    } else if (f) {
      taken.add(f);
      mapping.push(f);
    } else {
      if (dupName) duplicateHeaders.push(h);
      else if (k !== '') unknownColumns.push(h);
      mapping.push(null);
    }
  }
  return { mapping, unknownColumns, duplicateHeaders };
}

/** "nämnd, remissinstans, …" per required field, for the no-header message. */
export function acceptedNames(field: BaseField): string {
  return FIELD_ALIASES[field].filter((a) => !/[A-Z]/.test(a)).join(', ');
}
