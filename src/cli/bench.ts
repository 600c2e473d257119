/**
 * `npm run bench [-- --json] [-- --quick]`: the benchmarks of DESIGN.md §6. Not tests:
 * nothing here asserts a time. Builds the app and the floor page into .bench/, generates the data (.bench/), runs
 * Node and headless-Chromium measurements several times and prints median, min and max,
 * with ratios against the floor measured in the same run.
 *
 * Logs (and the table) go to stderr; with --json, the bench writes exactly one JSON object
 * to stdout. npm itself prints its "> remissradar bench" banner on stdout unless silenced:
 * for clean JSON use `npm run -s bench -- --json` (the JSON is also always the last line).
 * `--quick` runs only 1k/10k with fewer repetitions; `--skip-classifier` skips the Node part;
 * `--lang sv` words the progress and the table's headings in Swedish (English by default).
 * `--filter-only` imports the 10k file once and times only filter changes (no floor, reloads,
 * PNG, library or diarium), for working on the overview's charts.
 * `--import-only[=10000,50000]` measures only the import against its floor (`--runs=N` repetitions).
 *
 * The parts: bench/machine.ts (the machine-speed figure), bench/node.ts and documents.ts
 * (Node), bench/chromiumRuns.ts (headless Chromium), bench/report.ts (JSON and table).
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { build } from 'vite';
import { benchDir, ensureCsv } from './bench/data.ts';
import { spawnSync } from 'node:child_process';
import { initialJs, type ClassifierFigures } from './bench/node.ts';
import { documentFigures } from './bench/documents.ts';
import { chromiumFigures } from './bench/chromiumRuns.ts';
import type { MachineFigures } from './bench/machine.ts';
import { benchReport } from './bench/report.ts';
import { summarize } from './bench/workload/stats.ts';
import { cliTexts } from '../i18n/cli.ts';
import { takeLang } from './lang.ts';

// The bench speaks English unless asked (--lang sv): its figures are compared across runs.
const { lang, argv } = takeLang(process.argv.slice(2), 'en');
const tx = cliTexts(lang);
const args = new Set(argv);
const json = args.has('--json');
const quick = args.has('--quick');
/** Only the 5,000-remiss library (issue 16 point 5): skips everything else. */
const libraryOnly = args.has('--library-only');
/** Only the diarium export (issue 12: 200,000 yttranden in 5,000 remisser through the import). */
const diariumOnly = args.has('--diarium-only');
/** Only filter changes at 10,000 yttranden (issue 16 point 3): one import, then many changes. */
const filterOnly = args.has('--filter-only');
/**
 * Only the import against its floor (issue 16 point 2): the sizes of the run (1k, 10k, and
 * 50k unless --quick), no reloads, filters, PNG, diarium, library, classifier or documents.
 * `--import-only=10000` (comma-separated sizes) picks the sizes; `--runs=N` the repetitions.
 */
const importOnlyArg = process.argv.slice(2).find((a) => a === '--import-only' || a.startsWith('--import-only='));
const importOnly = importOnlyArg !== undefined;
const runsArg = Number(process.argv.slice(2).find((a) => a.startsWith('--runs='))?.slice(7));
const DIARIUM = { rows: 200_000, remisser: 5_000 };
const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);
const started = performance.now();

interface SizePlan {
  n: number;
  runs: number;
}
const SIZES: SizePlan[] = libraryOnly || diariumOnly
  ? []
  : filterOnly
  ? [{ n: 10_000, runs: 1 }]
  : quick
  ? [
      { n: 1_000, runs: 2 },
      { n: 10_000, runs: 2 },
    ]
  : [
      { n: 1_000, runs: 3 },
      { n: 10_000, runs: 3 },
      { n: 50_000, runs: 1 },
    ];
if (importOnly) {
  const wanted = importOnlyArg.includes('=') ? importOnlyArg.slice(importOnlyArg.indexOf('=') + 1).split(',').map(Number) : null;
  for (let i = SIZES.length - 1; i >= 0; i--) if (wanted && !wanted.includes(SIZES[i].n)) SIZES.splice(i, 1);
  for (const n of wanted ?? []) if (Number.isInteger(n) && n > 0 && !SIZES.some((s) => s.n === n)) SIZES.push({ n, runs: quick ? 2 : 3 });
}
if (Number.isInteger(runsArg) && runsArg > 0) for (const s of SIZES) s.runs = runsArg;
const RELOADS = { 10_000: filterOnly ? 1 : quick ? 3 : 5, 50_000: 3 } as Record<number, number>;
const FILTER_CHANGES = filterOnly ? 60 : quick ? 12 : 30;

