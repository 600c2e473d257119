/** Measurements in headless Chromium: the floor page and the built app, both served by vite preview. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, findChromium } from '../../../test/e2e/chromium.ts';
import type { FloorResult } from './floor/protocol.ts';
import { instrument, type PageMarks } from './page.ts';

export interface Servers {
  app: string;
  floor: string;
  close(): Promise<void>;
}

export async function startServers(appDist: string, floorDist: string): Promise<Servers> {
  const app: PreviewServer = await preview({ build: { outDir: appDist }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const floor: PreviewServer = await preview({
    configFile: false,
    root: process.cwd(),
    build: { outDir: floorDist },
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const url = (s: PreviewServer) => s.resolvedUrls!.local[0].replace(/\/$/, '');
  return {
    app: url(app),
    floor: url(floor),
    async close() {
      await Promise.all([app.close(), floor.close()]);
    },
  };
}

export function launchChromium(): Promise<Browser> {
  // --expose-gc: before a reload the bench collects the page's garbage, as an idle tab would have (reloadToFirstChart).
  return chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'], headless: true });
}

const LONG = 15 * 60_000;

// ---------------------------------------------------------------- floor

export async function floorRun(browser: Browser, base: string, csv: string): Promise<FloorResult> {
  const context = await browser.newContext();
  try {
    await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
    const page = await context.newPage();
    await page.goto(base + '/index.html');
    await page.waitForFunction(() => typeof window.__floorReset === 'function');
    await page.evaluate(() => window.__floorReset!());
    await page.locator('#file').setInputFiles(csv);
    await page.waitForFunction(() => window.__floor != null, undefined, { timeout: LONG, polling: 200 });
    const r = await page.evaluate(() => window.__floor!);
    if ('error' in r) throw new Error(`floor: ${r.error}`);
    return r;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- app

export interface AppSession {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A fresh profile (empty IndexedDB) with the app loaded and its sample remiss imported. */
export async function openApp(browser: Browser, base: string): Promise<AppSession> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', acceptDownloads: true });
  // As a string with a `__name` shim: tsx (esbuild keepNames) wraps inner functions in
  // __name(), which does not exist in the page; page.evaluate callbacks need it too.
  await context.addInitScript({ content: `globalThis.__name = globalThis.__name || ((f) => f);\n(${instrument.toString()})();` });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(base + '/');
  await page.waitForFunction(() => /^[\d\s\u00a0\u202f]+ yttranden$/.test(document.querySelector('[data-testid=response-count]')?.textContent ?? ''), undefined, {
    timeout: 60_000,
  });
  return { context, page, errors };
}

export interface ImportFigures {
  rows: number;
  /** change event → preview (bytes read, transferred, decoded, parsed, validated). */
  previewMs: number;
  /** confirm click → result (classified and stored). */
  commitMs: number;
  /** previewMs + commitMs: the whole pipeline, comparable with the floor. */
  totalMs: number;
  longtasks: number;
  longestTaskMs: number;
  /** The second after the result (the library re-reads the records and the views update). */
  longtasksAfter: number;
  longestAfterMs: number;
  resultText: string;
}

/** Import a CSV through the Import view, as a person would, into the selected (sample) remiss. */
export async function importThroughUi(s: AppSession, csv: string): Promise<ImportFigures> {
  const { page } = s;
  await page.getByRole('link', { name: 'Import' }).click();
  await page.getByTestId('dropzone').waitFor();
  await page.evaluate(() => {
    const m = window.__bench;
    m.change = m.preview = m.confirm = m.result = null;
  });
  await page.getByTestId('import-input').setInputFiles(csv);
  await page.getByTestId('import-confirm').waitFor({ timeout: LONG });
  await page.evaluate(() => {
    window.__bench.confirm = performance.now();
    document.querySelector<HTMLButtonElement>('[data-testid=import-confirm]')!.click();
  });
  await page.getByTestId('import-result').waitFor({ timeout: LONG });
  await page.waitForTimeout(1000);
  const m: PageMarks = await page.evaluate(() => window.__bench);
  const resultText = (await page.getByTestId('import-result').textContent()) ?? '';
  if (m.change === null || m.preview === null || m.confirm === null || m.result === null) throw new Error(`import marks missing: ${JSON.stringify(m)}`);
  const during = m.longtasks.filter((t) => t.start >= m.change! && t.start < m.result!);
  const after = m.longtasks.filter((t) => t.start >= m.result! && t.start < m.result! + 1000);
  const rows = Number(/(\d+) nya/.exec(resultText)?.[1] ?? NaN);
  return {
    rows,
    previewMs: m.preview - m.change,
    commitMs: m.result - m.confirm,
    totalMs: m.preview - m.change + (m.result - m.confirm),
    longtasks: during.length,
    longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    longtasksAfter: after.length,
    longestAfterMs: Math.max(0, ...after.map((t) => t.duration)),
    resultText: resultText.replace(/\s+/g, ' ').trim(),
  };
}

