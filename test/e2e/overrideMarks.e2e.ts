import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { clickHeatmapCell, launch, openApp, waitForLibrary } from './browser.ts';

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
    await clickHeatmapCell(page, 'Bromma stadsdelsnämnd', 'Samverkan');
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
    const marks = page.locator('svg[data-chart=heatmap] [data-testid=override-mark]');
    await expect.poll(() => marks.count()).toBeGreaterThan(0);
    // The marks sit on Bromma's row (its label's height), and the cell clicked says so in its name.
    const bromma = (await page.locator('svg[data-chart=heatmap] text.label[text-anchor=end]', { hasText: /^Bromma stadsdelsnämnd$/ }).boundingBox())!;
    const tops = await marks.evaluateAll((ms) => ms.map((m) => m.getBoundingClientRect().top));
    expect(tops.some((t) => t >= bromma.y - 12 && t <= bromma.y + bromma.height)).toBe(true);
    const label = await page.locator('svg[data-chart=heatmap] [data-testid=cell]').getAttribute('aria-label');
    expect(label).toMatch(/^Bromma stadsdelsnämnd, Samverkan: .*manuellt/i);
    // The table gives every cell, Bromma's with the manual change.
    await page.getByTestId('table-toggle-heatmap').click();
    const tableRow = page.getByTestId('chart-table-heatmap').locator('tr', { hasText: 'Bromma stadsdelsnämnd' });
    await expect.poll(() => tableRow.textContent()).toMatch(/manuellt/i);
    await page.getByTestId('table-toggle-heatmap').click();

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
