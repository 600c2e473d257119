/**
 * Writing a backup as a stream of JSON chunks. One `JSON.stringify` of a whole library
 * fails past V8's longest string (~536 million characters: about 37,000 yttranden of
 * 11 KB); here each row is stringified alone and rows are gathered into chunks of about
 * `chunkChars`, which the browser turns into Blob parts. The file is the same JSON the
 * reader (backupReader.ts) and validateBackup take, one row per line.
 */
import type { Consultation } from '../domain/types.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupResponse } from './backup.ts';
import type { HistoryRow, OverrideRow } from './types.ts';

/** About 4 million characters per chunk (a few MB). */
export const DEFAULT_CHUNK_CHARS = 1 << 22;

type Section = 'responses' | 'overrides' | 'history';
const ORDER: readonly Section[] = ['responses', 'overrides', 'history'];

/**
 * Build the backup's JSON piece by piece: `begin`, then for each remiss
 * `consultation(c)` followed by its `response`s, `override`s and `history` rows (in that
 * order), then `end`. `emit` receives chunks; no chunk is longer than `chunkChars`
 * unless one row alone is.
 */
export class BackupWriter {
  readonly #emit: (chunk: string) => void;
  readonly #chunkChars: number;
  #parts: string[] = [];
  #size = 0;
  #consultations = 0;
  /** Where the current remiss is: the section being written and whether it has a row yet. */
  #section = -1;
  #rowsInSection = 0;
  #state: 'new' | 'open' | 'done' = 'new';
  #entryOpen = false;
  /** Counts written, for the caller's message. */
  readonly counts = { consultations: 0, responses: 0, overrides: 0, history: 0, chars: 0 };

  constructor(emit: (chunk: string) => void, chunkChars = DEFAULT_CHUNK_CHARS) {
    this.#emit = emit;
    this.#chunkChars = Math.max(1, chunkChars);
  }

  begin(exportedAt: string): void {
    if (this.#state !== 'new') throw new Error('BackupWriter: begin() twice');
    this.#state = 'open';
    this.#write(`{"format":${JSON.stringify(BACKUP_FORMAT)},"version":${BACKUP_VERSION},"exportedAt":${JSON.stringify(exportedAt)},"consultations":[`);
  }

  /** Starts the next remiss (closing the previous one). */
  consultation(c: Consultation): void {
    this.#open();
    this.#closeConsultation();
    this.#write(`${this.#consultations++ ? ',' : ''}\n{"consultation":${JSON.stringify(c)}`);
    this.#section = -1;
    this.#entryOpen = true;
    this.counts.consultations++;
  }

  response(r: BackupResponse): void {
    this.#row('responses', r);
  }
  override(o: OverrideRow): void {
    this.#row('overrides', o);
  }
  history(h: HistoryRow): void {
    this.#row('history', h);
  }

  /** Closes everything and emits the last chunk. */
  end(): void {
    this.#open();
    this.#closeConsultation();
    this.#write('\n]}\n');
    this.#state = 'done';
    this.#flush();
  }

  #open() {
    if (this.#state !== 'open') throw new Error(`BackupWriter: ${this.#state === 'new' ? 'begin() first' : 'already ended'}`);
  }

  #row(section: Section, row: unknown) {
    this.#open();
    if (!this.#entryOpen) throw new Error('BackupWriter: a row before any consultation');
    const at = ORDER.indexOf(section);
    if (at < this.#section) throw new Error(`BackupWriter: ${section} after ${ORDER[this.#section]}`);
    while (this.#section < at) this.#nextSection();
    this.#write(`${this.#rowsInSection++ ? ',' : ''}\n${JSON.stringify(row)}`);
    this.counts[section]++;
  }

  /** Closes the open section (if any) and opens the next one. */
  #nextSection() {
    if (this.#section >= 0) this.#write(']');
    this.#section++;
    this.#rowsInSection = 0;
    this.#write(`,${JSON.stringify(ORDER[this.#section])}:[`);
  }

  #closeConsultation() {
    if (!this.#entryOpen) return;
    this.#entryOpen = false;
    // Every section is written, empty ones too: the reader expects all three lists.
    while (this.#section < ORDER.length - 1) this.#nextSection();
    this.#write(']}');
  }

  #write(s: string) {
    if (this.#size && this.#size + s.length > this.#chunkChars) this.#flush();
    this.#parts.push(s);
    this.#size += s.length;
    this.counts.chars += s.length;
  }

  #flush() {
    if (!this.#parts.length) return;
    const chunk = this.#parts.length === 1 ? this.#parts[0] : this.#parts.join('');
    this.#parts = [];
    this.#size = 0;
    this.#emit(chunk);
  }
}
