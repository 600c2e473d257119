/**
 * Layout and search as a person sees them: with two remisser in the library, nothing
 * scrolls sideways at 390 px on any view, axe-core finds no serious violation at 1440 and
 * 390 px, the header's remiss picker is readable, the yttrande dialog's columns scroll on
 * their own, and a search marks whole-word hits only.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, chooseRemiss, launch, openApp, remissTitles, waitForLibrary } from './browser.ts';

const EXAMPLE_TITLE = (JSON.parse(readFileSync('data/sample/remiss.json', 'utf8')) as { consultation: { title: string } }).consultation.title;

const VIEWS = ['oversikt', 'yttranden', 'granskning', 'import', 'bibliotek', 'rapport'] as const;
const LINK: Record<(typeof VIEWS)[number], string> = {
  oversikt: 'Översikt', yttranden: 'Yttranden', granskning: 'Granskning', import: 'Import', bibliotek: 'Bibliotek', rapport: 'Rapport',
};
const SHOTS = process.env.LAYOUT_SHOTS;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh profile with the example and a second remiss imported from a file. */
async function twoRemisser(width: number): Promise<Awaited<ReturnType<typeof openApp>>> {
  const s = await openApp(browser, '/', { width, height: 900 });
  await waitForLibrary(s.page);
  await s.page.getByRole('link', { name: 'Import' }).click();
  await s.page.getByTestId('import-input').setInputFiles('test/fixtures/e2e/yttranden-cp1252.csv');
  await s.page.getByTestId('file-preview').waitFor();
  await s.page.getByLabel('En ny remiss').check();
  await s.page.getByLabel('Remissens titel').fill('Remiss om äldreomsorg med en lång titel som inte får spräcka sidhuvudet');
  await s.page.getByTestId('import-confirm').click();
  await s.page.getByTestId('import-result').waitFor();
  await expect.poll(async () => (await remissTitles(s.page)).length).toBe(2);
  return s;
}

/** Show a view by its menu link (which may sit in a menu on a phone). */
async function show(page: Page, view: (typeof VIEWS)[number]) {
  await page.getByRole('link', { name: LINK[view], exact: true }).click();
  await expect.poll(() => page.evaluate(() => location.hash)).toContain(view);
  await page.locator('main').waitFor();
  // Lazily loaded views: wait until the view's own heading is there.
  await page.locator('main h1, main h2').first().waitFor();
}

