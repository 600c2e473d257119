/**
 * The typed messages between the UI and the import worker. Every message is a member of
 * a discriminated union, so both sides are checked by the compiler.
 */
import type { Classification, Consultation, Theme } from '../lib/domain/types.ts';
import type { Delimiter, EncodingName, Field, ParsedFile } from '../lib/import/index.ts';
import type { DuplicatePolicy } from '../lib/import/groups.ts';
import type { ConsultationResult, StancePolicy } from '../lib/db/index.ts';
import type { DocumentFields } from '../lib/import/types.ts';
import type { Message, MessageParams } from '../lib/domain/message.ts';

/** Options the user can change in the preview, per file. */
export interface FileOptions {
  encoding?: EncodingName;
  delimiter?: Delimiter;
  mapping?: (Field | null)[];
  /** Two rows for the same nämnd in one remiss: keep the later (default) or the first. */
  duplicates?: DuplicatePolicy;
  /** A workbook's sheet. */
  sheet?: string;
  /** A document's respondent, date and remiss as corrected in the preview. */
  document?: DocumentFields;
}

/** Where an import lands: an existing remiss, or a new one described here. */
export type ImportTarget =
  | { kind: 'existing'; consultationId: number }
  | { kind: 'new'; consultation: Consultation };

/** A few rows for the preview table. */
export interface PreviewRow {
  line?: number;
  record?: number;
  respondent: string;
  kind: string;
  date?: string;
  excerpt: string;
}

/** One remiss named in a file, and where its rows will go. */
export interface GroupPreview {
  /** '' for the rows that name no remiss (they go to the chosen target). */
  key: string;
  title?: string;
  reference?: string;
  rows: number;
  duplicates: number;
  /** The stored remiss it updates (matched by dnr, then title), or null: a new one. */
  targetId: number | null;
  targetTitle?: string;
  /** Rows whose stance differs from a person's override on the yttrande they update. */
  conflicts: number;
}

/** A parsed file as the preview shows it: everything but the responses, plus a few rows. */
export type FilePreview =
  | (Omit<ParsedFile, 'responses' | 'groups'> & { ok: true; size: number; rows: PreviewRow[]; groups: GroupPreview[]; conflicts: number; duplicatePolicy?: DuplicatePolicy })
  /** A rejected file: an ImportErrorCode (or 'internal') and params, worded by src/i18n/importMessages.ts; `encoding`: the one the person forced. */
  | { ok: false; file: string; size: number; code: string; params: MessageParams; encoding?: EncodingName };

export interface FileResult {
  file: string;
  consultationId: number;
  added: number;
  changed: number;
  unchanged: number;
  bad: number;
  changedRespondents: string[];
  /** Stances in the file that differed from a person's override, which was kept. */
  keptOverrides: number;
  /** Per remiss, when the file held several. */
  consultations?: ConsultationResult[];
  groupIds?: number[];
}

export type ToWorker =
  /** `bytes` is a File/Blob (read by the worker) or bytes already in memory (transferred). */
  | { type: 'preview'; jobId: number; files: { name: string; bytes: ArrayBuffer | Blob }[]; themes?: Theme[]; dbName?: string; currentId?: number }
  | { type: 'reparse'; jobId: number; index: number; options: FileOptions; themes?: Theme[] }
  /** `stancePolicy`: a stance column against a person's override ('keep', the default, keeps the person's). */
  | { type: 'commit'; jobId: number; target: ImportTarget; indexes?: number[]; dbName?: string; stancePolicy?: StancePolicy }
  | { type: 'cancel'; jobId: number }
  | { type: 'forget'; jobId: number }
  /** Run the classifier again over a stored remiss (after its themes were edited). */
  | { type: 'reclassify'; jobId: number; consultationId: number; dbName?: string };

export type Phase = 'read' | 'classify' | 'store';

export type FromWorker =
  | { type: 'preview'; jobId: number; files: FilePreview[] }
  | { type: 'reparsed'; jobId: number; index: number; file: FilePreview }
  /** `fileIndex`/`fileCount`: which of the drop's files is being stored (a folder of documents). */
  | { type: 'progress'; jobId: number; file: string; phase: Phase; done: number; total: number; fileIndex?: number; fileCount?: number }
  | { type: 'done'; jobId: number; results: FileResult[]; failed: { file: string; error: Message }[] }
  /** `results`: the files stored before the cancel (each file is whole or not at all). */
  | { type: 'cancelled'; jobId: number; results: FileResult[]; file?: string }
  | { type: 'reclassified'; jobId: number; total: number; changed: number }
  | { type: 'error'; jobId: number; error: Message; results?: FileResult[] };

// ---------------------------------------------------------------- classification pool
// The import worker hands rows to a few classification workers (one per core) and
// stores their results in input order. These are the messages between them.

/** One row as the classifier needs it (strings are copied by structured clone). */
export interface ClassifyRow {
  text: string;
  decision?: string;
  themeTexts?: Record<string, string>;
  respondent?: string;
}

export type ToClassifier = { type: 'classify'; batch: number; rows: ClassifyRow[]; themes: Theme[] };

export type FromClassifier =
  /** `textHashes`: each row's textHash, computed here so the writer need not (lib/db/hash.ts). */
  | { type: 'classified'; batch: number; results: Classification[]; textHashes: string[] }
  /** `message`: the error as thrown (for the log and the 'classify.failed' message). */
  | { type: 'failed'; batch: number; message: string };
