/** The public shapes of an import (see index.ts). */
import type { Consultation, Response, Theme } from '../domain/types.ts';
import type { EncodingName } from './decode.ts';
import type { Delimiter } from './delimiter.ts';
import type { Field } from './headers.ts';
import type { ImportIssue } from './issues.ts';

export interface ImportOptions {
  /** Force an encoding (the user changed it in the preview). */
  encoding?: EncodingName;
  /** Force a delimiter. */
  delimiter?: Delimiter;
  /** Force the column mapping, by column index (null = ignore the column). */
  mapping?: (Field | null)[];
  /** Known themes: a column named after a theme maps to `theme:<name>`. */
  themes?: Theme[];
}

export interface ParsedFile {
  file: string;
  format: 'csv' | 'json' | 'ndjson' | 'text';
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
  /** Good rows in input order, after in-file dedupe (later row wins). */
  responses: Response[];
  /** At most the first MAX_ISSUES. */
  issues: ImportIssue[];
  /** All issues, also those not kept. */
  issueCount: number;
  goodRows: number;
  badRows: number;
}

/** What a format parser fills in; parseFile adds file, encoding and the issue totals. */
export type ParsedBody = Omit<ParsedFile, 'file' | 'encoding' | 'issues' | 'issueCount'>;
