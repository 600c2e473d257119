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
 * `--import-only[=10000,50000]` measures only the import against its floor (`--runs=N` repetitions).
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { build } from 'vite';
import { ratioOf, summarize, type Summary } from './bench/workload/stats.ts';
import { benchDir, ensureCsv, ensureMultiCsv } from './bench/data.ts';
import { spawnSync } from 'node:child_process';
import { initialJs, type ClassifierFigures } from './bench/node.ts';
import { documentFigures } from './bench/documents.ts';
import {
  filterChanges, floorRun, importThroughUi, launchChromium, openApp, pngExport, reloadToFirstChart, startServers, toOverview,
  type ImportFigures,
} from './bench/browser.ts';
import type { FloorResult } from './bench/floor/protocol.ts';
import { largeLibrary, type LibraryFigures } from './bench/library.ts';
import type { MachineFigures } from './bench/machine.ts';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const quick = args.has('--quick');
/** Only the 5,000-remiss library (issue 16 point 5): skips everything else. */
const libraryOnly = args.has('--library-only');
/** Only the diarium export (issue 12: 200,000 yttranden in 5,000 remisser through the import). */
const diariumOnly = args.has('--diarium-only');
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
const RELOADS = { 10_000: quick ? 3 : 5, 50_000: 3 } as Record<number, number>;
const FILTER_CHANGES = quick ? 12 : 30;

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
  log(`machine speed (${when}): papaparse on a fixed 10 MB string ${m.papaparse10MBMs.median.toFixed(2)} ms (${m.papaparse10MBMs.min.toFixed(2)}–${m.papaparse10MBMs.max.toFixed(2)}), fixed classification batch ${m.classifyBatchMs.median.toFixed(0)} ms`);
  return m;
}
const machineStart = machineRun('start');

// ------------------------------------------------------------------ data and Node figures
const files = new Map<number, { path: string; bytes: number }>();
for (const s of SIZES) files.set(s.n, ensureCsv(s.n, log));

log('classifier in Node (own process) …');
const skipClassifier = args.has('--skip-classifier'); // for working on the browser part only
const lightNode = skipClassifier || libraryOnly || diariumOnly || importOnly;
const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./bench/nodeMain.ts', import.meta.url)), String(lightNode ? 20 : quick ? 300 : 1000), lightNode ? '1' : '3', ...(lightNode ? ['--no-adversarial'] : [])], {
  stdio: ['ignore', 'pipe', 'inherit'],
  encoding: 'utf8',
  maxBuffer: 1 << 24,
});
if (child.status !== 0) throw new Error(`classifier bench failed (${child.status})`);
const cls = JSON.parse(child.stdout) as ClassifierFigures;
for (const a of cls.adversarial) if (a.ms5MB === null) a.ms5MB = Infinity;

log('documents (PDF and Word) in Node …');
const docs = await documentFigures({ count: libraryOnly || diariumOnly || importOnly ? 4 : 60, runs: quick || libraryOnly || diariumOnly || importOnly ? 1 : 4, log });

// The app is built into .bench/app-dist (same config as `vite build`), so a build another
// process makes in dist/ meanwhile cannot change what is being measured.
log('building the app …');
const appDist = join(benchDir(), 'app-dist');
await build({ build: { outDir: appDist, emptyOutDir: true }, logLevel: 'warn' });
const js = initialJs(appDist);
log(`initial JS: ${js.files.length} files, ${js.gzipKB.toFixed(1)} KB gzip (${js.rawKB.toFixed(0)} KB raw)`);


// ------------------------------------------------------------------ Chromium figures
log('building the floor page …');
const floorDist = join(benchDir(), 'floor-dist');
await build({ configFile: fileURLToPath(new URL('./bench/floor/vite.config.ts', import.meta.url)), logLevel: 'warn' });

const servers = await startServers(appDist, floorDist);
const browser = await launchChromium();
const floors = new Map<number, FloorResult[]>();
const imports = new Map<number, ImportFigures[]>();
const reloads = new Map<number, { ms: (number | null)[]; count: string }>();
let filter: Awaited<ReturnType<typeof filterChanges>> | null = null;
let png: { ms: number; where: string }[] = [];
const pageErrors: string[] = [];
let library: LibraryFigures | null = null;
type DiariumFigures = ImportFigures & { bytes: number; consultations: number; responses: number };
let diarium: DiariumFigures | null = null;
/** The same rows as one remiss: the throughput the diarium's is compared with. */
let diariumOne: DiariumFigures | null = null;

