import { dict } from '../domain/own.ts';
import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import { REVIEW_REASONS, type ClassificationSummary, type ResponseRecord, type ReviewReason, type Stance } from '../domain/types.ts';

/**
 * How a yttrande record is stored (schema v4): its small fields packed into one string.
 *
 * Reading 50,000 records back is what a reload waits for, and IndexedDB's structured
 * clone pays per property and per object far more than per byte: a record of ~30
 * properties and 5 nested objects took ~1 s to read at 50,000; one string and the four
 * indexed fields take a fraction of that, and splitting it again in JavaScript is cheap.
 *
 * Packing is invisible above the storage: a Dexie middleware (below every other one)
 * packs on write and unpacks on read, so the app, Dexie's hooks, liveQuery and its cache
 * only ever see ordinary ResponseRecords. Indexed fields stay as they are. A record
 * that cannot be packed safely (a string with a separator character in it) is stored as
 * it is, and an unpacked record reads back unchanged, so both kinds can live together.
 */

/** The key of the packed string on a stored record. */
export const PACKED = '_p';
const SEP = '\u0000';
/** Separates a theme's name from its code inside the themes field. */
const THEME_SEP = '\u0001';
/** An absent optional field. */
const NONE = '\u0002';
const UNSAFE = /[\u0000-\u0002]/;

const STANCE_CODE: Record<Stance, string> = { supporting: 's', conditional: 'c', opposing: 'o', none: 'n' };
const CODE_STANCE: Record<string, Stance> = { s: 'supporting', c: 'conditional', o: 'opposing', n: 'none' };

/** Optional string fields packed as they are (NONE when absent). */
const STRINGS = ['respondent', 'date', 'reference', 'decision', 'importedStance', 'sourceFile', 'reviewedBy', 'textHash', 'importedAt', 'updatedAt'] as const;
/** Optional number fields. */
const NUMBERS = ['sourceLine', 'textLength'] as const;
/** Fields the packed string replaces (besides the classification and empty overrides). */
const PACKED_FIELDS = new Set<string>([...STRINGS, ...NUMBERS, 'reviewed', 'classification']);
const CLASSIFICATION_FIELDS = new Set(['stance', 'confidence', 'themes', 'conditionCount', 'explanation', 'disagreement', 'needsReview', 'reviewReasons']);
const KNOWN_REASONS = new Set<string>(REVIEW_REASONS);

type Stored = Record<string, unknown>;

/** True when the record's fields can be packed without ambiguity. */
function packable(r: Stored): boolean {
  const c = r.classification as ClassificationSummary | undefined;
  if (!c || typeof c !== 'object' || !c.themes || typeof c.themes !== 'object') return false;
  for (const k of Object.keys(c)) if (!CLASSIFICATION_FIELDS.has(k)) return false;
  if (!(c.stance in STANCE_CODE) || typeof c.confidence !== 'number' || typeof c.explanation !== 'string') return false;
  if (typeof c.disagreement !== 'boolean' || typeof c.needsReview !== 'boolean') return false;
  if (c.conditionCount !== undefined && typeof c.conditionCount !== 'number') return false;
  if (c.reviewReasons !== undefined && (!Array.isArray(c.reviewReasons) || !c.reviewReasons.every((x) => KNOWN_REASONS.has(x)))) return false;
  for (const k of Object.keys(c.themes)) {
    const t = c.themes[k];
    if (UNSAFE.test(k) || !t || !(t.stance in STANCE_CODE) || typeof t.explicit !== 'boolean' || Object.keys(t).length !== 2) return false;
  }
  if (UNSAFE.test(c.explanation)) return false;
  for (const f of STRINGS) {
    const v = r[f];
    if (v !== undefined && (typeof v !== 'string' || UNSAFE.test(v))) return false;
  }
  for (const f of NUMBERS) if (r[f] !== undefined && typeof r[f] !== 'number') return false;
  if (r.reviewed !== undefined && typeof r.reviewed !== 'boolean') return false;
  return true;
}

