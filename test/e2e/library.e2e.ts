import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch, openApp } from './browser.ts';
import { validateBackup } from '../../src/lib/db/validateBackup.ts';
import { respondentKey } from '../../src/lib/domain/normalize.ts';
import { packRecord, unpackRecord } from '../../src/lib/db/packRecord.ts';

const SAMPLE = JSON.parse(readFileSync('data/sample/remiss.json', 'utf8')) as {
  consultation: { title: string; recipients: string[] };
  responses: { respondent: string; jointWith?: string[] }[];
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The sample remiss is loaded (first start), then the library view is open. */
async function openLibrary(page: Page) {
  await expect.poll(() => page.getByTestId('response-count').textContent(), { timeout: 30_000 }).toBe(`${SAMPLE.responses.length} yttranden`);
  await page.getByRole('link', { name: 'Bibliotek' }).click();
  await page.getByTestId('library-list').waitFor();
}

/**
 * Read one store of the app's IndexedDB directly, as the test's independent witness.
 * Records are stored packed (db/packRecord.ts): they are unpacked here with the storage
 * format's own codec.
 */
async function readStore<T>(page: Page, store: string): Promise<T[]> {
  const rows = await readRaw<T>(page, store);
  return store === 'responses' ? rows.map((r) => unpackRecord(r)) : rows;
}

function readRaw<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const req = indexedDB.open('remissradar');
    const db: IDBDatabase = await new Promise((res, rej) => ((req.onsuccess = () => res(req.result)), (req.onerror = () => rej(req.error))));
    const all = await new Promise<unknown[]>((res) => {
      const r = db.transaction(name).objectStore(name).getAll();
      r.onsuccess = () => res(r.result);
    });
    db.close();
    return all;
  }, store) as Promise<T[]>;
}

