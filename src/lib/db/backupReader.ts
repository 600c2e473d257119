/**
 * Reading a backup as a stream, within limits. A backup is untrusted input: it may be
 * larger than any string the engine can hold (a library of 50,000 yttranden is ~600 MB),
 * nested without end, or hold millions of rows. The reader scans the JSON chunk by
 * chunk, parses each yttrande, bedömning and händelse on its own (never the whole file
 * as one string), counts as it goes and stops at the first limit crossed, with a code
 * that names what was too big (backupLimits.ts). What it returns goes to validateBackup
 * like any backup.
 */

import { BACKUP_LIMITS, BackupReadError, type BackupLimits } from './backupLimits.ts';

type RowList = 'responses' | 'overrides' | 'history';
const ROW_LISTS: ReadonlySet<string> = new Set<RowList>(['responses', 'overrides', 'history']);

interface Frame {
  array: boolean;
  /** The key this container sits under in its parent object. */
  key: string | null;
  /** Object: the next string is a key. */
  expectKey: boolean;
  /** Object: the last key read. */
  lastKey: string | null;
  /** Array of rows to parse one by one (consultations[i].responses and the like). */
  rows?: RowList;
}

const WS = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * Feed text with `push` (any chunking, e.g. from a TextDecoderStream), then `end()` for
 * the parsed backup object. Throws BackupReadError.
 */
export class BackupReader {
  readonly #limits: Readonly<BackupLimits>;
  readonly #stack: Frame[] = [];
  #inString = false;
  #escape = false;
  /** Collecting a key's raw characters (an object key at the levels we read keys of). */
  #key: string[] | null = null;
  #rootClosed = false;
  #started = false;

  /** Everything outside the rows, as text. */
  #skeleton: string[] = [];
  #skeletonChars = 0;
  /** The row being read, as text pieces. */
  #row: string[] | null = null;
  #rowChars = 0;
  /** The rows read, per remiss. */
  readonly #rows: Record<RowList, unknown[]>[] = [];
  #responses = 0;
  #events = 0;
  /** Titles of the remisser read so far (for messages). */
  readonly #titles: (string | undefined)[] = [];
  /** The skeleton part where the current `consultation` object starts, or -1. */
  #consultationFrom = -1;
  #consumed = 0;

  constructor(limits: Readonly<BackupLimits> = BACKUP_LIMITS) {
    this.#limits = limits;
  }

