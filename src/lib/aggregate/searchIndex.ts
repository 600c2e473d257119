import type { ResponseRecord } from '../domain/types.ts';

/** Zero-width characters and soft hyphens copied from Word: invisible, so never searched. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\s\u00A0\u202F\u2007]+/g;
/** Separates fields in a haystack. A folded query never contains it, so no match spans two fields. */
const SEP = '\n';

/**
 * Fold text for free-text search: NFC, Swedish lower case, invisible characters removed,
 * white space collapsed to one space. å/ä/ö stay themselves (so "a" does not find "å").
 */
export function foldSearch(s: string): string {
  return s.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').toLocaleLowerCase('sv-SE');
}

/** Every short text field of a record that a person might search for. */
function recordFields(r: ResponseRecord): string[] {
  const c = r.classification;
  const out: string[] = [r.respondent, c.explanation];
  if (r.reference) out.push(r.reference);
  if (r.decision) out.push(r.decision);
  if (r.jointWith) out.push(...r.jointWith);
  for (const e of c.evidence) out.push(e.text);
  for (const k in c.themes) for (const e of c.themes[k].evidence) out.push(e.text);
  for (const cond of c.conditions) out.push(cond.text);
  if (r.overrides.overall) out.push(r.overrides.overall.reason);
  for (const k in r.overrides.themes) out.push(r.overrides.themes[k].reason);
  return out;
}

// Records are replaced, never mutated, when they change (Svelte $state.raw, Dexie reads),
// so the object itself is a safe cache key; a new array of the same records is cheap.
const byRecord = new WeakMap<ResponseRecord, string>();
const textsKey = {};
const byArray = new WeakMap<readonly ResponseRecord[], WeakMap<object, string[]>>();

function recordHaystack(r: ResponseRecord): string {
  let h = byRecord.get(r);
  if (h === undefined) {
    h = recordFields(r).map(foldSearch).join(SEP);
    byRecord.set(r, h);
  }
  return h;
}

/**
 * Folded search strings, one per record (same index), built once per record array and
 * text map and cached, so free-text filtering on every keystroke is one `includes` per record.
 * With `texts` (response id → full text) the full yttrande text is searchable too.
 */
export function buildSearchIndex(records: readonly ResponseRecord[], texts?: ReadonlyMap<number, string>): string[] {
  let perTexts = byArray.get(records);
  if (!perTexts) byArray.set(records, (perTexts = new WeakMap()));
  const key = texts ?? textsKey;
  let index = perTexts.get(key);
  if (!index) {
    index = records.map((r) => {
      const h = recordHaystack(r);
      const t = texts && r.id !== undefined ? texts.get(r.id) : undefined;
      return t ? h + SEP + foldSearch(t) : h;
    });
    perTexts.set(key, index);
  }
  return index;
}