/** From the import result to the overview of the imported remiss; returns its URL. */
export async function toOverview(s: AppSession): Promise<string> {
  await s.page.locator('[data-testid=import-result] button.primary').click();
  await s.page.waitForFunction(() => location.hash.startsWith('#/oversikt'));
  await waitForChart(s.page, 60_000);
  return s.page.url();
}

async function waitForChart(page: Page, timeout: number): Promise<boolean> {
  try {
    await page.waitForFunction(() => window.__bench.firstChart !== null, undefined, { timeout, polling: 50 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Reload and time navigation start → first chart with segments; null when no chart appears.
 * First the app must be idle (its records loaded: `main[aria-busy]` false) and its garbage
 * collected: a reload in the middle of loading 50,000 records, or with the previous pages'
 * heaps still uncollected in the same renderer, waits 0.4–0.9 s for the old document to go
 * (measured 2026-12-03: unloadEventEnd 20 ms → 440–880 ms, the heap growing 84 → 430 MB over
 * six reloads), which is the test's doing, not a person's next morning.
 */
export async function reloadToFirstChart(s: AppSession): Promise<{ ms: number | null; count: string }> {
  await s.page.waitForFunction(() => !document.querySelector('[aria-busy=true]'), undefined, { timeout: 120_000 });
  await s.page.evaluate(() => (globalThis as { gc?: () => void }).gc?.());
  await s.page.reload({ waitUntil: 'commit' });
  const ok = await waitForChart(s.page, 120_000);
  const ms = ok ? await s.page.evaluate(() => window.__bench.firstChart) : null;
  await s.page.waitForFunction(() => /^[\d\s\u00a0\u202f]+ yttranden$/.test(document.querySelector('[data-testid=response-count]')?.textContent ?? ''), undefined, { timeout: 120_000 });
  const count = (await s.page.getByTestId('response-count').textContent()) ?? '';
  return { ms, count };
}

export interface FilterFigures {
  /** Change → DOM updated and laid out (the work a frame must fit). */
  workMs: number[];
  /** Change → the next frame after it (rAF, then a task after the frame). */
  frameMs: number[];
  /** Chart DOM mutations per change (0 would mean the filter did not reach the charts). */
  mutations: number[];
}

/**
 * Toggle a respondent-kind filter through the URL hash (what a filter control or a
 * shared link does), `n` times, on the overview.
 */
export async function filterChanges(s: AppSession, n: number): Promise<FilterFigures> {
  return s.page.evaluate(async (n) => {
    const base = location.hash.replace(/[?&](typ|stallning)=[^&]*/g, '');
    const sep = base.includes('?') ? '&' : '?';
    const hashes = ['typ=facknamnd', '', 'typ=stadsdelsnamnd', '', 'stallning=opposing', ''].map((q) => (q ? `${base}${sep}${q}` : base));
    const nextTask = () =>
      new Promise<void>((r) => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => r();
        ch.port2.postMessage(0);
      });
    const out = { workMs: [] as number[], frameMs: [] as number[], mutations: [] as number[] };
    for (let i = 0; i < n + 2; i++) {
      const h = hashes[i % hashes.length];
      let mutations = 0;
      const mo = new MutationObserver((l) => {
        for (const r of l) if ((r.target as Element).closest?.('svg[data-chart]') || (r.target as Element).querySelector?.('svg[data-chart]')) mutations++;
      });
      mo.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
      await new Promise((r) => setTimeout(r, 150));
      const t0 = performance.now();
      history.replaceState(null, '', h);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await nextTask(); // Svelte flushes in a microtask: the DOM is updated before this task
      document.body.getBoundingClientRect();
      const t1 = performance.now();
      await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const t2 = performance.now();
      mo.disconnect();
      if (i >= 2) {
        out.workMs.push(t1 - t0);
        out.frameMs.push(t2 - t0);
        out.mutations.push(mutations);
      }
    }
    return out;
  }, n);
}

/**
 * Export a PNG the way a person does: the report's PNG button if there is one, else the
 * first PNG button on the overview. Click → the download link is clicked (in-page), and
 * the download must arrive. Null when the UI has no PNG button yet.
 */
export async function pngExport(s: AppSession, overviewUrl: string): Promise<{ ms: number; where: string } | null> {
  const { page } = s;
  const candidates: { url: string; selector: string; where: string }[] = [
    { url: overviewUrl.replace('#/oversikt', '#/rapport'), selector: '[data-testid=report-png]', where: 'report' },
    { url: overviewUrl, selector: 'button:has-text("PNG")', where: 'overview' },
  ];
  for (const c of candidates) {
    await page.goto(c.url);
    await page.waitForTimeout(1500);
    const button = page.locator(c.selector).first();
    if (!(await button.count()) || !(await button.isVisible())) continue;
    await page.evaluate(() => (window.__bench.download = null));
    const download = page.waitForEvent('download', { timeout: 60_000 });
    const t0 = await button.evaluate((el) => {
      const t = performance.now();
      (el as HTMLElement).click();
      return t;
    });
    const d = await download;
    const t1 = await page.evaluate(() => window.__bench.download);
    if (!d.suggestedFilename().toLowerCase().endsWith('.png') || t1 === null) continue;
    return { ms: t1 - t0, where: c.where };
  }
  return null;
}