/** WCAG contrast ratio of two computed colours (`rgb(r, g, b)`). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((x) => {
      const v = Number(x) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** The widest elements that stick out past the viewport, for a readable failure. */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const w = document.documentElement.clientWidth;
    const inScroller = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') return true;
      return false;
    };
    return [...document.querySelectorAll('body *')]
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      // Inside a region that scrolls (or clips) by itself, sticking out is that region's business.
      .filter(({ el, r }) => r.right > w + 0.5 && r.width > 0 && !inScroller(el))
      .slice(0, 6)
      .map(({ el, r }) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} right=${Math.round(r.right)}`);
  });

describe('layout at 390 px with two remisser', () => {
  it('no view scrolls sideways, and axe finds no serious violation', async () => {
    const { page, context, errors } = await twoRemisser(390);
    // The small remiss just imported, then the example (46 yttranden, a review queue).
    for (const remiss of ['new', 'example']) {
      if (remiss === 'example') await chooseRemiss(page, EXAMPLE_TITLE);
      for (const view of VIEWS) {
        await show(page, view);
        if (SHOTS) await page.screenshot({ path: `.tmp/390-${remiss}-${view}.png`, fullPage: true });
        const where = `${remiss}/${view}`;
        expect({ where, width: await scrollWidth(page), overflowing: await overflowing(page) }).toEqual({ where, width: 390, overflowing: [] });
        expect({ where, violations: await axeViolations(page) }).toEqual({ where, violations: [] });
      }
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the yttrande dialog shows the verdict before the long text, and does not scroll sideways', async () => {
    const { page, context } = await twoRemisser(390);
    await show(page, 'yttranden');
    await page.getByTestId('response-row').first().click();
    const dialog = page.getByTestId('response-detail');
    await dialog.getByTestId('detail-text').waitFor();
    if (SHOTS) await page.screenshot({ path: '.tmp/390-detail.png' });
    const top = async (testid: string) => (await dialog.getByTestId(testid).boundingBox())!.y;
    expect(await top('overall-stance')).toBeLessThan(await top('detail-text'));
    // Nothing sits on top of the text: the element at its first line is the text itself.
    const covered = await dialog.getByTestId('detail-text').evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + 5, r.top + 5);
      return !(hit && el.contains(hit));
    });
    expect(covered).toBe(false);
    expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
    expect(await scrollWidth(page)).toBe(390);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the overview heatmap at 390 px', () => {
  it('keeps its text readable: the chart is drawn at its own size and scrolls sideways inside its card', async () => {
    const s = await openApp(browser, '/', { width: 390, height: 900 });
    await waitForLibrary(s.page);
    const chart = s.page.getByTestId('chart-heatmap');
    await chart.waitFor();
    const m = await chart.evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const vb = (svg as SVGSVGElement).viewBox.baseVal;
      const plot = svg.parentElement!;
      const label = svg.querySelector('text.label') as SVGTextElement;
      return { scale: box.width / vb.width, scrolls: plot.scrollWidth > plot.clientWidth, overflowX: getComputedStyle(plot).overflowX, fontPx: Number(label.getAttribute('font-size')) * (box.width / vb.width) };
    });
    // Not shrunk to fit (a shrunk chart's 12.5 px labels were 7 px); the card scrolls instead.
    expect(m.scale).toBeGreaterThan(0.99);
    expect(m.scrolls).toBe(true);
    expect(m.overflowX).toBe('auto');
    expect(m.fontPx).toBeGreaterThanOrEqual(12);
    // A cell out of view is reached by the keyboard: moving the focus to it scrolls the chart.
    await chart.locator('rect.cell').focus();
    await s.page.keyboard.press('End');
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('cell');
    expect(await chart.evaluate((svg) => svg.parentElement!.scrollLeft)).toBeGreaterThan(0);
    expect(await scrollWidth(s.page)).toBe(390);
    await s.context.close();
  });
});

describe('layout at 1440 px with two remisser', () => {
  it('the header remiss picker is readable: its text and background differ enough', async () => {
    const { page, context } = await twoRemisser(1440);
    const colours = await page.getByTestId('remiss-picker').evaluate((el) => {
      const s = getComputedStyle(el);
      return { color: s.color, background: s.backgroundColor };
    });
    expect(contrast(colours.color, colours.background)).toBeGreaterThanOrEqual(4.5);
    for (const view of VIEWS) {
      await show(page, view);
      if (SHOTS) await page.screenshot({ path: `.tmp/1440-${view}.png` });
      expect({ view, violations: await axeViolations(page) }).toEqual({ view, violations: [] });
      // File choosers are the app's own buttons: a native input says "Choose File" in the browser's language.
      expect({ view, nativeFileInputs: await page.locator('input[type=file]').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().width > 2).length) }).toEqual({ view, nativeFileInputs: 0 });
    }
    await context.close();
  });

  it('the heatmap column headings never touch, on the overview and in the report\'s narrower chart', async () => {
    const { page, context } = await openApp(browser, '/', { width: 1440, height: 900 });
    await waitForLibrary(page);
    for (const view of ['oversikt', 'rapport'] as const) {
      await show(page, view);
      const svg = page.locator('svg[data-chart="heatmap"]').first();
      await svg.waitFor();
      const boxes = await svg.locator('text[text-anchor="middle"][font-weight="600"]').evaluateAll((ts) =>
        ts.map((t) => {
          const r = t.getBoundingClientRect();
          return { left: r.left, right: r.right, text: t.textContent };
        }),
      );
      expect(boxes.length).toBe(4);
      for (let i = 1; i < boxes.length; i++) expect({ view, gap: boxes[i].left - boxes[i - 1].right >= 2, heading: boxes[i].text }).toEqual({ view, gap: true, heading: boxes[i].text });
    }
    await context.close();
  });

  it('each column of the yttrande dialog scrolls on its own, and a scroll past its end stays in it', async () => {
    const { page, context } = await twoRemisser(1440);
    await show(page, 'yttranden');
    await page.getByTestId('response-row').first().click();
    const dialog = page.getByTestId('response-detail');
    await dialog.getByTestId('detail-text').waitFor();
    const cols = await dialog.evaluate((d) =>
      [...d.querySelectorAll('.textcol, .side')].map((c) => {
        const s = getComputedStyle(c);
        return { overflowY: s.overflowY, overscroll: s.overscrollBehaviorY, fits: c.getBoundingClientRect().bottom <= d.getBoundingClientRect().bottom + 1 };
      }),
    );
    expect(cols).toEqual([
      { overflowY: 'auto', overscroll: 'contain', fits: true },
      { overflowY: 'auto', overscroll: 'contain', fits: true },
    ]);
    // Wheel far past the end of the text column: the dialog itself does not move.
    const box = (await dialog.locator('.textcol').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, 2000);
    await expect.poll(() => dialog.locator('.textcol').evaluate((c) => c.scrollTop > 0 || c.scrollHeight <= c.clientHeight)).toBe(true);
    expect(await dialog.evaluate((d) => d.scrollTop)).toBe(0);
    await context.close();
  });
});

describe('search', () => {
  it('"EU" finds whole words only, and the hits are marked in the text', async () => {
    const { page, context, errors } = await openApp(browser, '/', { width: 1440, height: 900 });
    await waitForLibrary(page);
    await show(page, 'yttranden');
    const all = await page.getByTestId('response-row').count();
    await page.getByTestId('filter-q').fill('EU');
    await expect.poll(() => page.getByTestId('response-row').count()).toBeLessThan(all);
    const found = await page.getByTestId('response-row').count();
    expect(found).toBeGreaterThan(0);
    await page.getByTestId('response-row').first().click();
    const dialog = page.getByTestId('response-detail');
    await dialog.getByTestId('detail-text').waitFor();
    const hits = await dialog.locator('mark.hit').allTextContents();
    expect(hits.length).toBeGreaterThan(0);
    // Each hit begins a word: never the "eu" inside a longer word.
    for (const h of hits) expect(h.toLowerCase()).toBe('eu');
    const full = (await dialog.getByTestId('detail-text').textContent())!;
    expect(full).toMatch(/tjänsteutlåtande/i);
    expect(await dialog.getByTestId('detail-text').locator('mark.hit').evaluateAll((ms) => ms.every((m) => !/[\p{L}\p{N}]$/u.test(m.previousSibling?.textContent ?? '')))).toBe(true);
    if (SHOTS) await page.screenshot({ path: '.tmp/search-detail.png' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
