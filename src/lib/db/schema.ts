import { Dexie, type EntityTable } from 'dexie';
import type { Consultation, ResponseRecord } from '../domain/types.ts';
import type { DetailsRow, DraftRow, HistoryRow, ImportLogRow, OverrideRow, TextRow } from './types.ts';
import { upgradeToV2, upgradeToV3, upgradeToV4 } from './migrations.ts';
import { recordPacking } from './packRecord.ts';
import { summaryInvalidation, type GenerationRow, type SummaryRow } from './summaries.ts';

/**
 * v1: the first schema. No history table, no respondentKind index, overrides rows did
 * not carry consultationId, and responses had no textLength/textHash (re-import
 * compared whole texts). Kept verbatim: Dexie needs it to open and upgrade old databases.
 */
export const SCHEMA_V1 = {
  consultations: '++id, title',
  responses: '++id, consultationId, &[consultationId+respondentKey]',
  texts: 'responseId, consultationId',
  overrides: '++id, responseId',
  importLog: '++id, consultationId',
} as const;

/** v2. The text is never indexed (an index would copy it). */
export const SCHEMA_V2 = {
  consultations: '++id, title',
  responses: '++id, consultationId, &[consultationId+respondentKey], respondentKind',
  texts: 'responseId, consultationId',
  overrides: '++id, responseId, consultationId',
  history: '++id, responseId, consultationId',
  importLog: '++id, consultationId',
} as const;

/**
 * v3: the record keeps only the classification's summary; evidence, theme
 * evidence and conditions moved to `details` (loaded on demand, never for charts).
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  details: 'responseId, consultationId',
} as const;

/**
 * v4, current: same tables and indexes; each record's small fields are stored packed
 * into one string (see packRecord.ts), which makes reading 50,000 of them several times
 * faster. The upgrade rewrites every record in the packed form.
 */
export const SCHEMA_V4 = SCHEMA_V3;

/**
 * v5, current: a `drafts` table holds the remissammanställning a person edits, one row per
 * remiss (keyed by its id), so the draft survives navigation and reload. No data moves:
 * an older library simply starts without drafts.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  drafts: 'consultationId',
} as const;

/**
 * v6, current: a `summaries` table holds each remiss's chart columns (summaries.ts), so a
 * reload draws its first chart before the records have loaded; row 0 holds the write
 * generation. Nothing moves: an older library starts without summaries and writes one
 * the first time a remiss's records load; every later write to `responses` drops the
 * summaries it makes stale, in its own transaction.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  summaries: 'consultationId',
} as const;

export const SCHEMA_VERSION = 6;

/** Something the UI should tell the user about the storage (see open.ts). */
export interface DbNotice {
  code: 'versionchange' | 'blocked';
}

export class RemissDb extends Dexie {
  consultations!: EntityTable<Consultation, 'id'>;
  responses!: EntityTable<ResponseRecord, 'id'>;
  texts!: EntityTable<TextRow, 'responseId'>;
  details!: EntityTable<DetailsRow, 'responseId'>;
  overrides!: EntityTable<OverrideRow, 'id'>;
  history!: EntityTable<HistoryRow, 'id'>;
  importLog!: EntityTable<ImportLogRow, 'id'>;
  drafts!: EntityTable<DraftRow, 'consultationId'>;
  summaries!: EntityTable<SummaryRow | GenerationRow, 'consultationId'>;
  /** Set by the UI to show storage notices (another tab upgrading, blocked upgrade). */
  onNotice?: (notice: DbNotice) => void;

  constructor(name: string) {
    // Results are shared, not cloned: the app never mutates what a query returns
    // (records are replaced whole), and cloning 50,000 records cost ~12 % of a reload.
    super(name, { cache: 'immutable' });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
    this.version(5).stores(SCHEMA_V5);
    this.version(6).stores(SCHEMA_V6);
    // Packs records on write and unpacks them on read, below everything else in Dexie.
    this.use(recordPacking);
    // Drops the summaries a write to the records makes stale, in the same transaction.
    this.use(summaryInvalidation);
  }

  /**
   * Every table, for transactions that must span all of them (import, delete, restore).
   * Not `summaries`: the middleware adds it to every read-write transaction on the records.
   */
  get allTables() {
    return [this.consultations, this.responses, this.texts, this.details, this.overrides, this.history, this.importLog, this.drafts];
  }
}