// ------------------------------------------------------------------ machine speed
// A fixed pure workload (bench/machine.ts), timed at the start and again at the end: the
// machine is shared, and its load drifts over a run. Every absolute time is reported next
// to it (÷ machine), so runs from different days and machines can be compared.
function machineRun(when: string): MachineFigures {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./bench/machineMain.ts', import.meta.url)), quick ? '5' : '7'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`machine-speed workload failed (${r.status})`);
  const m = JSON.parse(r.stdout) as MachineFigures;
  log(
    tx('cli.bench.machine', {
      when,
      median: m.papaparse10MBMs.median.toFixed(2),
      min: m.papaparse10MBMs.min.toFixed(2),
      max: m.papaparse10MBMs.max.toFixed(2),
      batch: m.classifyBatchMs.median.toFixed(0),
    }),
  );
  return m;
}
const machineStart = machineRun('start');

// ------------------------------------------------------------------ data and Node figures
const files = new Map<number, { path: string; bytes: number }>();
for (const s of SIZES) files.set(s.n, ensureCsv(s.n, log));

log(tx('cli.bench.classifier'));
const skipClassifier = args.has('--skip-classifier'); // for working on the browser part only
const lightNode = skipClassifier || libraryOnly || diariumOnly || filterOnly || importOnly;
const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./bench/nodeMain.ts', import.meta.url)), String(lightNode ? 20 : quick ? 300 : 1000), lightNode ? '1' : '3', ...(lightNode ? ['--no-adversarial'] : [])], {
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
  maxBuffer: 1 << 24,
});
if (child.status !== 0) throw new Error(`classifier bench failed (${child.status})`);
const cls = JSON.parse(child.stdout) as ClassifierFigures;
for (const a of cls.adversarial) if (a.ms5MB === null) a.ms5MB = Infinity;
// The light modes classify 20 texts once only to warm the shared code: no throughput figure
// (a cold run over 0.1 MB said 1.4 MB/s where the full run says 8–23).
if (lightNode) cls.mbps = summarize([]);

log(tx('cli.bench.documents'));
const docs = await documentFigures({ count: libraryOnly || diariumOnly || filterOnly || importOnly ? 4 : 60, runs: quick || libraryOnly || diariumOnly || filterOnly || importOnly ? 1 : 4, log });

// The app is built into .bench/app-dist (same config as `vite build`), so a build another
// process makes in dist/ meanwhile cannot change what is being measured.
log(tx('cli.bench.buildApp'));
const appDist = join(benchDir(), 'app-dist');
await build({ build: { outDir: appDist, emptyOutDir: true }, logLevel: 'warn' });
const js = initialJs(appDist);
log(tx('cli.bench.initialJs', { files: js.files.length, gzip: js.gzipKB.toFixed(1), raw: js.rawKB.toFixed(0) }));


// ------------------------------------------------------------------ Chromium figures
log(tx('cli.bench.buildFloor'));
const floorDist = join(benchDir(), 'floor-dist');
await build({ configFile: fileURLToPath(new URL('./bench/floor/vite.config.ts', import.meta.url)), logLevel: 'warn' });

const chromium = await chromiumFigures(
  { sizes: SIZES, files, reloads: RELOADS, filterChanges: FILTER_CHANGES, quick, libraryOnly, diariumOnly, filterOnly, importOnly, diarium: DIARIUM },
  appDist,
  floorDist,
  log,
  tx,
);

const machineEnd = machineRun('end');

// ------------------------------------------------------------------ report
const { result, printTable } = benchReport({ ...chromium, machineStart, machineEnd, js, cls, docs, sizes: SIZES, files, diariumPlan: DIARIUM, quick, started }, tx);
if (json) {
  printTable((s) => process.stderr.write(s + '\n'));
  process.stdout.write(JSON.stringify(result) + '\n');
} else {
  printTable((s) => console.log(s));
}

