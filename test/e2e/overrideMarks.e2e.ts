import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openApp, waitForLibrary } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('a manual assessment is marked everywhere', () => {
  it('shows in the heatmap, the yttranden table and the CSV export', async () => {
    const { page, context, errors } = await openApp(browser);
    await waitForLibrary(page);
    expect(await page.getByTestId('override-mark').count()).toBe(0);

    // Open Bromma from its heatmap cell and set its overall stance by hand.
    await page.locator('[data-respondent="Bromma stadsdelsnämnd"] > [data-testid=cell][data-theme=Samverkan]').click();
    await page.getByTestId('drilldown').getByRole('button', { name: /Bromma stadsdelsnämnd/ }).click();
    const dialog = page.getByTestId('response-detail');
    await dialog.waitFor();
    await dialog.getByLabel('Avstyrker', { exact: true }).check();
    await dialog.getByLabel('Dina initialer').fill('MN');
    await dialog.getByLabel('Motivering').fill('Beslutet säger avstyrker');
    await dialog.getByRole('button', { name: 'Spara bedömning' }).click();
    await expect.poll(() => dialog.getByTestId('overall-stance').textContent()).toContain('Manuellt bedömd');
    await dialog.getByRole('button', { name: 'Stäng' }).click();

    // Heatmap: every inherited cell of Bromma now follows the override and carries the mark.
    const marks = page.locator('[data-respondent="Bromma stadsdelsnämnd"] > [data-testid=cell] + [data-testid=override-mark]');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    const label = await page.locator('[data-respondent="Bromma stadsdelsnämnd"] > [data-testid=cell]').first().getAttribute('aria-label');
    expect(label).toMatch(/manuellt/i);

    // The yttranden table marks it.
    await page.getByRole('link', { name: 'Yttranden' }).click();
    const row = page.locator('tr', { hasText: 'Bromma stadsdelsnämnd' });
    await expect.poll(() => row.textContent()).toContain('Avstyrker');
    expect(await row.getByText('Manuellt bedömd').count()).toBeGreaterThan(0);

    // The CSV export says so, with the reason and initials.
    await page.getByRole('link', { name: 'Rapport' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ned CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const line = csv.split('\r\n').find((l) => l.startsWith('Bromma stadsdelsnämnd'))!;
    expect(line).toContain('Avstyrker');
    expect(line).toContain('Beslutet säger avstyrker');
    expect(line).toContain('MN');
    expect(errors).toEqual([]);
    await context.close();
  });
});