try {
  for (const { n, runs } of SIZES) {
    const csv = files.get(n)!.path;
    floors.set(n, []);
    imports.set(n, []);
    // Floor and import interleaved, so that the machine's load drifts over both alike.
    for (let k = 0; k < runs; k++) {
      const f = await floorRun(browser, servers.floor, csv);
      floors.get(n)!.push(f);
      log(`floor ${n}: ${f.totalMs.toFixed(0)} ms (read ${f.readMs.toFixed(0)}, decode ${f.decodeMs.toFixed(0)}, parse ${f.parseMs.toFixed(0)}, store ${f.storeMs.toFixed(0)}) rows=${f.rows}`);
      const s = await openApp(browser, servers.app);
      const last = k === runs - 1;
      try {
        const r = await importThroughUi(s, csv);
        imports.get(n)!.push(r);
        log(
          `import ${n}: ${r.totalMs.toFixed(0)} ms (preview ${r.previewMs.toFixed(0)}, commit ${r.commitMs.toFixed(0)}); ` +
            `long tasks ${r.longtasks}, longest ${r.longestTaskMs.toFixed(0)} ms; after result ${r.longtasksAfter}/${r.longestAfterMs.toFixed(0)} ms; "${r.resultText.slice(0, 90)}"`,
        );
        if (last && !importOnly && (n === 10_000 || n === 50_000)) {
          const url = await toOverview(s);
          const ms: (number | null)[] = [];
          let count = '';
          for (let i = 0; i < RELOADS[n]; i++) {
            const r2 = await reloadToFirstChart(s);
            ms.push(r2.ms);
            count = r2.count;
            log(`reload ${n}: first chart ${r2.ms === null ? 'none' : r2.ms.toFixed(0) + ' ms'} (${r2.count})`);
          }
          reloads.set(n, { ms, count });
          if (n === 10_000) {
            filter = await filterChanges(s, FILTER_CHANGES);
            log(`filter 10k: work ${summarize(filter.workMs).median.toFixed(1)} ms, to next frame ${summarize(filter.frameMs).median.toFixed(1)} ms, mutations ${filter.mutations.join(',')}`);
            png = [];
            for (let i = 0; i < 3; i++) {
              const p = await pngExport(s, url);
              if (!p) break;
              png.push(p);
              log(`png export (${p.where}): ${p.ms.toFixed(0)} ms`);
            }
            if (!png.length) log('png export: no PNG button in the UI yet: not measurable');
          }
        }
      } finally {
        pageErrors.push(...s.errors);
        await s.context.close();
      }
    }
  }
  if (!quick && !libraryOnly && !importOnly) {
    // The same yttranden as the single-remiss files, filed under 5,000 remisser by a Remiss column.
    log(`a diarium export: ${DIARIUM.rows.toLocaleString('en')} yttranden in ${DIARIUM.remisser.toLocaleString('en')} remisser …`);
    const runDiarium = async (remisser: number): Promise<DiariumFigures> => {
      const file = ensureMultiCsv(DIARIUM.rows, remisser, log);
      const s = await openApp(browser, servers.app);
      try {
        const countStored = () => s.page.evaluate(async () => {
          const open = indexedDB.open('remissradar');
          const db: IDBDatabase = await new Promise((ok, no) => ((open.onsuccess = () => ok(open.result)), (open.onerror = () => no(open.error))));
          const count = (store: string) => new Promise<number>((ok, no) => {
            const q = db.transaction(store).objectStore(store).count();
            q.onsuccess = () => ok(q.result);
            q.onerror = () => no(q.error);
          });
          const out = { consultations: await count('consultations'), responses: await count('responses') };
          db.close();
          return out;
        });
        const before = await countStored(); // the example remiss a fresh profile starts with
        const r = await importThroughUi(s, file.path);
        const after = await countStored();
        const stored = { consultations: after.consultations - before.consultations, responses: after.responses - before.responses };
        log(`diarium (${remisser} remisser): ${r.totalMs.toFixed(0)} ms, stored ${stored.responses} yttranden in ${stored.consultations} remisser; "${r.resultText.slice(0, 120)}"`);
        return { ...r, bytes: file.bytes, ...stored };
      } finally {
        pageErrors.push(...s.errors);
        await s.context.close();
      }
    };
    diarium = await runDiarium(DIARIUM.remisser);
    diariumOne = await runDiarium(1);
  }
  if (!diariumOnly && !importOnly) {
    log('a decade\'s library: 5,000 remisser, 200,000 yttranden …');
    library = await largeLibrary(browser, servers.app, 5000, log);
    log(`library: switch remiss ${summarize(library.switchMs).median.toFixed(0)} ms (max ${summarize(library.switchMs).max.toFixed(0)}), picker filter ${summarize(library.pickerFilterMs).median.toFixed(0)} ms, scroll frame p95 ${summarize(library.scrollFrameMs).p95.toFixed(0)} ms, library list ${summarize(library.libraryListMs).median.toFixed(0)} ms`);
  }
} finally {
  await browser.close();
  await servers.close();
}

