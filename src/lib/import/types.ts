/** The public shapes of an import (see index.ts). */
import type { Consultation, Response, Theme } from '../domain/types.ts';
import type { EncodingName } from './decode.ts';
import type { Delimiter } from './delimiter.ts';
import type { Field } from './headers.ts';
import type { ConsultationGroup, DuplicateNote, DuplicatePolicy } from './groups.ts';
import type { ImportIssue } from './issues.ts';

export interface ImportOptions {
  /** Force an encoding (the user changed it in the preview). */
  encoding?: EncodingName;
  /** The largest text file taken (default MAX_TEXT_FILE_BYTES; lower only to test the limit). */
  maxBytes?: number;
  /** Force a delimiter. */
  delimiter?: Delimiter;
  /** Force the column mapping, by column index (null = ignore the column). */
  mapping?: (Field | null)[];
  /** Known themes: a column named after a theme maps to `theme:<name>`. */
  themes?: Theme[];
  /** Two rows for the same nämnd in the same remiss: keep the later (default) or the first. */
  duplicates?: DuplicatePolicy;
  /** A workbook's sheet to read (the user chose it); else the first that holds yttranden. */
  sheet?: string;
  /** A document's respondent, date and remiss as the user corrected them in the preview. */
  document?: DocumentFields;
}

/** What is read from a document's letterhead (PDF, Word, text); each may be corrected. */
export interface DocumentFields {
  respondent?: string;
  /** ISO date. */
  date?: string;
  reference?: string;
  consultation?: string;
}

/** Where each document field came from, so the preview can say "from the file name". */
export type DocumentSource = 'till' | 'from' | 'letterhead' | 'label' | 'file-name' | 'text' | 'meeting' | 'user';

export interface ParsedFile {
  file: string;
  format: 'csv' | 'json' | 'ndjson' | 'text' | 'xlsx' | 'ods' | 'pdf' | 'docx';
  encoding: EncodingName;
  delimiter?: Delimiter;
  /** CSV header cells (after sep= and title rows), [] for other formats. */
  headers: string[];
  /** The mapping used, by column index. */
  mapping: (Field | null)[];
  unknownColumns: string[];
  duplicateHeaders: string[];
  /** From the JSON wrapper, or the CSV consultation column's first value. */
  consultation?: Partial<Consultation>;
  /** Good rows, group by group (input order within a group), after dedupe on (remiss, nämnd). */
  /** A workbook's sheets, and the one read. */
  sheets?: string[];
  sheet?: string;
  /** A document's fields as found (and corrected), with where each came from. */
  document?: DocumentFields & { sources: Partial<Record<keyof DocumentFields, DocumentSource>> };
  responses: Response[];
  /**
   * The remisser the rows name (Remiss/Ärende column, JSON key or wrapper), in order of
   * first appearance; one group with key '' when the file names none.
   */
  groups: ConsultationGroup[];
  /** Rows replaced by another row for the same nämnd in the same remiss (a counted choice). */
  duplicates: number;
  /** The first few of them, for the preview. */
  duplicateNotes: DuplicateNote[];
  /** At most the first MAX_ISSUES. */
  issues: ImportIssue[];
  /** All issues, also those not kept. */
  issueCount: number;
  goodRows: number;
  badRows: number;
  /** Totals and footer rows ("Summa", "Antal yttranden: 10"), skipped and reported. */
  skippedRows?: number;
}

/** What a format parser fills in; parseFile adds file, encoding and the issue totals. */
export type ParsedBody = Omit<ParsedFile, 'file' | 'encoding' | 'issues' | 'issueCount' | 'groups' | 'duplicates' | 'duplicateNotes'> &
  Partial<Pick<ParsedFile, 'groups' | 'duplicates' | 'duplicateNotes'>>;
