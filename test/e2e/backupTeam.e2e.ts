/**
 * Team work through backups: a backup made in one browser profile restores into a
 * colleague's fresh browser (which always holds the example remiss, so it conflicts)
 * under every conflict choice, and the data really lands.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium.ts';
import { axeViolations, chooseRemiss, launch, openApp, url, waitForLibrary } from './browser.ts';

const SAMPLE = JSON.parse(readFileSync('data/sample/remiss.json', 'utf8')) as { consultation: { title: string }; responses: unknown[] };
const OTHER = 'Kollegans remiss om äldreomsorg';

let browser: Browser;
let backupPath: string;
let profileDir: string;
/** The yttrande the first colleague overrode, and the stance she set. */
let overridden: { respondent: string; stance: string };

/** In the open detail dialog: set the overall stance to something other than the machine's. */
async function overrideOpen(page: Page, initials: string, reason: string, stance?: string): Promise<string> {
  const dialog = page.getByTestId('response-detail');
  const machine = (await dialog.getByTestId('overall-stance').locator('[data-stance]').first().getAttribute('data-stance'))!;
  const target = stance ?? (machine === 'opposing' ? 'Tillstyrker' : 'Avstyrker');
  await dialog.getByLabel(target, { exact: true }).check();
  await dialog.getByLabel('Dina initialer').fill(initials);
  await dialog.getByLabel('Motivering').fill(reason);
  await dialog.getByRole('button', { name: 'Spara bedömning' }).click();
  await expect.poll(() => dialog.getByTestId('overall-stance').textContent()).toContain('Manuellt bedömd');
  return target;
}

/** Library view in the page: restore the file and answer the conflict dialog with `choice`. */
async function restoreWith(page: Page, path: string, choice: string) {
  await page.getByRole('link', { name: 'Bibliotek' }).click();
  await page.getByTestId('library-list').waitFor();
  await page.getByTestId('restore-file').setInputFiles(path);
  const conflict = page.getByTestId('conflict-dialog');
  await conflict.waitFor({ state: 'visible' });
  expect(await conflict.textContent()).toContain(SAMPLE.consultation.title);
  await conflict.getByRole('button', { name: choice, exact: true }).click();
  await expect.poll(() => conflict.isVisible()).toBe(false);
}

/** The restore's outcome, whichever came: the status line or the error. */
async function outcome(page: Page): Promise<string> {
  const box = page.locator('[data-testid="backup-status"], [data-testid="restore-error"]').first();
  await box.waitFor();
  return (await box.textContent()) ?? '';
}

const titles = (page: Page) => page.getByTestId('library-title').allTextContents();

/** Rows of the library table as title → number of yttranden. */
async function counts(page: Page): Promise<Record<string, string>> {
  await expect.poll(async () => (await page.getByTestId('library-count').allTextContents()).every((c) => /^\d+$/.test(c))).toBe(true);
  const t = await titles(page);
  const n = await page.getByTestId('library-count').allTextContents();
  return Object.fromEntries(t.map((x, i) => [x, n[i]]));
}

/** The Yttranden view of the remiss titled `title`: is the overridden yttrande marked, with the stance? */
async function overrideShown(page: Page, title: string): Promise<{ marked: boolean; text: string }> {
  await chooseRemiss(page, title);
  await page.getByRole('link', { name: 'Yttranden' }).click();
  const row = page.locator(`[data-testid="response-row"][data-respondent="${overridden.respondent}"]`);
  await row.waitFor();
  return { marked: (await row.locator('.badge.override').count()) === 1, text: (await row.textContent()) ?? '' };
}

beforeAll(async () => {
  browser = await launch();
});