const machineEnd = machineRun('end');

// ------------------------------------------------------------------ report
const S = (xs: number[]) => summarize(xs);
/** The samples of both machine runs: the figure is their median. */
const machineParse = S([machineStart, machineEnd].flatMap((m) => m.samples.papaparseMs));
const machineClassify = S([machineStart, machineEnd].flatMap((m) => m.samples.classifyMs));
const machineMs = machineParse.median;
/** An absolute time in machine units (how many fixed 10 MB papaparse passes it lasts). */
const perMachine = (ms: number) => (Number.isFinite(ms) && machineMs > 0 ? ms / machineMs : NaN);
const num = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 100) / 100);
const floorOf = (n: number) => S((floors.get(n) ?? []).map((f) => f.totalMs));
const importOf = (n: number) => S((imports.get(n) ?? []).map((r) => r.totalMs));
const ratio = (n: number) => ratioOf((imports.get(n) ?? []).map((r) => r.totalMs), (floors.get(n) ?? []).map((f) => f.totalMs));
const allImports = [...imports.values()].flat();
const longest = allImports.length ? Math.max(...allImports.map((r) => r.longestTaskMs)) : NaN;
const reloadOf = (n: number) => S((reloads.get(n)?.ms ?? []).filter((x): x is number => x !== null));
const filterWork = filter ? S(filter.workMs) : S([]);
const filterFrame = filter ? S(filter.frameMs) : S([]);
const pngS = S(png.map((p) => p.ms));

const result = {
  importRatio10k: num(ratio(10_000).median),
  importMs10k: num(importOf(10_000).median),
  floorMs10k: num(floorOf(10_000).median),
  longestMainThreadTaskMs: num(longest),
  filterMedianMs10k: num(filterWork.median),
  filterP95Ms10k: num(filterWork.p95),
  reloadFirstChartMs10k: num(reloadOf(10_000).median),
  reloadFirstChartMs50k: num(reloadOf(50_000).median),
  pngExportMs: num(pngS.median),
  initialJsGzipKB: num(js.gzipKB),
  classifierMBps: num(cls.mbps.median),
  adversarial5MBms: num(cls.worst.ms5MB),
  documentsPerSecond: num(docs.perSecond.median),
  switchRemissMs5k: num(library ? S(library.switchMs).median : null),
  /** 200,000 yttranden in 5,000 remisser through the import: ms, rows stored, and its throughput over the single-remiss 50k import's. */
  diariumImportMs200k: num(diarium ? diarium.totalMs : null),
  diariumStored: diarium ? { remisser: diarium.consultations, yttranden: diarium.responses } : null,
  diariumThroughputRatio: num(diarium && diariumOne ? diariumOne.totalMs / diarium.totalMs : null),
  libraryListMs5k: num(library ? S(library.libraryListMs).median : null),
  pickerScrollFrameP95Ms5k: num(library ? S(library.scrollFrameMs).p95 : null),
  /** The machine-speed figure: ms for papaparse on the fixed 10 MB string (median, start and end). */
  machineSpeedMs: num(machineMs),
  papaparse10MBMs: num(machineMs),
  /** The fixed classification batch (200 yttranden): follows the classifier's code as well as the machine. */
  classifyBatchMs: num(machineClassify.median),
  /** Each absolute time ÷ machineSpeedMs: compare these across days and machines. */
  inMachineUnits: {
    importMs10k: num(perMachine(importOf(10_000).median)),
    floorMs10k: num(perMachine(floorOf(10_000).median)),
    filterMedianMs10k: num(perMachine(filterWork.median)),
    reloadFirstChartMs10k: num(perMachine(reloadOf(10_000).median)),
    reloadFirstChartMs50k: num(perMachine(reloadOf(50_000).median)),
    pngExportMs: num(perMachine(pngS.median)),
    classifyBatchMs: num(perMachine(machineClassify.median)),
    switchRemissMs5k: num(library ? perMachine(S(library.switchMs).median) : null),
  },
  details: {
    machine: { start: machineStart, end: machineEnd, papaparse10MBMs: machineParse, classifyBatchMs: machineClassify },
    quick,
    minutes: num((performance.now() - started) / 60_000),
    sizes: Object.fromEntries(
      SIZES.map(({ n }) => [
        n,
        {
          csvMB: num(files.get(n)!.bytes / 1e6),
          floorMs: floorOf(n),
          importMs: importOf(n),
          importRatio: ratio(n),
          previewMs: S((imports.get(n) ?? []).map((r) => r.previewMs)),
          commitMs: S((imports.get(n) ?? []).map((r) => r.commitMs)),
          floorPhases: {
            readMs: S((floors.get(n) ?? []).map((f) => f.readMs)),
            decodeMs: S((floors.get(n) ?? []).map((f) => f.decodeMs)),
            parseMs: S((floors.get(n) ?? []).map((f) => f.parseMs)),
            storeMs: S((floors.get(n) ?? []).map((f) => f.storeMs)),
          },
          longTasks: (imports.get(n) ?? []).map((r) => ({ count: r.longtasks, longestMs: num(r.longestTaskMs), afterResult: r.longtasksAfter, longestAfterMs: num(r.longestAfterMs) })),
          result: imports.get(n)?.[0]?.resultText,
        },
      ]),
    ),
    reload: Object.fromEntries([...reloads].map(([n, r]) => [n, { ...reloadOf(n), records: r.count, noChart: r.ms.filter((x) => x === null).length }])),
    filter: filter ? { workMs: filterWork, toNextFrameMs: filterFrame, chartMutations: filter.mutations } : null,
    png: png.length ? { ...pngS, where: png[0].where } : null,
    initialJs: js,
    classifier: { analysedCap: cls.analysedCap, mbps: cls.mbps, texts: cls.texts, mb: num(cls.mb), concatenated5MBms: num(cls.concatenated5MBms), adversarial: cls.adversarial, worst: cls.worst },
    documents: docs,
    library: library && {
      remisser: library.remisser,
      responses: library.responses,
      seedMs: num(library.seedMs),
      switchMs: S(library.switchMs),
      pickerOpenMs: S(library.pickerOpenMs),
      pickerFilterMs: S(library.pickerFilterMs),
      scrollFrameMs: S(library.scrollFrameMs),
      scrollWorkMs: S(library.scrollWorkMs),
      libraryListMs: S(library.libraryListMs),
    },
    pageErrors: [...new Set(pageErrors)].slice(0, 10),
  },
};