describe('library', () => {
  it('renames the remiss inline; the header shows it and it survives a reload', async () => {
    const { page, context, errors } = await openApp(browser);
    await openLibrary(page);
    expect(await page.getByTestId('library-title').textContent()).toBe(SAMPLE.consultation.title);
    await expect.poll(() => page.getByTestId('library-count').textContent()).toBe(String(SAMPLE.responses.length));
    expect(await page.getByTestId('library-row').textContent()).toContain('Exempel');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: `Ändra ${SAMPLE.consultation.title}` }).click();
    const title = page.getByLabel('Titel', { exact: true });
    expect(await title.evaluate((el) => el === document.activeElement)).toBe(true);
    // An empty title is refused with a message, and nothing is stored.
    await title.fill('   ');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    expect(await page.getByRole('alert').filter({ hasText: 'Remissen behöver en titel.' }).count()).toBe(1);
    await page.getByLabel(/Sista svarsdag/).fill('2016-02-30');
    await title.fill('Internationell strategi 2.0');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    expect(await page.getByRole('alert').filter({ hasText: 'ÅÅÅÅ-MM-DD' }).count()).toBe(1);
    await page.getByLabel(/Sista svarsdag/).fill('2016-11-30');
    await page.getByLabel('Diarienummer').fill('KS 2016/0999');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();

    await expect.poll(() => page.getByTestId('consultation-title').textContent()).toBe('Internationell strategi 2.0');
    // Focus is back on the row's edit button.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toMatch(/^Ändra/);
    await page.reload();
    await expect.poll(() => page.getByTestId('consultation-title').textContent(), { timeout: 30_000 }).toBe('Internationell strategi 2.0');
    await page.getByTestId('library-list').waitFor();
    const row = (await page.getByTestId('library-row').textContent()) ?? '';
    expect(row).toContain('KS 2016/0999');
    expect(row).toContain('2016-11-30');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('edits a theme’s keywords, reclassifies in the worker, and leaves a manual assessment alone', async () => {
    const { page, context, errors } = await openApp(browser);
    await openLibrary(page);
    // A person's assessment on one yttrande (as the review view stores it: denormalised on the record).
    const target = SAMPLE.responses[0].respondent;
    const record = (await readStore<{ respondent: string; overrides: unknown }>(page, 'responses')).find((x) => x.respondent === target)!;
    record.overrides = { overall: { stance: 'opposing', reason: 'Läst i sin helhet', initials: 'AB', at: '2026-01-01T00:00:00.000Z' }, themes: {} };
    await page.evaluate(async (row) => {
      const req = indexedDB.open('remissradar');
      const db: IDBDatabase = await new Promise((res) => (req.onsuccess = () => res(req.result)));
      const store = db.transaction('responses', 'readwrite').objectStore('responses');
      await new Promise<void>((res) => (store.put(row).onsuccess = () => res()));
      db.close();
    }, packRecord(record));

    const keywords = page.getByLabel(/^Sökord Påverkan/);
    await keywords.fill(`${await keywords.inputValue()}\nlobbyverksamhet, opinionsbildning`);
    await expect.poll(() => page.getByTestId('reclassify').textContent()).toContain('Spara och klassificera om');
    expect(await page.getByText('Manuella bedömningar ändras inte').count()).toBe(1);
    await page.getByTestId('reclassify').click();
    const done = page.getByTestId('reclassify-done');
    await done.waitFor({ timeout: 30_000 });
    expect(await done.textContent()).toContain(`${SAMPLE.responses.length} yttranden klassificerades om`);
    expect(await done.textContent()).toContain('Manuella bedömningar är oförändrade');

    const stored = await readStore<{ themes: { name: string; keywords: string[] }[] }>(page, 'consultations');
    expect(stored[0].themes.find((t) => t.name === 'Påverkan')?.keywords).toEqual(expect.arrayContaining(['lobbyverksamhet', 'opinionsbildning']));
    const records = await readStore<{ respondent: string; overrides: { overall?: { stance: string; initials: string } } }>(page, 'responses');
    expect(records.find((r) => r.respondent === target)?.overrides.overall).toMatchObject({ stance: 'opposing', initials: 'AB' });

    await page.reload();
    await page.getByTestId('library-list').waitFor({ timeout: 30_000 });
    expect(await page.getByLabel(/^Sökord Påverkan/).inputValue()).toContain('opinionsbildning');
    expect(await page.getByTestId('reclassify').textContent()).toContain('Klassificera om');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the sändlista overview: who has not answered, with counts and a status column', async () => {
    const { page, context, errors } = await openApp(browser);
    await openLibrary(page);
    // Recipients minus respondents, minus members of a joint answer (gemensamt yttrande).
    const answered = new Set(SAMPLE.responses.flatMap((r) => [r.respondent, ...(r.jointWith ?? [])]).map(respondentKey));
    const expected = SAMPLE.consultation.recipients.filter((n) => !answered.has(respondentKey(n)));
    expect(expected.length).toBeGreaterThan(0);
    const joint = SAMPLE.responses.find((r) => r.jointWith?.length);
    if (joint) {
      const row = page.locator('[data-testid=sandlista-row]', { hasText: joint.jointWith![0] });
      expect(await row.getAttribute('data-status')).toBe('joint');
      expect(await row.textContent()).toContain(`Genom yttrandet från ${joint.respondent}`);
    }

    expect(await page.getByTestId('count-missing').textContent()).toContain(`Har inte svarat ${expected.length}`);
    const missing = await page.locator('[data-testid=sandlista-row][data-status=missing] th').allTextContents();
    expect(missing).toEqual(expected);
    // The status is said in words, not only by colour or icon.
    for (const name of expected) {
      expect(await page.locator('[data-testid=sandlista-row]', { hasText: name }).locator('td').first().textContent()).toContain('Har inte svarat');
    }
    // Filter to those who have not answered.
    await page.getByTestId('count-missing').click();
    expect(await page.getByTestId('sandlista-row').count()).toBe(expected.length);

    // Remove one from the list, then add it back by hand.
    await page.getByRole('button', { name: `Ta bort ${expected[0]} från sändlistan` }).click();
    await expect.poll(() => page.getByTestId('sandlista-row').count()).toBe(expected.length - 1);
    await page.getByLabel('Lägg till en instans').fill(expected[0]);
    await page.getByRole('button', { name: 'Lägg till', exact: true }).click();
    await expect.poll(() => page.getByTestId('sandlista-row').count()).toBe(expected.length);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports a sändlista CSV and asks before replacing the list', async () => {
    const { page, context, errors } = await openApp(browser);
    await openLibrary(page);
    await page.getByTestId('sandlista-file').setInputFiles({
      name: 'sandlista.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('\uFEFFRemissinstans\r\nBromma stadsdelsnämnd\r\nNy förening i Vällingby\r\nBromma stadsdelsnämnd\r\n', 'utf8'),
    });
    const pending = page.getByTestId('sandlista-pending');
    await pending.waitFor();
    expect(await pending.textContent()).toContain('sandlista.csv: 2 instanser; 1 dubblett hoppas över; varav 1 nya');
    await page.getByRole('button', { name: 'Lägg till den nya' }).click();
    await expect.poll(() => page.getByTestId('sandlista-status').textContent()).toContain('1 instans lades till');
    const row = page.locator('[data-testid=sandlista-row]', { hasText: 'Ny förening i Vällingby' });
    expect(await row.getAttribute('data-status')).toBe('missing');
    const stored = await readStore<{ recipients: string[] }>(page, 'consultations');
    expect(stored[0].recipients).toHaveLength(SAMPLE.consultation.recipients.length + 1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('backs up, deletes with confirmation, restores, and asks on conflict (Hoppa över changes nothing)', async () => {
    const { page, context, errors } = await openApp(browser);
    await openLibrary(page);

    // Backup: one JSON file that validates.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-all').click()]);
    expect(download.suggestedFilename()).toMatch(/^remissradar-sakerhetskopia_\d{4}-\d{2}-\d{2}\.json$/);
    const path = await download.path();
    const json = JSON.parse(readFileSync(path, 'utf8'));
    expect(json.format).toBe('remissradar-backup');
    const v = validateBackup(json);
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.backup.consultations[0].responses).toHaveLength(SAMPLE.responses.length);

    // Delete: a dialog that says what goes; Escape cancels and focus returns.
    const del = page.getByRole('button', { name: `Ta bort ${SAMPLE.consultation.title}` });
    await del.click();
    const dialog = page.getByTestId('delete-dialog');
    await expect.poll(() => dialog.textContent()).toContain(`${SAMPLE.responses.length} yttranden med sina texter`);
    expect(await dialog.textContent()).toContain('manuella bedömningar');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Avbryt');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await del.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByTestId('library-row').count()).toBe(1);

    await del.click();
    await page.getByTestId('delete-confirm').click();
    await page.getByTestId('library-empty').waitFor();
    expect(await readStore(page, 'responses')).toEqual([]);
    expect(await readStore(page, 'texts')).toEqual([]);

    // Restore the backup: the remiss is back with every yttrande.
    await page.getByTestId('restore-file').setInputFiles(path);
    await expect.poll(() => page.getByTestId('backup-status').textContent()).toContain(`Återställt: ”${SAMPLE.consultation.title}”`);
    await expect.poll(() => page.getByTestId('library-count').textContent()).toBe(String(SAMPLE.responses.length));
    await expect.poll(() => page.getByTestId('response-count').textContent()).toBe(`${SAMPLE.responses.length} yttranden`);

    // Restore again: the conflict question; "Hoppa över" leaves everything as it was.
    const before = await readStore<{ id: number }>(page, 'responses');
    await page.getByTestId('restore-file').setInputFiles(path);
    const conflict = page.getByTestId('conflict-dialog');
    await conflict.waitFor({ state: 'visible' });
    expect(await conflict.textContent()).toContain(SAMPLE.consultation.title);
    for (const name of ['Ersätt', 'Behåll båda (kopia)', 'Hoppa över', 'Avbryt']) {
      expect(await conflict.getByRole('button', { name, exact: true }).count()).toBe(1);
    }
    expect(await axeViolations(page)).toEqual([]);
    await conflict.getByRole('button', { name: 'Hoppa över', exact: true }).click();
    await expect.poll(() => page.getByTestId('backup-status').textContent()).toContain('Ingenting återställdes');
    expect(await page.getByTestId('library-row').count()).toBe(1);
    expect((await readStore<{ id: number }>(page, 'responses')).map((r) => r.id)).toEqual(before.map((r) => r.id));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a file that is not a backup with a Swedish message', async () => {
    const { page, context } = await openApp(browser);
    await openLibrary(page);
    await page.getByTestId('restore-file').setInputFiles({ name: 'fel.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"annat"}') });
    await expect.poll(() => page.getByTestId('restore-error').textContent()).toContain('ingen säkerhetskopia från Remissradar');
    await page.getByTestId('restore-file').setInputFiles({ name: 'trasig.json', mimeType: 'application/json', buffer: Buffer.from('{"format": ') });
    await expect.poll(() => page.getByTestId('restore-error').textContent()).toContain('trasig.json tar slut mitt i');
    await page.getByTestId('restore-file').setInputFiles({ name: 'fel2.json', mimeType: 'application/json', buffer: Buffer.from('{"format": x}') });
    await expect.poll(() => page.getByTestId('restore-error').textContent()).toContain('fel2.json är ingen giltig JSON-fil');
    // A hostile file is refused in the worker, by a limit that the message names.
    const deep = `{"format":"remissradar-backup","consultations":[{"consultation":${'['.repeat(10_000)}${']'.repeat(10_000)}}]}`;
    await page.getByTestId('restore-file').setInputFiles({ name: 'djup.json', mimeType: 'application/json', buffer: Buffer.from(deep) });
    await expect.poll(() => page.getByTestId('restore-error').textContent()).toContain('djup.json är nästlad djupare än 64 nivåer');
    expect(await page.getByTestId('library-row').count()).toBe(1);
    await context.close();
  });
});
