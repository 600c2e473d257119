import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium.ts';

const require = createRequire(import.meta.url);

/** One browser per test file; a fresh context (fresh IndexedDB) per test. */
export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS, headless: true });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** Open the app in a new context; collects page errors so tests can assert there were none. */
export async function openApp(browser: Browser, path = '/', viewport = { width: 1280, height: 900 }): Promise<Session> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'sv-SE' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url(path));
  return { context, page, errors };
}

export function url(path: string): string {
  return inject('baseUrl') + path;
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Run axe-core in the page; returns the serious and critical violations. */
export async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  // Evaluated over the DevTools protocol: the page's strict CSP forbids inline scripts, rightly.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
  return result.filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical');
}

/** Wait until the library has answered and the header shows a count of yttranden (the sample on first start). */
export async function waitForLibrary(page: Page): Promise<void> {
  // The header says "0 yttranden" for a moment before the example remiss has landed.
  await expect.poll(() => page.getByTestId('response-count').textContent(), { timeout: 30_000 }).toMatch(/^[1-9][\d\s\u00a0\u202f]* yttranden?$/);
}

/** Switch remiss with the header's remiss picker, as a person would: open, type, choose. */
export async function chooseRemiss(page: Page, title: string): Promise<void> {
  await page.getByTestId('remiss-picker').click();
  await page.getByTestId('remiss-picker-search').fill(title);
  await page.getByTestId('remiss-option').filter({ has: page.locator('.title', { hasText: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) }).first().click();
  await expect.poll(() => page.getByTestId('remiss-picker').locator('.name').textContent()).toBe(title);
}

/** The titles the remiss picker offers (all of them while they fit its window). */
export async function remissTitles(page: Page): Promise<string[]> {
  if (!(await page.getByTestId('remiss-picker').count())) return [];
  await page.getByTestId('remiss-picker').click();
  await page.getByTestId('remiss-option').first().waitFor();
  const titles = await page.getByTestId('remiss-option').locator('.title').allTextContents();
  await page.keyboard.press('Escape');
  await page.getByTestId('remiss-picker-panel').waitFor({ state: 'detached' });
  return titles;
}

/**
 * Click a heatmap cell as a person does: where the row of `respondent` (its label) meets
 * the column of `theme` (its heading). The heatmap has one focusable cell and finds the
 * cell under the pointer from its coordinates.
 */
export async function clickHeatmapCell(page: Page, respondent: string, theme: string): Promise<void> {
  const chart = page.locator('svg[data-chart=heatmap]');
  const row = chart.locator('text.label[text-anchor=end]', { hasText: new RegExp(`^${respondent.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
  const column = chart.locator('text.label[text-anchor=middle]', { hasText: new RegExp(`^${theme}$`) });
  await row.scrollIntoViewIfNeeded();
  const r = (await row.boundingBox())!;
  const c = (await column.boundingBox())!;
  await page.mouse.click(c.x + c.width / 2, r.y + r.height / 2);
}

/** How many cells the heatmap draws (its colour paths say how many each). */
export async function heatmapCellCount(page: Page): Promise<number> {
  return page
    .locator('svg[data-chart=heatmap] path[data-fill]')
    .evaluateAll((ps) => ps.reduce((n, p) => n + Number(p.getAttribute('data-cells')), 0));
}
