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

describe('import by drag and drop', () => {
  it('takes several dropped files at once and previews each, the bad one with its Swedish error', async () => {
    const { page, context, errors } = await openApp(browser);
    await waitForLibrary(page);
    await page.getByRole('link', { name: 'Import' }).click();
    const zone = page.getByTestId('dropzone');
    await zone.waitFor();
    const files = [
      { name: 'yttranden.csv', bytes: [...readFileSync('test/fixtures/e2e/yttranden-cp1252.csv')] },
      { name: 'bild.csv', bytes: [...readFileSync('test/fixtures/e2e/bild.csv')] },
    ];
    // A real DataTransfer with real File objects, dispatched as the browser does for a drop.
    const dt = await page.evaluateHandle((fs) => {
      const d = new DataTransfer();
      for (const f of fs) d.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'text/csv' }));
      return d;
    }, files);
    await zone.dispatchEvent('dragover', { dataTransfer: dt });
    await zone.dispatchEvent('drop', { dataTransfer: dt });

    await expect.poll(() => page.getByTestId('file-preview').count()).toBe(2);
    expect(await page.getByTestId('rows-found').textContent()).toBe('3 yttranden hittades');
    expect(await page.getByTestId('import-error').textContent()).toContain('PNG');
    expect(await page.getByTestId('preview-rows').textContent()).toContain('Skärholmens stadsdelsnämnd');
    await expect.poll(() => page.getByTestId('import-confirm').textContent()).toBe('Importera 3 yttranden');
    expect(errors).toEqual([]);
    await context.close();
  });
});
