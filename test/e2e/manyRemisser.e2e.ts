/**
 * A decade's library: 5,000 remisser (written straight into IndexedDB, not imported).
 * The header's remiss picker and the library list stay usable: search by title or dnr,
 * sort, keyboard, and only a bounded number of rows in the page however long the list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch, openApp, waitForLibrary } from './browser.ts';
import { seedLibraryInPage, type SeedOptions } from './seedLibrary.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const N = 5000;
const nbsp = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** Seed the library of the open page and reload it. */
export async function seed(page: Page, o: SeedOptions): Promise<void> {
  await page.evaluate(`globalThis.__name = globalThis.__name || ((f) => f); (${seedLibraryInPage.toString()})(${JSON.stringify(o)})`);
  await page.reload();
  await waitForLibrary(page);
}

describe('5,000 remisser', () => {
  it('the header picker searches title and dnr, sorts, scrolls a window of rows, and works by keyboard', async () => {
    const { page, context, errors } = await openApp(browser);
    await waitForLibrary(page);
    await seed(page, { remisser: N, perRemiss: 4 });

    const picker = page.getByTestId('remiss-picker');
    await picker.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('remiss-picker-panel');
    await panel.waitFor();
    await expect.poll(async () => nbsp(await page.getByTestId('remiss-picker-count').textContent())).toBe(`${N + 1} av ${N + 1} remisser`.replace(/(\d)(\d{3})\b/g, '$1 $2'));
    // Only the rows in view (and a few either side) exist.
    expect(await page.getByTestId('remiss-option').count()).toBeLessThan(30);
    expect(await axeViolations(page)).toEqual([]);

    // Scrolled to the end, the last remisser are drawn, still a bounded number.
    await page.locator('[role=listbox]').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => page.getByTestId('remiss-option').last().getAttribute('aria-posinset')).toBe(String(N + 1));
    expect(await page.getByTestId('remiss-option').count()).toBeLessThan(30);

    // By diarienummer: one match. The search box has the focus: type, arrow, Enter.
    await page.keyboard.type('2019/00004');
    await expect.poll(async () => nbsp(await page.getByTestId('remiss-picker-count').textContent())).toBe('1 av 5 001 remisser');
    expect(await page.getByTestId('remiss-option').locator('.title').textContent()).toBe('Kulturstrategi 2019 nr 4');
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.locator('.name').textContent()).toBe('Kulturstrategi 2019 nr 4');
    await expect.poll(() => page.getByTestId('response-count').textContent()).toBe('4 yttranden');
    expect(await panel.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('remiss-picker');

    // By words of the title in any order, then arrows pick the second match.
    await page.keyboard.press('Enter');
    // Opened again, the panel is there at once and has the focus: typing goes to its search box.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('remiss-picker-search');
    await page.keyboard.type('2020 avfallsplan');
    // Typing filters as it goes: wait until the whole query has been applied.
    const options = () => page.getByTestId('remiss-option').locator('.title').allTextContents();
    await expect.poll(async () => (await options()).every((t) => t.startsWith('Avfallsplan 2020 nr '))).toBe(true);
    const titles = await options();
    expect(titles.length).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.locator('.name').textContent()).toBe(titles[1]);

    // Sorted by count: the example (46 yttranden) comes first; Escape closes without switching.
    await picker.click();
    await page.getByTestId('remiss-picker-sort').selectOption('count');
    await expect.poll(() => page.getByTestId('remiss-option').first().locator('.sub').textContent()).toContain('46 yttr.');
    await page.getByTestId('remiss-picker-search').focus();
    await page.keyboard.press('Escape');
    expect(await panel.count()).toBe(0);
    expect(await picker.locator('.name').textContent()).toBe(titles[1]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the library list shows 50 at a time, searches and sorts all 5,001', async () => {
    const { page, context, errors } = await openApp(browser);
    await waitForLibrary(page);
    await seed(page, { remisser: N, perRemiss: 2 });
    await page.getByRole('link', { name: 'Bibliotek' }).click();
    await page.getByTestId('library-list').waitFor();
    expect(await page.getByTestId('library-row').count()).toBe(50);
    expect(nbsp(await page.getByTestId('library-shown').textContent())).toBe('Visar 50 av 5 001.');
    await page.getByTestId('library-more').click();
    await expect.poll(() => page.getByTestId('library-row').count()).toBe(100);

    await page.getByTestId('library-search').fill('KS 2016/00001');
    await expect.poll(() => page.getByTestId('library-title').allTextContents()).toEqual(['Trafikplan 2016 nr 1']);
    // Every word somewhere in the title or the dnr, in any order.
    await page.getByTestId('library-search').fill('2018 äldreomsorgsplan');
    await expect.poll(async () => (await page.getByTestId('library-title').allTextContents()).length).toBeGreaterThan(5);
    expect((await page.getByTestId('library-title').allTextContents()).every((t) => t.startsWith('Äldreomsorgsplan 2018 nr '))).toBe(true);
    await page.getByTestId('library-search').fill('finns inte alls');
    await expect.poll(() => page.getByTestId('library-none').textContent()).toContain('Ingen remiss matchar');

    await page.getByTestId('library-search').fill('');
    await page.getByTestId('library-sort').selectOption('title');
    await expect.poll(async () => (await page.getByTestId('library-title').allTextContents())[0]).toBe('Avfallsplan 2016 nr 11');
    await page.getByTestId('library-sort').selectOption('count');
    await expect.poll(async () => (await page.getByTestId('library-count').allTextContents())[0]).toBe('46');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
