import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch, openApp, waitForLibrary } from './browser.ts';
import { packRecord, unpackRecord } from '../../src/lib/db/packRecord.ts';
import type { ResponseRecord } from '../../src/lib/domain/types.ts';
import { CALIBRATION } from '../../src/lib/classify/calibration.ts';
import { bandOf } from '../../src/lib/classify/calibrationBand.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const HOSTILE = '<script>alert(1)</script><img src=x onerror="window.__xss=1">';

/**
 * Make the queue independent of how well the classifier does on the sample: give the two
 * first yttranden a low confidence, and the first a text with markup in it. Raw IndexedDB
 * (as another tab would), then a reload so the app reads it.
 */
async function seedQueue(page: Page): Promise<string[]> {
  const raw = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const r = indexedDB.open('remissradar');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const tx = db.transaction(['responses', 'details']);
    const read = (store: string) =>
      new Promise<any[]>((res) => {
        const q = tx.objectStore(store).getAll();
        q.onsuccess = () => res(q.result);
      });
    const [records, details] = [await read('responses'), await read('details')];
    db.close();
    return { records, details };
  });
  // Records are stored packed (db/packRecord.ts): unpacked and packed again with the
  // storage format's own codec. Evidence is stored apart from the record (the details table).
  const all = raw.records.map((r) => unpackRecord(r as ResponseRecord));
  const withEvidence = new Set(raw.details.filter((d) => d.evidence.length > 0).map((d) => d.responseId));
  const picked = all.filter((r) => !r.classification.needsReview && withEvidence.has(r.id)).slice(0, 2);
  picked.forEach((r, i) => {
    r.classification.confidence = 0.1 + i * 0.05;
    r.classification.needsReview = true;
  });
  await page.evaluate(
    async ({ rows, hostile }) => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('remissradar');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const tx = db.transaction(['responses', 'texts'], 'readwrite');
      const done = new Promise((res) => (tx.oncomplete = res));
      for (const r of rows) tx.objectStore('responses').put(r);
      const texts = tx.objectStore('texts');
      const get = texts.get(rows[0].id!);
      get.onsuccess = () => texts.put({ ...get.result, text: get.result.text + '\n\n' + hostile });
      await done;
      db.close();
    },
    { rows: picked.map((r) => packRecord(r)), hostile: HOSTILE },
  );
  const names = picked.map((r) => r.respondent as string);
  await page.reload();
  await page.getByTestId('response-count').waitFor({ timeout: 30_000 });
  return names;
}

async function left(page: Page): Promise<number> {
  return Number((await page.getByTestId('review-left').textContent())!.match(/\d+/)![0]);
}