  /** Where the current remiss is, for a message: its number (1-based) and title if read. */
  #where(): Record<string, string | number> {
    const i = this.#rows.length - 1;
    const title = this.#titles[i];
    return title ? { remiss: i + 1, title } : { remiss: i + 1 };
  }

  push(chunk: string): void {
    const n = chunk.length;
    let i = 0;
    /** Start of the run of characters going to the current destination (skeleton or row). */
    let run = 0;
    const toSkeleton = (end: number) => {
      if (end > run) {
        this.#skeleton.push(chunk.slice(run, end));
        this.#skeletonChars += end - run;
        if (this.#skeletonChars > this.#limits.structureChars) throw new BackupReadError('backup-structure-too-large', { max: this.#limits.structureChars });
      }
    };
    const toRow = (end: number) => {
      if (end > run) {
        this.#row!.push(chunk.slice(run, end));
        this.#rowChars += end - run;
        this.#checkRow();
      }
    };
    const flush = (end: number) => (this.#row ? toRow(end) : toSkeleton(end));
    let slash = -2;

    while (i < n) {
      if (this.#inString) {
        const from = i;
        let closed = false;
        if (this.#escape) {
          this.#escape = false;
          i++;
        } else {
          const q = chunk.indexOf('"', i);
          // The next backslash, searched once per chunk stretch (not once per string).
          if (slash !== -1 && slash < i) slash = chunk.indexOf('\\', i);
          if (slash !== -1 && (q === -1 || slash < q)) {
            if (slash + 1 >= n) {
              this.#escape = true;
              i = n;
            } else i = slash + 2;
          } else if (q === -1) i = n;
          else {
            i = q;
            closed = true;
          }
        }
        if (this.#key) this.#key.push(chunk.slice(from, i));
        if (closed) {
          if (this.#key) this.#endKey();
          this.#inString = false;
          i++;
        }
        continue;
      }
      const c = chunk.charCodeAt(i);
      if (WS(c)) {
        i++;
        continue;
      }
      if (this.#rootClosed) throw new BackupReadError('backup-not-json', { at: this.#consumed + i });
      const top = this.#stack[this.#stack.length - 1];
      // In a list of rows, between rows: a row starts, or the list goes on or closes.
      if (top?.rows && !this.#row) {
        if (c === 0x2c) {
          toSkeleton(i);
          run = i + 1;
          i++;
          continue;
        }
        if (c !== 0x5d) {
          toSkeleton(i);
          run = i;
          this.#startRow(top.rows);
        }
      }
      if (c === 0x22) {
        this.#inString = true;
        // Keys are read only where they matter: the top object and each remiss entry.
        if (top && !top.array && top.expectKey && !this.#row && (this.#stack.length === 1 || this.#stack.length === 3)) this.#key = [];
        if (top && !top.array && top.expectKey) top.expectKey = false;
        i++;
        continue;
      }
      if (c === 0x7b || c === 0x5b) {
        if (!this.#started) {
          this.#started = true;
          if (c !== 0x7b) throw new BackupReadError('backup-not-backup', {});
        }
        if (this.#stack.length >= this.#limits.depth) throw new BackupReadError('backup-too-deep', { max: this.#limits.depth });
        const key = top && !top.array ? top.lastKey : null;
        const frame: Frame = { array: c === 0x5b, key, expectKey: c === 0x7b, lastKey: null };
        const depth = this.#stack.length; // of the parent
        if (!this.#row) {
          if (depth === 1 && frame.array && key === 'consultations') frame.key = 'consultations';
          if (depth === 2 && !frame.array && this.#stack[1].key === 'consultations') this.#startEntry();
          if (depth === 3 && frame.array && key && ROW_LISTS.has(key) && this.#stack[1].key === 'consultations') frame.rows = key as RowList;
          if (depth === 3 && !frame.array && key === 'consultation' && this.#stack[1].key === 'consultations') {
            toSkeleton(i);
            run = i;
            this.#consultationFrom = this.#skeleton.length;
          }
        }
        this.#stack.push(frame);
        i++;
        continue;
      }
      if (c === 0x7d || c === 0x5d) {
        if (!top || top.array !== (c === 0x5d)) throw new BackupReadError('backup-not-json', { at: this.#consumed + i });
        // A row ends where its list closes.
        if (top.rows && this.#row) {
          toRow(i);
          run = i;
          this.#endRow(top.rows);
        }
        this.#stack.pop();
        if (!this.#stack.length) this.#rootClosed = true;
        if (!this.#row && this.#consultationFrom >= 0 && this.#stack.length === 3) {
          toSkeleton(i + 1);
          run = i + 1;
          this.#readTitle();
        }
        i++;
        continue;
      }
      if (c === 0x2c) {
        if (!top) throw new BackupReadError('backup-not-json', { at: this.#consumed + i });
        if (top.rows && this.#row) {
          // The row ends; the comma between rows is not kept.
          toRow(i);
          run = i + 1;
          this.#endRow(top.rows);
          i++;
          continue;
        }
        if (!top.array) top.expectKey = true;
        i++;
        continue;
      }
      if (c === 0x3a) {
        i++;
        continue;
      }
      if (!this.#started) throw new BackupReadError('backup-not-backup', {});
      i++;
    }
    flush(n);
    this.#consumed += n;
  }

  /** The backup as parsed JSON (for validateBackup). */
  end(): unknown {
    if (!this.#started) throw new BackupReadError('backup-not-backup', {});
    if (!this.#rootClosed || this.#inString) throw new BackupReadError('backup-truncated', {});
    let data: unknown;
    try {
      data = JSON.parse(this.#skeleton.join(''));
    } catch {
      throw new BackupReadError('backup-not-json', {});
    }
    this.#skeleton = [];
    const entries = (data as { consultations?: unknown }).consultations;
    if (Array.isArray(entries)) {
      entries.forEach((e, i) => {
        if (typeof e !== 'object' || e === null) return;
        const rows = this.#rows[i];
        const entry = e as Record<string, unknown>;
        for (const k of ROW_LISTS) if (rows && Array.isArray(entry[k])) entry[k] = rows[k as RowList];
      });
    }
    return data;
  }

  #startEntry() {
    this.#rows.push({ responses: [], overrides: [], history: [] });
    if (this.#rows.length > this.#limits.remisser) throw new BackupReadError('backup-too-many-remisser', { max: this.#limits.remisser });
  }

  #startRow(list: RowList) {
    this.#row = [];
    this.#rowChars = 0;
    if (list === 'responses') {
      if (++this.#responses > this.#limits.responses) throw new BackupReadError('backup-too-many-responses', { max: this.#limits.responses });
    } else if (++this.#events > this.#limits.events) throw new BackupReadError('backup-too-many-events', { max: this.#limits.events });
  }

  #checkRow() {
    if (this.#rowChars <= this.#limits.rowChars) return;
    const list = this.#stack.find((f) => f.rows)?.rows ?? 'responses';
    const rows = this.#rows[this.#rows.length - 1];
    throw new BackupReadError('backup-row-too-large', { ...this.#where(), list, row: rows[list].length + 1, max: this.#limits.rowChars });
  }

  #endRow(list: RowList) {
    const text = this.#row!.length === 1 ? this.#row![0] : this.#row!.join('');
    this.#row = null;
    const rows = this.#rows[this.#rows.length - 1];
    try {
      rows[list].push(JSON.parse(text));
    } catch {
      throw new BackupReadError('backup-not-json', { ...this.#where(), list, row: rows[list].length + 1 });
    }
  }

  #endKey() {
    const raw = this.#key!.join('');
    this.#key = null;
    const top = this.#stack[this.#stack.length - 1];
    if (raw.length > 256) return;
    try {
      top.lastKey = JSON.parse(`"${raw}"`) as string;
    } catch {
      top.lastKey = null;
    }
  }

  #readTitle() {
    const text = this.#skeleton.slice(this.#consultationFrom).join('');
    this.#consultationFrom = -1;
    try {
      const c = JSON.parse(text) as { title?: unknown };
      if (typeof c.title === 'string') this.#titles[this.#rows.length - 1] = c.title.slice(0, 200);
    } catch {
      /* reported when the whole is parsed */
    }
  }
}

/** Read a backup from a stream of text chunks (a File's stream through a TextDecoderStream). */
export async function readBackupStream(chunks: AsyncIterable<string>, limits: Readonly<BackupLimits> = BACKUP_LIMITS, onProgress?: (chars: number) => void): Promise<unknown> {
  const reader = new BackupReader(limits);
  let chars = 0;
  for await (const chunk of chunks) {
    reader.push(chunk);
    chars += chunk.length;
    onProgress?.(chars);
  }
  return reader.end();
}
