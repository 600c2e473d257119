/**
 * The benchmark's measurements in headless Chromium (DESIGN.md §6): the floor page and the
 * app's import interleaved per size, reloads to the first chart, filter changes and PNG
 * export at 10k, the diarium export, and the 5,000-remiss library. Progress on `log`.
 */
import {
  filterChanges, floorRun, importThroughUi, launchChromium, openApp, pngExport, reloadToFirstChart, startServers, toOverview,
  type FilterFigures, type ImportFigures,
} from './browser.ts';
import type { FloorResult } from './floor/protocol.ts';
import { largeLibrary, type LibraryFigures } from './library.ts';
import { ensureMultiCsv } from './data.ts';
import { summarize } from './workload/stats.ts';
import type { cliTexts } from '../../i18n/cli.ts';

export type DiariumFigures = ImportFigures & { bytes: number; consultations: number; responses: number };

/** What to run: the sizes and their CSV files, how often, which parts. */
export interface ChromiumPlan {
  sizes: readonly { n: number; runs: number }[];
  files: ReadonlyMap<number, { path: string; bytes: number }>;
  reloads: Record<number, number>;
  filterChanges: number;
  quick: boolean;
  libraryOnly: boolean;
  diariumOnly: boolean;
  /** Only filter changes at 10,000 (one import, no floor, PNG, diarium or library). */
  filterOnly: boolean;
  /** Only the import against its floor (no reloads, filters, PNG, diarium or library). */
  importOnly: boolean;
  diarium: { rows: number; remisser: number };
}

export interface ChromiumFigures {
  floors: Map<number, FloorResult[]>;
  imports: Map<number, ImportFigures[]>;
  reloads: Map<number, { ms: (number | null)[]; count: string }>;
  filter: FilterFigures | null;
  png: { ms: number; where: string }[];
  pageErrors: string[];
  library: LibraryFigures | null;
  diarium: DiariumFigures | null;
  /** The same rows as one remiss: the throughput the diarium's is compared with. */
  diariumOne: DiariumFigures | null;
}

export async function chromiumFigures(
  plan: ChromiumPlan,
  appDist: string,
  floorDist: string,
  log: (s: string) => void,
  tx: ReturnType<typeof cliTexts>,
): Promise<ChromiumFigures> {
  const { sizes: SIZES, files, reloads: RELOADS, filterChanges: FILTER_CHANGES, quick, libraryOnly, diariumOnly, filterOnly, importOnly, diarium: DIARIUM } = plan;
  const servers = await startServers(appDist, floorDist);
  const browser = await launchChromium();
  const floors = new Map<number, FloorResult[]>();
  const imports = new Map<number, ImportFigures[]>();
  const reloads = new Map<number, { ms: (number | null)[]; count: string }>();
  let filter: FilterFigures | null = null;
  let png: { ms: number; where: string }[] = [];
  const pageErrors: string[] = [];
  let library: LibraryFigures | null = null;
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
        if (!filterOnly) {
          const f = await floorRun(browser, servers.floor, csv);
          floors.get(n)!.push(f);
          log(tx('cli.bench.floor', { n, total: f.totalMs.toFixed(0), read: f.readMs.toFixed(0), decode: f.decodeMs.toFixed(0), parse: f.parseMs.toFixed(0), store: f.storeMs.toFixed(0), rows: f.rows }));
        }
        const s = await openApp(browser, servers.app);
        const last = k === runs - 1;
        try {
          const r = await importThroughUi(s, csv);
          imports.get(n)!.push(r);
          log(
            tx('cli.bench.import', {
              n,
              total: r.totalMs.toFixed(0),
              preview: r.previewMs.toFixed(0),
              commit: r.commitMs.toFixed(0),
              longtasks: r.longtasks,
              longest: r.longestTaskMs.toFixed(0),
              after: r.longtasksAfter,
              longestAfter: r.longestAfterMs.toFixed(0),
              result: r.resultText.slice(0, 90),
            }),
          );
          if (last && !importOnly && (n === 10_000 || n === 50_000)) {
            const url = await toOverview(s);
            const ms: (number | null)[] = [];
            let count = '';
            for (let i = 0; i < RELOADS[n]; i++) {
              const r2 = await reloadToFirstChart(s);
              ms.push(r2.ms);
              count = r2.count;
              log(tx('cli.bench.reload', { n, ms: r2.ms === null ? tx('cli.bench.none') : r2.ms.toFixed(0) + ' ms', count: r2.count }));
            }
            reloads.set(n, { ms, count });
            if (n === 10_000) {
              filter = await filterChanges(s, FILTER_CHANGES);
              log(tx('cli.bench.filter', { work: summarize(filter.workMs).median.toFixed(1), frame: summarize(filter.frameMs).median.toFixed(1), mutations: filter.mutations.join(',') }));
              png = [];
              for (let i = 0; i < (filterOnly ? 0 : 3); i++) {
                const p = await pngExport(s, url);
                if (!p) break;
                png.push(p);
                log(tx('cli.bench.png', { where: p.where, ms: p.ms.toFixed(0) }));
              }
              if (!png.length && !filterOnly) log(tx('cli.bench.noPng'));
            }
          }
        } finally {
          pageErrors.push(...s.errors);
          await s.context.close();
        }
      }
    }
    if (!quick && !libraryOnly && !filterOnly && !importOnly) {
      // The same yttranden as the single-remiss files, filed under 5,000 remisser by a Remiss column.
      log(tx('cli.bench.diariumStart', { rows: DIARIUM.rows.toLocaleString('en'), remisser: DIARIUM.remisser.toLocaleString('en') }));
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
          log(tx('cli.bench.diarium', { remisser, ms: r.totalMs.toFixed(0), responses: stored.responses, consultations: stored.consultations, result: r.resultText.slice(0, 120) }));
          return { ...r, bytes: file.bytes, ...stored };
        } finally {
          pageErrors.push(...s.errors);
          await s.context.close();
        }
      };
      diarium = await runDiarium(DIARIUM.remisser);
      diariumOne = await runDiarium(1);
    }
    if (!diariumOnly && !filterOnly && !importOnly) {
      log(tx('cli.bench.libraryStart'));
      library = await largeLibrary(browser, servers.app, 5000, log);
      log(
        tx('cli.bench.library', {
          switch: summarize(library.switchMs).median.toFixed(0),
          max: summarize(library.switchMs).max.toFixed(0),
          picker: summarize(library.pickerFilterMs).median.toFixed(0),
          scroll: summarize(library.scrollFrameMs).p95.toFixed(0),
          list: summarize(library.libraryListMs).median.toFixed(0),
        }),
      );
    }
  } finally {
    await browser.close();
    await servers.close();
  }
  return { floors, imports, reloads, filter, png, pageErrors, library, diarium, diariumOne };
}
