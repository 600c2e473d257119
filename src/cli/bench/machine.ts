/**
 * The machine-speed figure: a fixed, pure workload timed in Node, so that figures from
 * different days and machines (and from a machine shared with other people's work) can
 * be compared. Its input never changes (seeded generator, pinned papaparse), so any
 * change in its time is the machine, not the code.
 *
 * - `papaparse10MBMs`: papaparse (header row, ';') over a fixed 10 MB CSV string of
 *   generated yttranden, ms per pass (median of samples of 20 passes): the machine-speed
 *   figure (`machineSpeedMs`).
 * - `classifyBatchMs`: one fixed batch of 200 generated yttranden through the classifier.
 *   Its input is fixed too, but its time also follows the classifier's code: a second
 *   reference, not the machine figure.
 */
import Papa from 'papaparse';
import { classify } from '../../lib/classify/index.ts';
import { CSV_HEADER, csvLine, csvRow, generateRows } from './workload/generate.ts';
import { summarize, type Summary } from './workload/stats.ts';
import { sampleThemes } from './node.ts';
import { SEED } from './data.ts';

export const MACHINE_CSV_CHARS = 10_000_000;
export const CLASSIFY_BATCH = 200;
const PASSES = 20;

export interface MachineFigures {
  papaparse10MBMs: Summary;
  classifyBatchMs: Summary;
  /** Every sample, so that two runs (start and end of a bench) can be summarised together. */
  samples: { papaparseMs: number[]; classifyMs: number[] };
  /** Rows papaparse returned (a check that the workload ran whole). */
  rows: number;
}

/** The fixed 10 MB CSV string: whole generated rows up to MACHINE_CSV_CHARS characters. */
export function machineCsv(): string {
  const parts = [csvLine(CSV_HEADER)];
  let len = parts[0].length;
  for (const row of generateRows(100_000, SEED)) {
    const line = csvRow(row);
    if (len + line.length > MACHINE_CSV_CHARS) break;
    parts.push(line);
    len += line.length;
  }
  return parts.join('');
}

export function machineFigures(runs = 5): MachineFigures {
  const csv = machineCsv();
  const parse = () => Papa.parse<Record<string, string>>(csv, { header: true, delimiter: ';', skipEmptyLines: true });
  let rows = parse().data.length; // warm-up
  const parseMs: number[] = [];
  // One pass takes a few ms, too short to time alone on a busy machine: a sample is
  // PASSES passes, reported per pass.
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    for (let p = 0; p < PASSES; p++) rows = parse().data.length;
    parseMs.push((performance.now() - t0) / PASSES);
  }
  const themes = sampleThemes();
  const batch = [...generateRows(CLASSIFY_BATCH, SEED + 1)];
  for (const r of batch.slice(0, 20)) classify({ text: r.text, decision: r.decision }, themes);
  const classifyMs: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    for (const r of batch) classify({ text: r.text, decision: r.decision }, themes);
    classifyMs.push(performance.now() - t0);
  }
  return { papaparse10MBMs: summarize(parseMs), classifyBatchMs: summarize(classifyMs), samples: { papaparseMs: parseMs, classifyMs }, rows };
}
