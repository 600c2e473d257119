import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch, openApp, waitForLibrary } from './browser.ts';
import { unpackRecord } from '../../src/lib/db/packRecord.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const dir = mkdtempSync(join(tmpdir(), 'remissradar-groups-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text, 'utf8');
  return path;
}

async function gotoImport(page: Page) {
  await page.getByRole('link', { name: 'Import' }).click();
  await page.getByTestId('dropzone').waitFor();
}

/** Every remiss and its yttranden' nämnder, read straight from IndexedDB. */
function library(page: Page): Promise<Record<string, string[]>> {
  return page
    .evaluate(async () => {
      const req = indexedDB.open('remissradar');
      const db: IDBDatabase = await new Promise((res, rej) => ((req.onsuccess = () => res(req.result)), (req.onerror = () => rej(req.error))));
      const all = <T,>(store: string) =>
        new Promise<T[]>((res) => {
          const r = db.transaction(store).objectStore(store).getAll();
          r.onsuccess = () => res(r.result as T[]);
        });
      const out = { consultations: await all<{ id: number; title: string }>('consultations'), responses: await all<unknown>('responses') };
      db.close();
      return out;
    })
    .then(({ consultations, responses }) => {
      const out: Record<string, string[]> = {};
      for (const c of consultations) out[c.title] = [];
      const title = new Map(consultations.map((c) => [c.id, c.title]));
      for (const raw of responses) {
        const r = unpackRecord(raw as { consultationId: number; respondent: string });
        out[title.get(r.consultationId)!].push(r.respondent);
      }
      for (const k of Object.keys(out)) out[k].sort();
      return out;
    });
}

const REMISSER = ['Program för ökad jämställdhet', 'Trafikplan för innerstaden', 'Strategi för digitalisering'];
const NAMNDER = ['Kulturnämnden', 'Idrottsnämnden', 'Äldrenämnden', 'Utbildningsnämnden', 'Servicenämnden'];

describe('import of a file naming several remisser', () => {
  it('files a 3-remiss × 5-nämnd CSV as 3 remisser with 5 yttranden each', async () => {
    const rows = ['Ärende;Nämnd;Yttrande'];
    REMISSER.forEach((r, i) => NAMNDER.forEach((n, j) => rows.push(`${r};${n};Nämnden ${(i + j) % 2 ? 'avstyrker' : 'tillstyrker'} förslaget om ${r.toLowerCase()}.`)));
    const path = file('diarium.csv', rows.join('\n') + '\n');

    const { page, context, errors } = await openApp(browser);
    await waitForLibrary(page);
    await gotoImport(page);
    await page.getByTestId('import-input').setInputFiles(path);
    await page.getByTestId('file-preview').waitFor();
    expect(await page.getByTestId('rows-found').textContent()).toBe('15 yttranden hittades');
    expect(await page.getByTestId('groups-line').textContent()).toBe(
      `3 remisser: ${REMISSER.map((r) => `${r} (5, ny)`).join(', ')}`,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-result').textContent()).toContain('15 nya');

    const lib = await library(page);
    for (const r of REMISSER) expect(lib[r]).toEqual([...NAMNDER].sort());

    // The same file again updates the same three remisser: nothing new, nothing duplicated.
    await page.getByRole('button', { name: 'Importera fler filer' }).click();
    await page.getByTestId('import-input').setInputFiles(path);
    await expect.poll(() => page.getByTestId('groups-line').textContent()).toBe(
      `3 remisser: ${REMISSER.map((r) => `${r} (5, finns — uppdateras)`).join(', ')}`,
    );
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-result').textContent()).toContain('0 nya, 0 ändrade, 15 oförändrade');
    expect(Object.keys(await library(page)).filter((t) => REMISSER.includes(t))).toHaveLength(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps a person's override when a re-import's stance column says otherwise, and says so", async () => {
    const csv = (stance: string) => file(`bedomning-${stance}.csv`, `Nämnd;Ställningstagande;Yttrande\nKulturnämnden;${stance};Nämnden har tagit del av förslaget.\n`);
    const { page, context, errors } = await openApp(browser);
    await waitForLibrary(page);
    await gotoImport(page);
    await page.getByTestId('import-input').setInputFiles(csv('Tillstyrker'));
    await page.getByTestId('file-preview').waitFor();
    await page.getByLabel('En ny remiss').check();
    await page.getByLabel('Remissens titel').fill('Remiss med bedömningar');
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-result').waitFor();

    // A person overrides the file's stance in the app.
    await page.getByRole('link', { name: 'Yttranden' }).click();
    await page.getByTestId('response-row').first().click();
    const dialog = page.getByTestId('response-detail');
    await expect.poll(() => dialog.locator('h2').textContent()).toBe('Kulturnämnden');
    await dialog.getByLabel('Avstyrker', { exact: true }).check();
    await dialog.getByLabel('Dina initialer').fill('KL');
    await dialog.getByLabel('Motivering').fill('Läst beslutet');
    await dialog.getByRole('button', { name: 'Spara bedömning' }).click();
    await expect.poll(() => dialog.getByTestId('overall-stance').textContent()).toContain('Manuellt bedömd');
    await page.keyboard.press('Escape');

    // A re-import with another stance: the preview names the difference, the default keeps theirs.
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByRole('button', { name: 'Importera fler filer' }).click();
    await page.getByTestId('import-input').setInputFiles(csv('Tillstyrker med villkor'));
    await page.getByTestId('stance-conflicts').waitFor();
    expect(await page.getByTestId('stance-conflicts').textContent()).toContain('1 bedömningar i filen skiljer sig från era manuella.');
    expect(await page.getByLabel('Behåll era manuella bedömningar (rekommenderas)').isChecked()).toBe(true);
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('kept-overrides').textContent()).toContain('1 bedömningar i filen skiljde sig från era manuella; era behölls.');

    await page.getByRole('link', { name: 'Yttranden' }).click();
    await page.getByTestId('response-row').first().click();
    await expect.poll(() => dialog.getByTestId('overall-stance').textContent()).toContain('Läst beslutet');
    expect(await dialog.getByTestId('overall-stance').textContent()).toContain('Avstyrker');
    expect(errors).toEqual([]);
    await context.close();
  });
});
