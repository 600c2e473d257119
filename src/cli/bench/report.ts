/**
 * The benchmark's result: one JSON object (the headline figures, each time also in machine
 * units, and the details) and the table printed for people. Pure arithmetic over the
 * figures measured; nothing here measures.
 */
import { ratioOf, summarize, type Summary } from './workload/stats.ts';
import type { ClassifierFigures, InitialJs } from './node.ts';
import type { DocumentFigures } from './documents.ts';
import type { MachineFigures } from './machine.ts';
import type { ChromiumFigures } from './chromiumRuns.ts';
import type { cliTexts } from '../../i18n/cli.ts';

export interface BenchFigures extends ChromiumFigures {
  machineStart: MachineFigures;
  machineEnd: MachineFigures;
  js: InitialJs;
  cls: ClassifierFigures;
  docs: DocumentFigures;
  sizes: readonly { n: number; runs: number }[];
  files: ReadonlyMap<number, { path: string; bytes: number }>;
  diariumPlan: { rows: number; remisser: number };
  quick: boolean;
  /** performance.now() when the bench started. */
  started: number;
}

/** The result object and the table that prints it. */
export function benchReport(figures: BenchFigures, tx: ReturnType<typeof cliTexts>) {
  const { machineStart, machineEnd, js, cls, docs, sizes: SIZES, files, diariumPlan: DIARIUM, quick, started } = figures;
  const { floors, imports, reloads, filter, png, pageErrors, library, diarium, diariumOne } = figures;
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

  function printTable(print: (s: string) => void) {
      const f = (x: number, d = 0) => (Number.isFinite(x) ? x.toFixed(d) : '–');
      // Times (unit ms) also in machine units: the median ÷ the machine-speed figure.
      const row = (name: string, s: Summary, unit: string, target: string, ok: boolean | null, d = 0) =>
        [name, `${f(s.median, d)} ${unit}`, `${f(s.min, d)}–${f(s.max, d)}`, String(s.n), unit === 'ms' ? f(perMachine(s.median), 1) : '', target, ok === null ? 'n/a' : ok ? tx('cli.bench.met') : tx('cli.bench.missed')];
      const one = (x: number) => summarize(Number.isFinite(x) ? [x] : []);
      const rows: string[][] = [[tx('cli.bench.col.measure'), tx('cli.bench.col.median'), tx('cli.bench.col.range'), tx('cli.bench.col.runs'), tx('cli.bench.col.machine'), tx('cli.bench.col.target'), '']];
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
      rows.push(row('Classifier (Node)', cls.mbps, 'MB/s', '≥ 20', cls.mbps.n ? cls.mbps.median >= 20 : null, 2));
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
      print(`\n${tx('cli.bench.footer', { quick: quick ? tx('cli.bench.quick') : '', minutes: String(result.details.minutes), machine: f(machineMs, 2) })}`);
      if (result.details.pageErrors.length) print(tx('cli.bench.pageErrors', { errors: result.details.pageErrors.join(' | ') }));
  }

  return { result, printTable };
}
