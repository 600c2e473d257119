/**
 * Many remisser in one file. A registrator's export from the diarium holds a year of
 * yttranden, one row each, with a Remiss/Ärende column naming the remiss they answer.
 * Rows are grouped by that value: by the diarienummer written in it when there is one
 * ("Trafikplan (KS 2024/0123)"), else by the normalised title. A group is deduplicated on
 * the nämnd alone, so the same nämnd answering two remisser keeps both answers.
 *
 * The reference column (Dnr) of a row is the yttrande's own diarienummer in most exports
 * (the sample has one per nämnd), so it never groups rows by itself.
 */
import { cleanName, respondentKey } from '../domain/normalize.ts';
import type { Response } from '../domain/types.ts';
import { fold } from './fold.ts';

/** "KS 2016/0417", "Dnr KS-2016/417", "1.2.1-388/2016", "SLK 2023/12:4". Bounded quantifiers only. */
const DNR = /(?:\bdnr\.?:?\s{0,3})?\b((?:[A-ZÅÄÖ]{1,8}[\s-]{0,2})?\d{2,4}\s{0,2}\/\s{0,2}\d{1,6}(?:[:.-]\d{1,6})?|\d{1,3}(?:\.\d{1,3}){1,4}-\d{1,6}\/\d{4})\b/i;

/** A diarienummer's comparison form: upper case, no spaces or dashes, no leading zeros in numbers. */
export function normalizeReference(ref: string): string {
  return cleanName(ref)
    .toUpperCase()
    .replace(/^DNR\.?:?\s*/, '')
    .replace(/[\s-]+/g, '')
    .replace(/\d+/g, (n) => String(Number(n)));
}

/** A title's comparison form: case, accents, punctuation and white space do not matter. */
export const normalizeTitle = (title: string): string => fold(title);

/** "Trafikplan (KS 2024/0123)" → title "Trafikplan", reference "KS 2024/0123". */
export function splitConsultationValue(value: string): { title: string; reference?: string } {
  const v = cleanName(value);
  const m = DNR.exec(v);
  if (!m) return { title: v };
  const reference = cleanName(m[1]);
  const rest = cleanName((v.slice(0, m.index) + ' ' + v.slice(m.index + m[0].length)).replace(/\(\s*\)|\[\s*\]/g, ' ').replace(/^[\s,;:–—-]+|[\s,;:–—(-]+$/g, ''));
  return { title: rest || v, reference };
}

/** The grouping key of a remiss value ('' for a row that names none). */
export function groupKey(value: { title?: string; reference?: string }): string {
  if (value.reference) return `dnr:${normalizeReference(value.reference)}`;
  return value.title ? `title:${normalizeTitle(value.title)}` : '';
}

/** One remiss named in a file, with its rows. */
export interface ConsultationGroup {
  /** 'dnr:…', 'title:…', or '' for the rows that name no remiss. */
  key: string;
  /** As first written in the file (without the dnr). */
  title?: string;
  reference?: string;
  /** Kept rows, in input order. */
  responses: Response[];
  /** Rows replaced because the same nämnd answered this remiss again in the file. */
  duplicates: number;
}

/** A duplicate: the nämnd, and the rows (line or record numbers) it appears on. */
export interface DuplicateNote {
  group: string;
  respondent: string;
  first: number;
  second: number;
}

/** Which of two rows for the same (remiss, nämnd) is kept. */
export type DuplicatePolicy = 'last' | 'first';

/** A remiss value split, with its keys computed once. */
interface Named {
  title?: string;
  reference?: string;
  key: string;
  titleKey: string;
}
const NONE: Named = { key: '', titleKey: '' };

/** Notes kept for the preview; the counts are always exact. */
const MAX_NOTES = 20;

/**
 * Collects the good rows of a file into groups, deduplicating on (remiss, nämnd). A row
 * naming only a title joins the group of the same title with a dnr, when the file has
 * exactly one such group. Maps throughout, so a nämnd called "constructor" or
 * "__proto__" is just a key.
 */
export class GroupCollector {
  private readonly entries: { response: Response; named: Named; where: number }[] = [];
  readonly notes: DuplicateNote[] = [];
  duplicates = 0;

  constructor(private readonly policy: DuplicatePolicy = 'last') {}

  /** A row that names `value` as its remiss (undefined: none). `where` is its line or record number. */
  add(response: Response, value: string | undefined, where: number): void {
    this.entries.push({ response, named: value ? this.split(value) : NONE, where });
  }

  /** A file repeats each remiss value on many rows: split each distinct value once. */
  private readonly values = new Map<string, { title?: string; reference?: string; key: string; titleKey: string }>();
  private split(value: string) {
    let v = this.values.get(value);
    if (!v) {
      const named = splitConsultationValue(value);
      this.values.set(value, (v = { ...named, key: groupKey(named), titleKey: named.title ? normalizeTitle(named.title) : '' }));
    }
    return v;
  }

  /** The groups in order of first appearance, each with its kept rows in input order. */
  result(): ConsultationGroup[] {
    // Title → the one dnr group carrying it (null when several dnr share a title).
    const dnrOfTitle = new Map<string, string | null>();
    for (const named of this.values.values())
      if (named.reference && named.title) {
        const t = named.titleKey;
        const k = named.key;
        const seen = dnrOfTitle.get(t);
        if (seen === undefined) dnrOfTitle.set(t, k);
        else if (seen !== k) dnrOfTitle.set(t, null);
      }
    const groups = new Map<string, { group: ConsultationGroup; slots: (Response | null)[]; byName: Map<string, { index: number; where: number }> }>();
    for (const { response, named, where } of this.entries) {
      let key = named.key;
      if (!named.reference && named.title) key = dnrOfTitle.get(named.titleKey) ?? key;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { group: { key, responses: [], duplicates: 0 }, slots: [], byName: new Map() }));
      if (!g.group.title && named.title) g.group.title = named.title;
      if (!g.group.reference && named.reference) g.group.reference = named.reference;
      const name = respondentKey(response.respondent);
      const earlier = g.byName.get(name);
      if (earlier) {
        this.duplicates++;
        g.group.duplicates++;
        if (this.notes.length < MAX_NOTES) this.notes.push({ group: g.group.title ?? g.group.reference ?? '', respondent: response.respondent, first: earlier.where, second: where });
        if (this.policy === 'first') continue;
        g.slots[earlier.index] = null;
      }
      g.byName.set(name, { index: g.slots.length, where });
      g.slots.push(response);
    }
    const out: ConsultationGroup[] = [];
    for (const { group, slots } of groups.values()) {
      for (const r of slots) if (r) group.responses.push(r);
      out.push(group);
    }
    return out;
  }
}

