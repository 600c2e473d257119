/**
 * The upgrades of the library, each frozen: an upgrade carries its own copy of the row
 * shapes it reads and writes and of every function it needs (hash, summary, details), so
 * a later change to today's code (the classifier's explanation, how a summary is made, the
 * text hash) never changes what an old upgrade writes. Nothing here imports from the rest
 * of src/lib/db or from src/lib/domain (test/unit/db/migration.test.ts checks), which also
 * keeps schema.ts → migrations.ts free of cycles.
 *
 * A new upgrade is added below with its own copies; the ones above are never edited.
 */
import type { Transaction } from 'dexie';

// ----------------------------------------------------------------------------- v1 → v2

/** The text hash as v2 defined it (FNV-1a over UTF-16 code units, then the length). */
function textHashV2(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0') + ':' + text.length.toString(36);
}

interface TextRowV1 {
  responseId: number;
  consultationId: number;
  text: string;
}

/** A v1 record: only the fields the v2 upgrade reads or adds. */
interface ResponseV1 {
  id?: number;
  consultationId: number;
  sourceFile?: string;
  importedAt: string;
  overrides?: unknown;
  /** Added by v2. */
  textLength?: number;
  textHash?: string;
}

interface OverrideRowV1 {
  id?: number;
  responseId: number;
  /** Added by v2 (-1: the response is gone). */
  consultationId?: number;
  theme: string | null;
  stance: string | null;
  reason: string;
  initials: string;
  at: string;
  undone?: boolean;
}

/** A v2 history row as the v2 upgrade seeds it. */
interface HistoryRowV2 {
  responseId: number;
  consultationId: number;
  type: 'imported' | 'override';
  at: string;
  initials?: string;
  details: Record<string, unknown>;
  undone?: boolean;
}

/**
 * v1 -> v2, inside Dexie's upgrade transaction:
 * 1. responses get textLength/textHash, computed from the texts table (read by cursor,
 *    one text at a time, so a large library does not need its texts in memory at once);
 * 2. overrides get the consultationId of their response (new index);
 * 3. the new history table is seeded: an 'imported' event per response and an
 *    'override' event per override row, marked `migrated`.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const hashes = new Map<number, { textLength: number; textHash: string }>();
  await tx.table<TextRowV1, number>('texts').each((t) => {
    hashes.set(t.responseId, { textLength: t.text.length, textHash: textHashV2(t.text) });
  });

  const consultationOf = new Map<number, number>();
  const history: HistoryRowV2[] = [];
  await tx.table<ResponseV1, number>('responses').toCollection().modify((r) => {
    const h = hashes.get(r.id!) ?? { textLength: 0, textHash: textHashV2('') };
    if (typeof r.textLength !== 'number') r.textLength = h.textLength;
    if (typeof r.textHash !== 'string') r.textHash = h.textHash;
    if (!r.overrides) r.overrides = { themes: {} };
    consultationOf.set(r.id!, r.consultationId);
    history.push({
      responseId: r.id!,
      consultationId: r.consultationId,
      type: 'imported',
      at: r.importedAt,
      details: { file: r.sourceFile, migrated: true },
    });
  });

  const overrides = tx.table<OverrideRowV1, number>('overrides');
  await overrides.toCollection().modify((o) => {
    o.consultationId = consultationOf.get(o.responseId) ?? -1;
  });
  // Orphans (response gone) cannot be shown anywhere; keep them, but out of the log.
  const all = await overrides.toArray();
  for (const o of all) {
    if (o.consultationId === undefined || o.consultationId < 0) continue;
    history.push({
      responseId: o.responseId,
      consultationId: o.consultationId,
      type: 'override',
      at: o.at,
      initials: o.initials,
      details: { overrideId: o.id, theme: o.theme, stance: o.stance, reason: o.reason, migrated: true },
      undone: o.undone,
    });
  }
  // Ids are the log's order, so add the events oldest first (sort is stable).
  history.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  await tx.table<HistoryRowV2, number>('history').bulkAdd(history);
}

// ----------------------------------------------------------------------------- v2 → v3

/** Evidence and conditions are moved as they are: their shape is not read here. */
type Opaque = Record<string, unknown>;

/** A v2 record's classification: the whole verdict, evidence included. */
interface ClassificationV2 {
  stance: string;
  confidence: number;
  evidence?: Opaque[];
  themes?: Record<string, { stance: string; explicit: boolean; evidence?: Opaque[] }>;
  conditions?: Opaque[];
  explanation: string;
  disagreement: boolean;
  needsReview: boolean;
}

/** What a v3 record keeps of it. */
interface SummaryV3 {
  stance: string;
  confidence: number;
  themes: Record<string, { stance: string; explicit: boolean }>;
  conditionCount: number;
  explanation: string;
  disagreement: boolean;
  needsReview: boolean;
}

/** A v3 details row: what moved out of the record. */
interface DetailsRowV3 {
  responseId: number;
  consultationId: number;
  evidence: Opaque[];
  themeEvidence: Record<string, Opaque[]>;
  conditions: Opaque[];
}

interface ResponseV2 {
  id?: number;
  consultationId: number;
  classification?: ClassificationV2 | SummaryV3;
}

/** A record keyed by data (theme names): no prototype, so "__proto__" is just a name. */
const dictV3 = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

function summaryV3(c: ClassificationV2): SummaryV3 {
  const themes = dictV3<{ stance: string; explicit: boolean }>();
  for (const k of Object.keys(c.themes ?? {})) themes[k] = { stance: c.themes![k].stance, explicit: c.themes![k].explicit };
  return {
    stance: c.stance,
    confidence: c.confidence,
    themes,
    conditionCount: (c.conditions ?? []).length,
    explanation: c.explanation,
    disagreement: c.disagreement,
    needsReview: c.needsReview,
  };
}

function detailsRowV3(responseId: number, consultationId: number, c: ClassificationV2): DetailsRowV3 {
  const themeEvidence = dictV3<Opaque[]>();
  for (const k of Object.keys(c.themes ?? {})) if (c.themes![k].evidence?.length) themeEvidence[k] = c.themes![k].evidence!;
  return { responseId, consultationId, evidence: c.evidence ?? [], themeEvidence, conditions: c.conditions ?? [] };
}

/**
 * v2 -> v3: each record's classification is split. The record keeps the summary; the
 * evidence, theme evidence and conditions move to the new `details` table. A record
 * already split (a summary with conditionCount) is left as it is.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const rows: DetailsRowV3[] = [];
  await tx.table<ResponseV2, number>('responses').toCollection().modify((r) => {
    const c = r.classification;
    if (!c || typeof (c as { conditionCount?: unknown }).conditionCount === 'number') return;
    rows.push(detailsRowV3(r.id!, r.consultationId, c as ClassificationV2));
    r.classification = summaryV3(c as ClassificationV2);
  });
  if (rows.length) await tx.table<DetailsRowV3, number>('details').bulkPut(rows);
}

// ----------------------------------------------------------------------------- v3 → v4

/**
 * v3 -> v4: every record is written again, which stores it packed. The packing is not
 * this upgrade's: it is the storage form, done by the middleware below every transaction
 * (packRecord.ts, which reads each older form too); this upgrade only rewrites. In
 * chunks, so a large library is never all in memory at once.
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  const table = tx.table<{ id?: number }, number>('responses');
  const CHUNK = 5000;
  let last = -Infinity;
  for (;;) {
    const rows = await table.where(':id').above(last).limit(CHUNK).toArray();
    if (!rows.length) return;
    await table.bulkPut(rows);
    last = rows[rows.length - 1].id!;
  }
}