/** The stored form of a record (a new object; the record itself is left alone). */
export function packRecord<T>(value: T): T {
  const r = value as Stored;
  if (!r || typeof r !== 'object' || PACKED in r || !packable(r)) return value;
  const c = r.classification as ClassificationSummary;
  const parts: string[] = [];
  for (const f of STRINGS) parts.push(r[f] === undefined ? NONE : (r[f] as string));
  for (const f of NUMBERS) parts.push(r[f] === undefined ? NONE : String(r[f]));
  parts.push(r.reviewed === undefined ? NONE : r.reviewed ? '1' : '0');
  parts.push(STANCE_CODE[c.stance], String(c.confidence), c.conditionCount === undefined ? NONE : String(c.conditionCount));
  parts.push(c.explanation, c.disagreement ? '1' : '0', c.needsReview ? '1' : '0');
  const themes: string[] = [];
  for (const k of Object.keys(c.themes)) themes.push(k, STANCE_CODE[c.themes[k].stance] + (c.themes[k].explicit ? '1' : '0'));
  parts.push(themes.join(THEME_SEP));
  // Last, so that a string packed before reasons were stored reads as "no reasons".
  if (c.reviewReasons?.length) parts.push(c.reviewReasons.join(','));
  const out: Stored = {};
  for (const k of Object.keys(r)) if (!PACKED_FIELDS.has(k) && r[k] !== undefined) out[k] = r[k];
  const o = r.overrides as ResponseRecord['overrides'] | undefined;
  if (o && o.overall === undefined && Object.keys(o).length === 1 && o.themes && Object.keys(o.themes).length === 0) delete out.overrides;
  else if (o === undefined) out.overrides = null; // absent, told apart from "empty" (the usual case)
  out[PACKED] = parts.join(SEP);
  return out as T;
}

/** A record as the app sees it, from its stored form (an unpacked one is returned as it is). */
export function unpackRecord<T>(value: T): T {
  const s = value as Stored;
  if (!s || typeof s !== 'object' || typeof s[PACKED] !== 'string') return value;
  const a = (s[PACKED] as string).split(SEP);
  const r: Stored = {};
  for (const k in s) if (k !== PACKED) r[k] = s[k];
  let i = 0;
  for (const f of STRINGS) {
    const v = a[i++];
    if (v !== NONE) r[f] = v;
  }
  for (const f of NUMBERS) {
    const v = a[i++];
    if (v !== NONE) r[f] = Number(v);
  }
  const reviewed = a[i++];
  if (reviewed !== NONE) r.reviewed = reviewed === '1';
  const stance = CODE_STANCE[a[i++]];
  const confidence = Number(a[i++]);
  const cc = a[i++];
  const explanation = a[i++];
  const disagreement = a[i++] === '1';
  const needsReview = a[i++] === '1';
  const themes: ClassificationSummary['themes'] = dict();
  const t = a[i++];
  if (t) {
    const tp = t.split(THEME_SEP);
    for (let k = 0; k + 1 < tp.length; k += 2) themes[tp[k]] = { stance: CODE_STANCE[tp[k + 1][0]], explicit: tp[k + 1][1] === '1' };
  }
  const c: ClassificationSummary = { stance, confidence, themes, explanation, disagreement, needsReview };
  if (cc !== NONE) c.conditionCount = Number(cc);
  const reasons = a[i++];
  if (reasons) c.reviewReasons = reasons.split(',').filter((x): x is ReviewReason => KNOWN_REASONS.has(x));
  r.classification = c;
  if (!('overrides' in s)) r.overrides = { themes: {} };
  else if (s.overrides === null) delete r.overrides;
  return r as T;
}

function unpackCursor(cursor: DBCoreCursor): DBCoreCursor {
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: { get: () => unpackRecord(cursor.value) },
    continue: { value: (key?: unknown) => cursor.continue(key) },
    continuePrimaryKey: { value: (key: unknown, primaryKey: unknown) => cursor.continuePrimaryKey(key, primaryKey) },
    advance: { value: (count: number) => cursor.advance(count) },
  }) as DBCoreCursor;
}

function packTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: (req) => (req.type === 'add' || req.type === 'put' ? table.mutate({ ...req, values: req.values.map(packRecord) } as typeof req) : table.mutate(req)),
    get: (req) => table.get(req).then(unpackRecord),
    getMany: (req) => table.getMany(req).then((rows) => rows.map(unpackRecord)),
    query: (req) =>
      table.query(req).then((res) => (req.values ? { ...res, result: res.result.map(unpackRecord) } : res)),
    openCursor: (req) => table.openCursor(req).then((cursor) => (cursor && req.values !== false ? unpackCursor(cursor) : cursor)),
  };
}

/** The middleware: packs the `responses` table only. Level -10: below Dexie's own (cache, hooks). */
export const recordPacking: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'RecordPacking',
  level: -10,
  create: (down) => ({
    ...down,
    table: (name) => (name === 'responses' ? packTable(down.table(name)) : down.table(name)),
  }),
};
