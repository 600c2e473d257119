/** Bench data on disk: .bench/yttranden-<n>.csv, written once per generator version and seed. */
import { closeSync, existsSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { CSV_HEADER, csvLine, csvRow, generateRows } from './workload/generate.ts';

/** Bump when the generator's output changes, so stale files are not reused. */
export const DATA_VERSION = 1;
export const SEED = 20161014;

export function benchDir(): string {
  const dir = join(process.cwd(), '.bench');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Path to the CSV with n yttranden, generated (UTF-8, semicolon) if missing. */
export function ensureCsv(n: number, log: (s: string) => void): { path: string; bytes: number } {
  const path = join(benchDir(), `yttranden-${n}-s${SEED}-v${DATA_VERSION}.csv`);
  if (!existsSync(path)) {
    const t0 = performance.now();
    const tmp = `${path}.part`;
    const fd = openSync(tmp, 'w');
    try {
      let buf: string[] = [csvLine(CSV_HEADER)];
      let len = 0;
      for (const row of generateRows(n, SEED)) {
        const line = csvRow(row);
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
