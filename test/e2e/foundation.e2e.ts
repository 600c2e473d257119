import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launch, openApp, waitForLibrary } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('first start', () => {
  it('loads the sample remiss through the import path and keeps it across a reload', async () => {
    const { page, context, errors } = await openApp(browser);
    await waitForLibrary(page);
    const title = await page.getByTestId('consultation-title').first().textContent();
    expect(title).toBe('Internationell strategi för Stockholms stad');
    const count = await page.getByTestId('response-count').textContent();
    expect(Number(count!.split(' ')[0])).toBeGreaterThanOrEqual(44);
    await expect.poll(() => page.getByTestId('sample-notice').isVisible()).toBe(true);

    await page.reload();
    await expect.poll(() => page.getByTestId('response-count').textContent(), { timeout: 30_000 }).toBe(count);
    expect(await page.getByTestId('consultation-title').first().textContent()).toBe(title);
    // The main region says when the records have loaded (the first chart may stand on stored columns before).
    await expect.poll(() => page.locator('main#main').getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
    // Loaded once: a reload does not import the sample a second time.
    expect(await page.evaluate(() => localStorage.getItem('remissradar.sampleOffered'))).toBe('1');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switches the interface to English and back', async () => {
    const { page, context } = await openApp(browser);
    await page.getByTestId('response-count').waitFor();
    await page.getByRole('button', { name: 'In English' }).click();
    await expect.poll(() => page.getByTestId('response-count').textContent()).toMatch(/responses$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'På svenska' }).click();
    await expect.poll(() => page.getByTestId('response-count').textContent()).toMatch(/yttranden$/);
    await context.close();
  });

  it('has no serious or critical axe violations on the first screen', async () => {
    const { page, context } = await openApp(browser);
    await page.getByTestId('response-count').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
