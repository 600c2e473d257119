import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch, openApp, remissTitles, waitForLibrary } from './browser.ts';
import { unpackRecord } from '../../src/lib/db/packRecord.ts';

const FIXTURES = 'test/fixtures/e2e';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function ready(page: Page) {
  await waitForLibrary(page);
}

async function gotoImport(page: Page) {
  await page.getByRole('link', { name: 'Import' }).click();
  await page.getByTestId('dropzone').waitFor();
}

describe('import', () => {
  it('imports a Windows-1252 semicolon CSV with a preview, keeps å/ä/ö, and keeps it across a reload', async () => {
    const { page, context, errors } = await openApp(browser);
    await ready(page);
    await gotoImport(page);
    await page.getByTestId('import-input').setInputFiles(`${FIXTURES}/yttranden-cp1252.csv`);

    const preview = page.getByTestId('file-preview');
    await preview.waitFor();
    expect(await page.getByTestId('encoding').inputValue()).toBe('windows-1252');
    expect(await page.getByTestId('delimiter').inputValue()).toBe(';');
    expect(await page.getByTestId('rows-found').textContent()).toBe('3 yttranden hittades');
    const rows = await page.getByTestId('preview-rows').textContent();
    expect(rows).toContain('Östermalms stadsdelsnämnd');
    expect(rows).toContain('Älvsjö stadsdelsnämnd');
    expect(rows).toContain('2016-09-22'); // 22/9/2016 read as a date with no shift
    expect(rows).not.toContain('\uFFFD');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('En ny remiss').check();
    await page.getByLabel('Remissens titel').fill('Testremiss om åäö');
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-result').textContent()).toContain('3 nya, 0 ändrade, 0 oförändrade, 0 rader med problem');
    await expect.poll(() => page.getByTestId('response-count').textContent()).toBe('3 yttranden');

    await page.reload();
    await expect.poll(() => page.getByTestId('response-count').textContent(), { timeout: 30_000 }).toBe('3 yttranden');
    expect(await page.getByTestId('remiss-picker').locator('.name').textContent()).toBe('Testremiss om åäö');
    // The stored names read back from IndexedDB, decoded correctly.
    const names = await page.evaluate(async () => {
      const req = indexedDB.open('remissradar');
      const db: IDBDatabase = await new Promise((res, rej) => ((req.onsuccess = () => res(req.result)), (req.onerror = () => rej(req.error))));
      const all: unknown[] = await new Promise((res) => {
        const r = db.transaction('responses').objectStore('responses').getAll();
        r.onsuccess = () => res(r.result);
      });
      db.close();
      return all;
    }).then((rows) => rows.map((x) => unpackRecord(x as { respondent: string }).respondent));
    expect(names).toEqual(expect.arrayContaining(['Östermalms stadsdelsnämnd', 'Älvsjö stadsdelsnämnd', 'Skärholmens stadsdelsnämnd']));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a PNG renamed .csv with a Swedish message and changes nothing', async () => {
    const { page, context } = await openApp(browser);
    await ready(page);
    const before = await page.getByTestId('response-count').textContent();
    await gotoImport(page);
    await page.getByTestId('import-input').setInputFiles(`${FIXTURES}/bild.csv`);
    const err = page.getByTestId('import-error');
    await err.waitFor();
    const message = (await err.textContent()) ?? '';
    expect(message).toContain('bild.csv');
    expect(message).toMatch(/PNG/);
    expect(await page.getByTestId('import-confirm').count()).toBe(0);
    await page.getByRole('button', { name: 'Börja om' }).click();
    await page.getByTestId('dropzone').waitFor();
    expect(await page.getByTestId('response-count').textContent()).toBe(before);
    await page.reload();
    await expect.poll(() => page.getByTestId('response-count').textContent(), { timeout: 30_000 }).toBe(before);
    expect(await page.getByTestId('remiss-picker').count()).toBe(0); // still only the sample remiss
    await context.close();
  });

  it('in English, a refused file and the problems of a row are told in English', async () => {
    const { page, context } = await openApp(browser);
    await ready(page);
    await page.getByRole('button', { name: 'In English' }).click();
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByTestId('dropzone').waitFor();
    const bad = 'Nämnd;Yttrande;Datum\nA-nämnden;Bra.;2016-02-30\n;Text utan nämnd;\n';
    await page.getByTestId('import-input').setInputFiles([
      { name: 'bild.csv', mimeType: 'text/csv', buffer: readFileSync(`${FIXTURES}/bild.csv`) },
      { name: 'rader.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) },
    ]);
    const err = page.getByTestId('import-error');
    await err.waitFor();
    expect(await err.textContent()).toContain('bild.csv: The file is a PNG image');
    const cards = await page.getByTestId('file-preview').allTextContents();
    const rows = cards.find((c) => c.includes('rader.csv')) ?? '';
    expect(rows).toContain('rader.csv, row 2, column "Datum": invalid date "2016-02-30".');
    expect(rows).toContain('rader.csv, row 3, column "Nämnd": the respondent (committee) is missing; the row was skipped.');
    for (const sv of ['Filen är', 'ogiltigt datum', 'saknas', 'hoppades']) expect(cards.join('\n')).not.toContain(sv);
    await context.close();
  });

  it('a cancel late in a larger import (classified on several workers) stores nothing of the file', async () => {
    // ~6,000 yttranden, ~10 MB: classification takes seconds, so there is time to cancel
    // after most of it (when the writer has already written batches in its transaction).
    const n = 6000;
    const body = [
      'Förvaltningen har tagit del av förslaget till internationell strategi och lämnar följande synpunkter.',
      'Nämnden tillstyrker förslaget i huvudsak men vill understryka vikten av samverkan över förvaltningsgränserna.',
      'Påverkansarbetet gentemot EU bör enligt förvaltningens mening samordnas centralt av stadsledningskontoret.',
      'Förvaltningen ser positivt på att strategin lyfter fram erfarenhetsutbyte med andra städer i Norden.',
      'Det är samtidigt viktigt att resurser avsätts så att nämndernas ordinarie uppdrag inte påverkas negativt.',
    ].join(' ');
    const lines = ['Remissinstans;Datum;Yttrande'];
    for (let i = 0; i < n; i++) lines.push(`Testnämnd ${i};2016-09-22;"${body} ${body} ${body} Yttrande nummer ${i}."`);
    const file = join(mkdtempSync(join(tmpdir(), 'remissradar-e2e-')), 'stor-remiss.csv');
    writeFileSync(file, lines.join('\n'), 'utf8');

    const { page, context, errors } = await openApp(browser);
    await ready(page);
    const counts = () =>
      page.evaluate(async () => {
        const req = indexedDB.open('remissradar');
        const db: IDBDatabase = await new Promise((res, rej) => ((req.onsuccess = () => res(req.result)), (req.onerror = () => rej(req.error))));
        const out: Record<string, number> = {};
        const keys = (name: string) =>
          new Promise<number[]>((res) => {
            const r = db.transaction(name).objectStore(name).getAllKeys();
            r.onsuccess = () => res(r.result as number[]);
          });
        for (const name of Array.from(db.objectStoreNames)) {
          // The summaries are a cache the app writes a moment after a remiss's records load, so
          // their count depends on timing: what matters is that none belongs to an unknown remiss.
          if (name === 'summaries') continue;
          out[name] = await new Promise<number>((res) => {
            const r = db.transaction(name).objectStore(name).count();
            r.onsuccess = () => res(r.result);
          });
        }
        const remisser = new Set(await keys('consultations'));
        out.strayedSummaries = (await keys('summaries')).filter((id) => id !== 0 && !remisser.has(id)).length;
        db.close();
        return out;
      });
    const before = await counts();
    expect(before.strayedSummaries).toBe(0);
    await gotoImport(page);
    await page.getByTestId('import-input').setInputFiles(file);
    await page.getByTestId('import-confirm').waitFor({ timeout: 60_000 });
    await page.getByLabel('En ny remiss').check();
    await page.getByLabel('Remissens titel').fill('Stor remiss som avbryts');
    await page.getByTestId('import-confirm').click();
    // Cancel from inside the page the moment 85 % is classified (no round trip to the test).
    const at = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const check = () => {
            const bar = document.querySelector<HTMLProgressElement>('[data-testid=import-progress] progress[value]');
            if (bar && bar.value >= 85) {
              mo.disconnect();
              document.querySelector<HTMLButtonElement>('[data-testid=import-progress] button.danger')!.click();
              resolve(bar.value);
            }
          };
          const mo = new MutationObserver(check);
          mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
          check();
        }),
    );
    expect(at).toBeGreaterThanOrEqual(85);
    await page.getByText('Importen avbröts. Inget från den pågående filen sparades.').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('import-result').count()).toBe(0);
    expect(await counts()).toEqual(before);
    await page.reload();
    await ready(page);
    expect(await counts()).toEqual(before);
    expect(await remissTitles(page)).not.toContain('Stor remiss som avbryts');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
