/** Bench data on disk: .bench/yttranden-<n>.csv, written once per generator version and seed. */
import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { KIND_LABEL } from './workload/bank.ts';
import { CSV_HEADER, csvLine, csvRow, generateRows } from './workload/generate.ts';

/** Bump when the generator's output changes, so stale files are not reused. */
export const DATA_VERSION = 1;
export const SEED = 20161014;

export function benchDir(): string {
  const dir = join(process.cwd(), '.bench');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Write the lines to `path` once (through a .part file, in 4 MB pieces), unless it exists.
 */
function writeOnce(path: string, lines: () => Iterable<string>, log: (s: string) => void): { path: string; bytes: number } {
  if (!existsSync(path)) {
    const t0 = performance.now();
    const tmp = `${path}.part`;
    const fd = openSync(tmp, 'w');
    try {
      let buf: string[] = [];
      let len = 0;
      for (const line of lines()) {
        buf.push(line);
        len += line.length;
        if (len > 4_000_000) {
          writeSync(fd, buf.join(''));
          buf = [];
          len = 0;
        }
      }
      writeSync(fd, buf.join(''));
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    log(`generated ${path} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  return { path, bytes: statSync(path).size };
}

/**
 * A diarium export of `remisser` remisser with n yttranden in all (issue 12: 200,000 rows in
 * 5,000 remisser, some 30–60 MB): a Remiss column whose title ends with its dnr, the
 * rows interleaved as a diarium lists them by date, so every remiss's rows are spread over
 * the file. With `remisser` 1 the same rows make one remiss: the throughput to compare with.
 */
export function ensureMultiCsv(n: number, remisser: number, log: (s: string) => void): { path: string; bytes: number } {
  const path = join(benchDir(), `diarium-${n}-${remisser}-s${SEED}-v${DATA_VERSION}b.csv`);
  return writeOnce(
    path,
    function* () {
      const [respondent, kind, date, , decision, text] = CSV_HEADER;
      yield csvLine(['Remiss', respondent, kind, date, decision, text]);
      let i = 0;
      for (const r of generateRows(n, SEED)) {
        const k = i % remisser;
        // A diarium's row is short (issue 12: 200,000 rows in about 30 MB): the decision and the opening of the text.
        const short = r.text.slice(0, 90 + (i % 60)).replace(/\s+\S*$/, '.');
        i++;
        yield csvLine([`Remiss ${k + 1} om stadens verksamhet (KS 2024/${k + 1})`, r.respondent, KIND_LABEL[r.kind], r.date, r.decision.slice(0, 80), short]);
      }
    },
    log,
  );
}

/** Path to the CSV with n yttranden, generated (UTF-8, semicolon) if missing. */
export function ensureCsv(n: number, log: (s: string) => void): { path: string; bytes: number } {
  const path = join(benchDir(), `yttranden-${n}-s${SEED}-v${DATA_VERSION}.csv`);
  return writeOnce(
    path,
    function* () {
      yield csvLine(CSV_HEADER);
      for (const row of generateRows(n, SEED)) yield csvRow(row);
    },
    log,
  );
}
