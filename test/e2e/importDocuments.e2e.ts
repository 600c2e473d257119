import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch, openApp, waitForLibrary } from './browser.ts';
import { unpackRecord } from '../../src/lib/db/packRecord.ts';
import type { ResponseRecord } from '../../src/lib/domain/types.ts';
import { folderDocument, folderEntry, REMISS } from '../fixtures/documents/generate.ts';

const DOCS = 'test/fixtures/documents';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function gotoImport(page: Page) {
  await waitForLibrary(page);
  await page.getByRole('link', { name: 'Import' }).click();
  await page.getByTestId('dropzone').waitFor();
}

/** The stored yttranden of the remiss with this title: respondent → [date, stance]. */
async function stored(page: Page, title: string): Promise<Record<string, [string | undefined, string | undefined]>> {
  const { consultations, responses } = await page.evaluate(async () => {
    const req = indexedDB.open('remissradar');
    const db: IDBDatabase = await new Promise((res, rej) => ((req.onsuccess = () => res(req.result)), (req.onerror = () => rej(req.error))));
    const all = (store: string): Promise<unknown[]> =>
      new Promise((res) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => res(r.result);
      });
    const out = { consultations: await all('consultations'), responses: await all('responses') };
    db.close();
    return out;
  });
  const id = (consultations as { id: number; title: string }[]).find((c) => c.title === title)?.id;
  const rows = responses.map((x) => unpackRecord(x as ResponseRecord)).filter((r) => r.consultationId === id);
  return Object.fromEntries(rows.map((r) => [r.respondent, [r.date, r.classification?.stance]]));
}

describe('import of documents as published', () => {
  it('reads a PDF and a Word tjänsteutlåtande, lets the date be corrected, and stores one yttrande each with its stance', async () => {
    const { page, context, errors } = await openApp(browser);
    await gotoImport(page);
    await page.getByTestId('import-input').setInputFiles([`${DOCS}/miljo-och-halsoskyddsnamnden.pdf`, `${DOCS}/socialnamnden.docx`]);
    const docs = page.getByTestId('document');
    await expect.poll(() => docs.count(), { timeout: 30_000 }).toBe(2);
    expect(await page.getByTestId('doc-respondent').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['Miljö- och hälsoskyddsnämnden', 'Socialnämnden']);
    expect(await page.getByTestId('doc-date').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['2017-03-14', '2017-03-21']);
    expect(await page.getByTestId('doc-consultation').first().inputValue()).toBe(REMISS);
    expect(await docs.first().textContent()).toContain('Dnr: 2017-04512');
    expect(await docs.first().textContent()).not.toContain('Sida 1');

    // Correct the PDF's date: the worker parses again and says the value is the user's.
    await page.getByTestId('doc-date').first().fill('2017-03-15');
    await page.getByTestId('doc-date').first().press('Enter');
    await expect.poll(() => docs.first().textContent()).toContain('rättat av dig');
    expect(await axeViolations(page)).toEqual([]);

    // The remiss named in the documents is suggested as the new remiss's title.
    await page.getByLabel('En ny remiss').check();
    expect(await page.getByLabel('Remissens titel').inputValue()).toBe(REMISS);
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-result').waitFor({ timeout: 30_000 });
    expect(await stored(page, REMISS)).toEqual({
      'Miljö- och hälsoskyddsnämnden': ['2017-03-15', 'opposing'],
      Socialnämnden: ['2017-03-21', 'supporting'],
    });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads exactly the data sheet of a workbook with a notes sheet and a title row, with Excel row numbers and ISO dates', async () => {
    const { page, context, errors } = await openApp(browser);
    await gotoImport(page);
    await page.getByTestId('import-input').setInputFiles(`${DOCS}/yttranden-arbetsbok.xlsx`);
    await page.getByTestId('file-preview').waitFor();
    expect(await page.getByTestId('sheet').inputValue()).toBe('Yttranden');
    expect(await page.getByTestId('rows-found').textContent()).toBe('5 yttranden hittades');
    const firstRow = await page.getByTestId('preview-rows').locator('tbody tr').first().locator('td').allTextContents();
    expect(firstRow.slice(0, 2)).toEqual(['5', 'Kulturnämnden']);
    expect(firstRow[3]).toBe('2017-03-02');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a scanned PDF with a message saying it has no text layer', async () => {
    const { page, context } = await openApp(browser);
    await gotoImport(page);
    await page.getByTestId('import-input').setInputFiles(`${DOCS}/inskannad.pdf`);
    const err = page.getByTestId('import-error');
    await err.waitFor({ timeout: 30_000 });
    expect(await err.textContent()).toMatch(/inskannad\.pdf: PDF-filen har inget textlager.*OCR/);
    await context.close();
  });

  it('imports a folder of 60 PDF and Word files as 60 yttranden in one remiss, with one line for the file that could not be read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'remissradar-mapp-'));
    for (let i = 0; i < 60; i++) {
      const d = await folderDocument(i);
      writeFileSync(join(dir, d.name), d.bytes);
    }
    writeFileSync(join(dir, 'trasig.pdf'), '%PDF-1.4\ndet här är ingen riktig pdf');
    writeFileSync(join(dir, '.DS_Store'), new Uint8Array([0, 0, 0, 1, 66, 117, 100, 49]));
    const { page, context, errors } = await openApp(browser);
    await gotoImport(page);
    await page.getByTestId('import-folder').setInputFiles(dir);
    await expect.poll(() => page.getByTestId('document').count(), { timeout: 60_000 }).toBe(60);
    const failed = await page.getByTestId('import-error').allTextContents();
    expect(failed).toHaveLength(1);
    expect(failed[0]).toContain('trasig.pdf');
    await page.getByLabel('En ny remiss').check();
    expect(await page.getByLabel('Remissens titel').inputValue()).toBe(REMISS);
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-result').waitFor({ timeout: 60_000 });
    const rows = await stored(page, REMISS);
    expect(Object.keys(rows)).toHaveLength(60);
    for (let i = 0; i < 60; i++) {
      const e = folderEntry(i);
      expect(rows[e.respondent]).toEqual([e.date, e.stance]);
    }
    await expect.poll(() => page.getByTestId('response-count').textContent()).toBe('60 yttranden');
    expect(errors).toEqual([]);
    await context.close();
  });
});