/** The first colleague works in her own persistent browser profile and saves a backup of it all. */
async function colleagueBackup() {
  profileDir = mkdtempSync(join(tmpdir(), 'remissradar-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: inject('chromiumPath'),
    args: CHROMIUM_ARGS,
    headless: true,
    acceptDownloads: true,
    locale: 'sv-SE',
    viewport: { width: 1280, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url('/'));
  await waitForLibrary(page);
  // A second remiss of her own, imported from a file.
  await page.getByRole('link', { name: 'Import' }).click();
  await page.getByTestId('import-input').setInputFiles('test/fixtures/e2e/yttranden-cp1252.csv');
  await page.getByTestId('file-preview').waitFor();
  await page.getByLabel('En ny remiss').check();
  await page.getByLabel('Remissens titel').fill(OTHER);
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-result').waitFor();
  // Back to the example; override one yttrande.
  await chooseRemiss(page, SAMPLE.consultation.title);
  await page.getByRole('link', { name: 'Granskning' }).click();
  await page.getByTestId('review-row').first().getByRole('button').click();
  const dialog = page.getByTestId('response-detail');
  await dialog.waitFor();
  await dialog.getByTestId('overall-stance').locator('[data-stance]').first().waitFor();
  const respondent = (await dialog.locator('h2').textContent())!.trim();
  const stance = await overrideOpen(page, 'AL', 'Beslutssatsen avgör');
  overridden = { respondent, stance };
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'Bibliotek' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-all').click()]);
  backupPath = join(profileDir, 'backup.json');
  await download.saveAs(backupPath);
  await context.close();
}

afterAll(async () => {
  await browser?.close();
  if (profileDir) rmSync(profileDir, { recursive: true, force: true });
});

describe('restore a colleague\'s backup into a fresh browser', () => {
  it('she overrides a yttrande and backs up her library in her own profile', async () => {
    await colleagueBackup();
    const json = JSON.parse(readFileSync(backupPath, 'utf8'));
    expect(json.consultations).toHaveLength(2);
    expect(json.consultations.flatMap((c: { overrides: unknown[] }) => c.overrides)).toHaveLength(1);
  });

  it('Ersätt: the example is replaced by hers (with her override) and her other remiss is added', async () => {
    const { page, context, errors } = await openApp(browser);
    await waitForLibrary(page);
    await restoreWith(page, backupPath, 'Ersätt');
    expect(await outcome(page)).toContain('Återställt');
    expect(await page.getByTestId('restore-error').count()).toBe(0);
    expect(await counts(page)).toEqual({ [SAMPLE.consultation.title]: String(SAMPLE.responses.length), [OTHER]: '3' });
    const shown = await overrideShown(page, SAMPLE.consultation.title);
    expect(shown.marked).toBe(true);
    expect(shown.text).toContain(overridden.stance);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Behåll båda: her copy sits beside the example, with her override; the example is untouched', async () => {
    const { page, context, errors } = await openApp(browser);
    await waitForLibrary(page);
    await restoreWith(page, backupPath, 'Behåll båda (kopia)');
    expect(await outcome(page)).toContain('Återställt');
    expect(await page.getByTestId('restore-error').count()).toBe(0);
    const copy = `${SAMPLE.consultation.title} (kopia)`;
    expect(await counts(page)).toEqual({
      [SAMPLE.consultation.title]: String(SAMPLE.responses.length),
      [copy]: String(SAMPLE.responses.length),
      [OTHER]: '3',
    });
    expect((await overrideShown(page, copy)).marked).toBe(true);
    expect((await overrideShown(page, SAMPLE.consultation.title)).marked).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Hoppa över: the example stays as it was and her other remiss is added', async () => {
    const { page, context, errors } = await openApp(browser);
    await waitForLibrary(page);
    await restoreWith(page, backupPath, 'Hoppa över');
    expect(await outcome(page)).toContain(`Återställt: ”${OTHER}”`);
    expect(await page.getByTestId('backup-status').textContent()).toContain('Hoppade över');
    expect(await page.getByTestId('restore-error').count()).toBe(0);
    expect(await counts(page)).toEqual({ [SAMPLE.consultation.title]: String(SAMPLE.responses.length), [OTHER]: '3' });
    expect((await overrideShown(page, SAMPLE.consultation.title)).marked).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('Slå samman: two colleagues\' reviews of the example merge; the differing stance is hers to decide, both stay in history', async () => {
    const { page, context, errors } = await openApp(browser);
    await waitForLibrary(page);
    // He reviews the same example: another stance on her yttrande, and one more of his own.
    await page.getByRole('link', { name: 'Yttranden' }).click();
    await page.locator(`[data-testid="response-row"][data-respondent="${overridden.respondent}"]`).click();
    const dialog = page.getByTestId('response-detail');
    await dialog.getByTestId('overall-stance').locator('[data-stance]').first().waitFor();
    await overrideOpen(page, 'KL', 'Läste yttrandet igen', 'Ingen ställning');
    await page.keyboard.press('Escape');
    const other = page.locator(`[data-testid="response-row"]:not([data-respondent="${overridden.respondent}"])`).first();
    const otherName = (await other.getAttribute('data-respondent'))!;
    await other.click();
    await dialog.getByTestId('overall-stance').locator('[data-stance]').first().waitFor();
    await expect.poll(() => dialog.locator('h2').textContent()).toBe(otherName);
    await overrideOpen(page, 'KL', 'Villkor i stycke tre', 'Tillstyrker med villkor');
    await page.keyboard.press('Escape');

    await restoreWith(page, backupPath, 'Slå samman');
    const merge = page.getByTestId('merge-dialog');
    await merge.waitFor({ state: 'visible' });
    const conflicts = merge.getByTestId('merge-conflict');
    expect(await conflicts.count()).toBe(1);
    const text = (await conflicts.first().textContent())!;
    expect(text).toContain(overridden.respondent);
    expect(text).toContain(`${overridden.stance}, AL: ”Beslutssatsen avgör”`);
    expect(text).toContain('Ingen ställning, KL: ”Läste yttrandet igen”');
    expect(await axeViolations(page)).toEqual([]);
    if (process.env.LAYOUT_SHOTS) await page.screenshot({ path: '.tmp/merge-dialog.png' });
    // Nothing merges before she decides.
    await merge.getByLabel('Dina initialer (för historiken)').fill('MB');
    await merge.getByTestId('merge-apply').click();
    await expect.poll(() => merge.getByTestId('merge-error').textContent()).toContain('1 kvar');
    await conflicts.first().getByLabel(/I säkerhetskopian/).check();
    await merge.getByTestId('merge-apply').click();
    expect(await outcome(page)).toContain(`Sammanslaget: ”${SAMPLE.consultation.title}”`);
    expect(await counts(page)).toEqual({ [SAMPLE.consultation.title]: String(SAMPLE.responses.length), [OTHER]: '3' });

    // Her stance counts now; his other override is still there.
    const shown = await overrideShown(page, SAMPLE.consultation.title);
    expect(shown.marked).toBe(true);
    expect(shown.text).toContain(overridden.stance);
    const his = page.locator(`[data-testid="response-row"][data-respondent="${otherName}"]`);
    expect(await his.locator('.badge.override').count()).toBe(1);
    expect(await his.textContent()).toContain('Tillstyrker med villkor');
    // The history of her yttrande holds both decisions and the choice.
    await page.locator(`[data-testid="response-row"][data-respondent="${overridden.respondent}"]`).click();
    const history = await (async () => {
      await dialog.getByTestId('history').waitFor();
      return (await dialog.getByTestId('history').textContent()) ?? '';
    })();
    expect(history).toContain('Manuell bedömning: Ingen ställning');
    expect(history).toContain('av KL');
    expect(history).toContain('av AL');
    expect(history).toContain('vald vid sammanslagning (säkerhetskopians bedömning)');
    expect(errors).toEqual([]);
    await context.close();
  });
});