if (json) {
  printTable((s) => process.stderr.write(s + '\n'));
  process.stdout.write(JSON.stringify(result) + '\n');
} else {
  printTable((s) => console.log(s));
}

function printTable(print: (s: string) => void) {
  const f = (x: number, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '–');
  // Times (unit ms) also in machine units: the median ÷ the machine-speed figure.
  const row = (name: string, s: Summary, unit: string, target: string, ok: boolean | null, d = 0) =>
    [name, `${f(s.median, d)} ${unit}`, `${f(s.min, d)}–${f(s.max, d)}`, String(s.n), unit === 'ms' ? f(perMachine(s.median), 1) : '', target, ok === null ? 'n/a' : ok ? 'met' : 'MISSED'];
  const one = (x: number) => summarize(Number.isFinite(x) ? [x] : []);
  const rows: string[][] = [['Measure', 'Median', 'Min–max', 'Runs', '÷ machine', 'Target', '']];
  rows.push(row('Machine speed: papaparse, fixed 10 MB string (start+end)', machineParse, 'ms', '', null, 2));
  rows.push(row('  fixed classification batch (200 yttranden)', machineClassify, 'ms', '', null));
  for (const { n } of SIZES) {
    const k = `${n / 1000}k`;
    rows.push(row(`Floor ${k} (decode+parse+bulkPut)`, floorOf(n), 'ms', '', null));
    rows.push(row(`Import ${k} (preview+commit)`, importOf(n), 'ms', '', null));
    rows.push(row(`  preview ${k} (read, decode, parse, validate)`, S((imports.get(n) ?? []).map((r) => r.previewMs)), 'ms', '', null));
    rows.push(row(`  commit ${k} (classify, store)`, S((imports.get(n) ?? []).map((r) => r.commitMs)), 'ms', '', null));
    const r = ratio(n);
    rows.push(row(`Import/floor ratio ${k}`, r, '×', n === 10_000 ? '≤ 1.5' : '', n === 10_000 && r.n ? r.median <= 1.5 : null, 2));
  }
  rows.push(row('Longest main-thread task during import', one(longest), 'ms', '≤ 50', Number.isFinite(longest) ? longest <= 50 : null));
  rows.push(row('Main-thread long tasks during import (10k)', S((imports.get(10_000) ?? []).map((r) => r.longtasks)), '', '0', null));
  rows.push(row('Filter → charts updated 10k (work)', filterWork, 'ms', '≤ 16 median', filterWork.n ? filterWork.median <= 16 : null, 1));
  rows.push(row('  p95', one(filterWork.p95), 'ms', '', null, 1));
  rows.push(row('  to next frame', filterFrame, 'ms', '', null, 1));
  rows.push(row('Reload → first chart 10k', reloadOf(10_000), 'ms', '', null));
  rows.push(row('Reload → first chart 50k', reloadOf(50_000), 'ms', '≤ 1000', reloadOf(50_000).n ? reloadOf(50_000).median <= 1000 : null));
  rows.push(row('PNG export (click → download)', pngS, 'ms', '', null));
  if (diarium) {
    const D = diarium;
    rows.push(row(`Diarium import: ${DIARIUM.rows} yttranden in ${DIARIUM.remisser} remisser, ${(D.bytes / 1e6).toFixed(0)} MB (preview+commit)`, one(D.totalMs), 'ms', '', null));
    rows.push(row(`  stored: yttranden (of ${DIARIUM.rows})`, one(D.responses), '', String(DIARIUM.rows), D.responses === DIARIUM.rows));
    rows.push(row(`  stored: new remisser (of ${DIARIUM.remisser})`, one(D.consultations), '', String(DIARIUM.remisser), D.consultations === DIARIUM.remisser));
    if (diariumOne) {
      rows.push(row('  the same rows as one remiss (preview+commit)', one(diariumOne.totalMs), 'ms', '', null));
      const ratio = diariumOne.totalMs / D.totalMs;
      rows.push(row('  throughput in 5,000 remisser ÷ in one', one(ratio), '×', '≈ 1', ratio >= 0.85, 2));
    }
  }
  if (library) {
    const L = library;
    rows.push(row(`Switch remiss, ${L.remisser} remisser / ${L.responses} yttranden (click → count shown)`, S(L.switchMs), 'ms', '≤ 200', S(L.switchMs).median <= 200));
    rows.push(row('  picker opens (incl. driver round trip)', S(L.pickerOpenMs), 'ms', '', null));
    rows.push(row('  picker search, a dnr pasted (5,001 → 1)', S(L.pickerFilterMs), 'ms', '', null, 1));
    rows.push(row('  picker scroll, frame to frame', S(L.scrollFrameMs), 'ms', '≤ 16.7 p95', S(L.scrollFrameMs).p95 <= 16.7, 1));
    rows.push(row('  picker scroll, rows redrawn and laid out per step', S(L.scrollWorkMs), 'ms', '', null, 1));
    rows.push(row('  library list opens (click → rows and counts)', S(L.libraryListMs), 'ms', '', null));
  }
  rows.push(row('Initial JS (gzip)', one(js.gzipKB), 'KB', '≤ 100', js.gzipKB <= 100, 1));
  rows.push(row('Classifier (Node)', cls.mbps, 'MB/s', '≥ 20', cls.mbps.median >= 20, 2));
  rows.push(row(`Classifier 5 MB adversarial (first ${cls.analysedCap} chars analysed), worst: ${cls.worst.name}`, one(cls.worst.ms5MB), 'ms', 'linear', cls.adversarial.every((a) => a.scale < 2), 0));
  rows.push(row(`  worst ms/char at ${cls.analysedCap} ÷ at ${cls.analysedCap / 10} chars`, one(Math.max(...cls.adversarial.map((a) => a.scale))), '×', '≈ 1', null, 2));
  rows.push(row('Classifier 5 MB of real text in one yttrande', one(cls.concatenated5MBms), 'ms', '', null));
  rows.push(row(`Documents (Node): read + parse + classify, ${docs.count} PDF/Word`, docs.perSecond, 'docs/s', '', null));
  rows.push(row('  PDF', docs.pdfPerSecond, 'docs/s', '', null));
  rows.push(row('  Word', docs.docxPerSecond, 'docs/s', '', null));
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  print(line(rows[0]));
  print(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) print(line(r));
  print(`\n${quick ? 'quick run; ' : ''}${result.details.minutes} min. ±15 % is noise on this machine; "÷ machine" is each time over the machine-speed figure (${f(machineMs, 2)} ms today), comparable across days. JSON: npm run bench -- --json`);
  if (result.details.pageErrors.length) print(`page errors: ${result.details.pageErrors.join(' | ')}`);
}