describe('review', () => {
  it('reviews a yttrande: evidence, override, reload, undo, reviewed, next', async () => {
    const { page, context, errors } = await openApp(browser);
    await waitForLibrary(page);
    const [first, second] = await seedQueue(page);

    await page.getByRole('link', { name: 'Granskning' }).click();
    const queued = await left(page);
    expect(queued).toBeGreaterThanOrEqual(2);
    const rows = page.getByTestId('review-row');
    // Least confident first: the seeded ones lead.
    expect(await rows.nth(0).locator('th').textContent()).toContain(first);
    expect(await rows.nth(1).locator('th').textContent()).toContain(second);
    expect(await rows.nth(0).textContent()).toContain('låg säkerhet');

    // Open with the keyboard: focus the name and press Enter.
    await rows.nth(0).getByRole('button').focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('response-detail');
    await dialog.waitFor();
    // The heading shows a placeholder until the record has loaded.
    await expect.poll(() => dialog.locator('h2').textContent()).toBe(first);

    // The full text, with evidence marked; each mark's text is in the text.
    const text = dialog.getByTestId('detail-text');
    await text.waitFor();
    const full = (await text.textContent())!;
    const marks = await dialog.locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    const decision = (await dialog.getByTestId('detail-decision').textContent().catch(() => '')) ?? '';
    for (const m of marks) expect(full.includes(m) || decision.includes(m)).toBe(true);
    // "Gå till belägg" moves focus to a highlight.
    await dialog.getByRole('button', { name: /Gå till belägg/ }).first().click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('MARK');

    // Imported text is data: the markup shows as characters, nothing runs.
    expect(full).toContain(HOSTILE);
    expect(await text.locator('script, img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    // Reason and initials are required.
    const machine = (await dialog.getByTestId('overall-stance').locator('[data-stance]').first().getAttribute('data-stance'))!;
    const target = machine === 'opposing' ? 'Tillstyrker' : 'Avstyrker';
    await dialog.getByLabel(target, { exact: true }).check();
    await dialog.getByRole('button', { name: 'Spara bedömning' }).click();
    await expect.poll(() => dialog.getByText('Skriv dina initialer.').isVisible()).toBe(true);
    await dialog.getByLabel('Dina initialer').fill('KL');
    await dialog.getByRole('button', { name: 'Spara bedömning' }).click();
    await expect.poll(() => dialog.getByText('Skriv en motivering.').isVisible()).toBe(true);
    await dialog.getByLabel('Motivering').fill('Beslutet avgör');
    await dialog.getByRole('button', { name: 'Spara bedömning' }).click();

    const overall = dialog.getByTestId('overall-stance');
    await expect.poll(() => overall.textContent()).toContain('Manuellt bedömd');
    expect(await overall.textContent()).toContain(target);
    expect(await overall.textContent()).toContain('Beslutet avgör');
    await expect.poll(() => dialog.getByTestId('history').textContent()).toContain(`Manuell bedömning: ${target}`);

    // Escape closes, focus returns to the row's button.
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(first);
    // The queue marks the override too.
    expect(await rows.nth(0).getByTestId('override-mark').count()).toBe(1);

    // The override survives a reload (IndexedDB), and the initials are remembered.
    await page.reload();
    await page.getByTestId('review-row').first().waitFor({ timeout: 30_000 });
    await page.getByTestId('review-row').first().getByRole('button').click();
    await dialog.waitFor();
    await expect.poll(() => overall.textContent()).toContain('Manuellt bedömd');
    expect(await overall.textContent()).toContain(target);
    expect(await dialog.getByLabel('Dina initialer').inputValue()).toBe('KL');

    // Undo: back to the machine's stance.
    await dialog.getByRole('button', { name: 'Ångra senaste ändring' }).click();
    await expect.poll(() => overall.textContent()).not.toContain('Manuellt bedömd');
    expect(await overall.locator('[data-stance]').first().getAttribute('data-stance')).toBe(machine);
    await expect.poll(() => dialog.getByTestId('history').textContent()).toContain('Ångrade');

    // Mark reviewed: it leaves the queue, and the dialog offers the next one.
    await dialog.getByTestId('toggle-reviewed').click();
    await expect.poll(() => dialog.getByTestId('reviewed-status').textContent()).toBe('Granskad av KL');
    await expect.poll(() => left(page)).toBe(queued - 1);
    await dialog.getByTestId('next-in-queue').click();
    await expect.poll(() => dialog.locator('h2').textContent()).toBe(second);
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.getByTestId('review-queue').textContent()).not.toContain(first);

    // Shown again with "Visa även granskade".
    await page.getByTestId('show-reviewed').check();
    expect(await page.getByTestId('review-queue').textContent()).toContain(first);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says what a confidence has meant on real yttranden: the queue in the review view, the band in the dialog', async () => {
    const { page, context } = await openApp(browser, '/#/granskning');
    await page.getByTestId('response-count').waitFor({ timeout: 30_000 });
    const pct = (x: number) => `${Math.round(x * 100)}\u00a0%`;
    const queue = (await page.getByTestId('review-calibration').textContent())!;
    for (const part of [pct(CALIBRATION.threshold), `${CALIBRATION.items} verkliga yttranden`, pct(CALIBRATION.decided), pct(CALIBRATION.right)]) expect(queue).toContain(part);
    // Every yttrande of the example: the dialog states its confidence band's observed rate, or nothing when the band is too small.
    await page.getByRole('link', { name: 'Yttranden', exact: true }).click();
    const rows = page.getByTestId('response-row');
    let shown = 0;
    for (let i = 0; i < 6; i++) {
      await rows.nth(i).click();
      const dialog = page.getByTestId('response-detail');
      const machine = (await dialog.getByTestId('machine-stance').textContent())!;
      const confidence = Number(/Säkerhet (\d+)/.exec(machine)![1]) / 100;
      // The shown confidence is rounded: the band is the one of the value just below or at it.
      const bands = [bandOf(CALIBRATION, confidence - 0.005), bandOf(CALIBRATION, Math.min(1, confidence + 0.0049))];
      const says = (b: (typeof bands)[number]) => (b ? `${Math.round(b.from * 100)}–${Math.round(b.to * 100)}\u00a0% säkerhet var ${pct(b.accuracy)} rätt` : null);
      const line = dialog.getByTestId('calibration');
      const text = (await line.count()) ? await line.textContent() : null;
      expect(bands.map(says).some((want) => (want === null ? text === null : text?.includes(want)))).toBe(true);
      if (text) shown++;
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
    }
    expect(shown).toBeGreaterThan(0);
    await context.close();
  });

  it('shows "Inget att granska" with a link to the overview when the queue is empty', async () => {
    const { page, context } = await openApp(browser, '/#/granskning');
    await page.getByTestId('response-count').waitFor({ timeout: 30_000 });
    // Review whatever the sample queues, through the UI.
    await page.evaluate(() => localStorage.setItem('remissradar.initials', 'AB'));
    for (let i = 0; i < 20 && (await page.getByTestId('review-row').count()) > 0; i++) {
      await page.getByTestId('review-row').first().getByRole('button').click();
      await page.getByTestId('toggle-reviewed').click();
      await expect.poll(() => page.getByTestId('reviewed-status').textContent()).toMatch(/^Granskad/);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('response-detail').count()).toBe(0);
    }
    await page.getByTestId('review-empty').waitFor();
    expect(await page.getByTestId('review-empty').textContent()).toContain('Inget att granska');
    expect(await page.getByTestId('review-left').textContent()).toBe('0 kvar att granska');
    await page.getByRole('link', { name: 'Till översikten' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/oversikt/);
    await context.close();
  });

  it('has no serious or critical axe violations in the queue and in the open dialog', async () => {
    const { page, context } = await openApp(browser);
    await page.getByTestId('response-count').waitFor({ timeout: 30_000 });
    await seedQueue(page);
    await page.getByRole('link', { name: 'Granskning' }).click();
    await page.getByTestId('review-row').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('review-row').first().click();
    await page.getByTestId('detail-text').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // A half-written reason is not lost when the dialog is closed with Escape.
    await page.getByLabel('Motivering').fill('Halvskriven motivering');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('response-detail').count()).toBe(0);
    await page.getByTestId('review-row').first().click();
    expect(await page.getByLabel('Motivering').inputValue()).toBe('Halvskriven motivering');

    // An override per inriktning shows on that theme only.
    const dialog = page.getByTestId('response-detail');
    await dialog.getByLabel('Dina initialer').fill('AB');
    await dialog.getByLabel('Gäller').selectOption('Påverkan');
    await dialog.getByLabel('Ingen ställning', { exact: true }).check();
    await dialog.getByRole('button', { name: 'Spara bedömning' }).click();
    const themes = dialog.getByTestId('theme-stances');
    await expect.poll(() => themes.getByTestId('override-mark').count()).toBe(1);
    expect(await themes.locator('li', { has: page.getByTestId('override-mark') }).textContent()).toContain('Påverkan');
    expect(await dialog.getByTestId('overall-stance').getByTestId('override-mark').count()).toBe(0);
    await context.close();
  });
});
