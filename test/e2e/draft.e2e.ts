import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { strFromU8, unzipSync } from 'fflate';
import { axeViolations, launch, openApp, waitForLibrary } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const STANCES = ['Tillstyrker', 'Tillstyrker med villkor', 'Avstyrker', 'Ingen ställning'];

async function gotoReport(page: Page) {
  await page.getByRole('link', { name: 'Rapport' }).click();
  await page.getByTestId('report-preview').waitFor();
  await page.locator('[data-testid=summary-text][data-ready=true]').waitFor();
}

/** The draft's counts per inriktning: "Inriktning: X" then lines like "Avstyrker (4):". */
function draftCounts(text: string): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  const part = text.slice(text.indexOf('Synpunkter per inriktning'));
  let theme = '';
  for (const line of part.split('\n')) {
    const h = /^Inriktning: (.+)$/.exec(line);
    if (h) out[(theme = h[1])] = Object.fromEntries(STANCES.map((s) => [s, 0]));
    const c = /^(Tillstyrker|Tillstyrker med villkor|Avstyrker|Ingen ställning) \((\d+)\):$/.exec(line);
    if (c && theme) out[theme][c[1]] = Number(c[2]);
  }
  return out;
}

describe('remissammanställning', () => {
  it('the bars per inriktning show the counts the draft lists', async () => {
    const { page, context, errors } = await openApp(browser);
    await waitForLibrary(page);
    const segs = page.locator('svg[data-chart=theme] [data-testid=segment]');
    await segs.first().waitFor();
    // Every explicit segment's label (drawn in the bar, and its accessible name) against the draft.
    const bars = await segs.evaluateAll((els) =>
      els.map((e) => ({ theme: e.getAttribute('data-category')!, inherited: e.getAttribute('data-inherited'), aria: e.getAttribute('aria-label')! })));
    const labels = await page.locator('svg[data-chart=theme] text.seg-label').allTextContents();
    await gotoReport(page);
    const counts = draftCounts(await page.getByTestId('summary-text').inputValue());
    expect(Object.keys(counts).sort()).toEqual(['Omvärldsbevakning', 'Profilering', 'Påverkan', 'Samverkan']);
    const fromBars: Record<string, Record<string, number>> = Object.fromEntries(Object.keys(counts).map((t) => [t, Object.fromEntries(STANCES.map((s) => [s, 0]))]));
    for (const b of bars) {
      expect(b.inherited).toBe('false');
      const m = /^(.+?): (Tillstyrker med villkor|Tillstyrker|Avstyrker|Ingen ställning) (\d+) av \d+/.exec(b.aria)!;
      fromBars[m[1]][m[2]] = Number(m[3]);
    }
    expect(fromBars).toEqual(counts);
    // The numbers written in the bars are those counts.
    const drawn = Object.values(fromBars).flatMap((c) => Object.values(c)).filter((n) => n > 0).map(String).sort();
    expect(labels.length).toBeGreaterThan(0);
    for (const l of labels) expect(drawn).toContain(l);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says what the headline counts when a stance and an inriktning filter are combined', async () => {
    const { page, context, errors } = await openApp(browser);
    await waitForLibrary(page);
    await page.locator('svg[data-chart=theme] [data-testid=segment]').first().waitFor();
    expect(await page.getByTestId('headline-scope').count()).toBe(0);
    await page.getByTestId('filter-stances').locator('[data-value=opposing]').click();
    await page.getByTestId('filter-themes').locator('[data-value="Påverkan"]').click();
    const scope = page.getByTestId('headline-scope');
    await scope.waitFor();
    const text = (await scope.textContent())!;
    const m = /Urvalet: (\d+) yttranden vars ställningstagande till Påverkan är avstyrker – (\d+) uttryckligen, (\d+) ärvt från helhetsbedömningen/.exec(text)!;
    expect(m).not.toBeNull();
    const [n, explicit, inherited] = m.slice(1).map(Number);
    expect(explicit + inherited).toBe(n);
    expect(Number((await page.getByTestId('count-answered').locator('.num').textContent())!.trim())).toBe(n);
    // The explicit ones are the draft's "Avstyrker" on Påverkan, and the bar's explicit segment.
    const seg = page.locator('svg[data-chart=theme] [data-testid=segment][data-category="Påverkan"][data-stance=opposing][data-inherited=false]');
    expect(await seg.getAttribute('aria-label')).toMatch(new RegExp(`^Påverkan: Avstyrker ${explicit} av`));
    expect(inherited).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a person\'s edits across navigation and reload, and restores the generated text only when asked', async () => {
    const { page, context, errors } = await openApp(browser);
    await waitForLibrary(page);
    await gotoReport(page);
    const area = page.getByTestId('summary-text');
    const generated = await area.inputValue();
    await area.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nHandläggarens egen slutsats.');
    await expect.poll(() => page.getByTestId('summary-status').textContent()).not.toContain('Sparar');
    await page.getByRole('link', { name: 'Översikt' }).click();
    await page.locator('svg[data-chart=theme]').waitFor();
    await gotoReport(page);
    await expect.poll(() => page.getByTestId('summary-text').inputValue()).toContain('Handläggarens egen slutsats.');
    await page.reload();
    await waitForLibrary(page);
    await page.locator('[data-testid=summary-text][data-ready=true]').waitFor();
    await expect.poll(() => page.getByTestId('summary-text').inputValue()).toContain('Handläggarens egen slutsats.');
    expect(await page.getByTestId('summary-edited').textContent()).toContain('Du har ändrat texten');
    // Restoring asks first; cancelling keeps the text.
    await page.getByTestId('summary-reset').click();
    await page.getByRole('button', { name: 'Avbryt' }).click();
    expect(await area.inputValue()).toContain('Handläggarens egen slutsats.');
    await page.getByTestId('summary-reset').click();
    await page.getByTestId('summary-reset-confirm').click();
    await expect.poll(() => area.inputValue()).toBe(generated);
    await page.reload();
    await waitForLibrary(page);
    await gotoReport(page);
    expect(await page.getByTestId('summary-text').inputValue()).toBe(generated);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads the draft as a .docx holding the instanser and the person\'s edits', async () => {
    const { page, context, errors } = await openApp(browser);
    await waitForLibrary(page);
    await gotoReport(page);
    const area = page.getByTestId('summary-text');
    await area.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nEn mening från handläggaren.');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('summary-docx').click()]);
    expect(dl.suggestedFilename()).toMatch(/_remissammanstallning_\d{4}-\d{2}-\d{2}\.docx$/);
    const bytes = new Uint8Array(await readFile((await dl.path())!));
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toContain('word/document.xml');
    const xml = strFromU8(files['word/document.xml']);
    for (const name of ['Bromma stadsdelsnämnd', 'Kulturnämnden', 'Utbildningsnämnden', 'Kungsholmens stadsdelsnämnd']) expect(xml).toContain(name);
    expect(xml).toContain('Tjänsteutlåtande');
    expect(xml).toContain('villkoret framgår inte uttryckligen'.replace(/^v/, 'V'));
    expect(xml).toContain('En mening från handläggaren.');
    expect(errors).toEqual([]);
    await context.close();
  });
});