/** A stored remiss as matching needs it. */
export interface KnownConsultation {
  id?: number;
  title: string;
  reference?: string;
}

/**
 * The stored remiss each group belongs to: the same diarienummer first, then the same
 * normalised title; null for a new remiss (and for the group of rows naming none).
 * Linear: two maps over the library, so 5,000 groups against 5,000 remisser is instant.
 */
export function matchGroups(groups: readonly Pick<ConsultationGroup, 'key' | 'title' | 'reference'>[], library: readonly KnownConsultation[]): (number | null)[] {
  const byRef = new Map<string, number>();
  const byTitle = new Map<string, { id: number; reference?: string }>();
  for (const c of library) {
    if (c.id === undefined) continue;
    if (c.reference) {
      const r = normalizeReference(c.reference);
      if (!byRef.has(r)) byRef.set(r, c.id);
    }
    // A stored title may carry its dnr too ("Trafikplan (KS 2024/1)").
    const split = splitConsultationValue(c.title);
    const ref = c.reference ?? split.reference;
    if (split.reference && !byRef.has(normalizeReference(split.reference))) byRef.set(normalizeReference(split.reference), c.id);
    const entry = { id: c.id, reference: ref ? normalizeReference(ref) : undefined };
    for (const t of new Set([normalizeTitle(c.title), normalizeTitle(split.title)])) if (t && !byTitle.has(t)) byTitle.set(t, entry);
  }
  return groups.map((g) => {
    if (!g.key) return null;
    if (g.reference) {
      const id = byRef.get(normalizeReference(g.reference));
      if (id !== undefined) return id;
    }
    // Same title, but two different diarienummer: two remisser (e.g. a yearly budget).
    const t = g.title ? byTitle.get(normalizeTitle(g.title)) : undefined;
    if (!t || (g.reference && t.reference && t.reference !== normalizeReference(g.reference))) return null;
    return t.id;
  });
}
