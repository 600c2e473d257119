import type { ResponseRecord } from '../domain/types.ts';

/** Zero-width characters and soft hyphens copied from Word: invisible, so never searched. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACES = /[\s\u00A0\u202F\u2007]+/g;
/**
 * Separates fields in a haystack. It is not white space (so folding keeps it) and
 * foldQuery removes it, so no match can span two fields.
 */
const SEP = '\u0001';

/**
 * Fold text for free-text search: NFC, lower case, invisible characters removed, white
 * space collapsed to one space. å/ä/ö stay themselves (so "a" does not find "å").
 * Plain toLowerCase equals sv-SE lower-casing (only tr/az/lt differ) and is much faster.
 */
export function foldSearch(s: string): string {
  return s.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').toLowerCase();
}

/** Fold a query the same way, trimmed and without field separators. */
export function foldQuery(q: string): string {
  return foldSearch(q.replaceAll(SEP, ' ')).trim();
}

/**
 * Every short text field of a record that a person might search for. Evidence and
 * conditions are sentences of the text (or the decision): they are found through the
 * full text, which the caller passes once it is loaded (`texts`).
 */
function recordFields(r: ResponseRecord): string[] {
  const c = r.classification;
  const out: string[] = [r.respondent, c.explanation];
  if (r.reference) out.push(r.reference);
  if (r.decision) out.push(r.decision);
  if (r.jointWith) out.push(...r.jointWith);
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
    // One fold over the joined fields: a tenth of the calls of folding each field.
    h = foldSearch(recordFields(r).join(SEP));
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
