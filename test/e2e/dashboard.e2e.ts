import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, clickHeatmapCell, heatmapCellCount, launch, openApp } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Open the app and wait until the sample remiss is drawn on the overview. */
async function ready(path = '/') {
  const s = await openApp(browser, path);
  await s.page.getByTestId('response-count').waitFor({ timeout: 30_000 });
  await s.page.locator('[data-chart=theme] [data-testid=segment]').first().waitFor({ timeout: 30_000 });
  return s;
}

const count = async (page: Page, key: string) => Number((await page.getByTestId(`count-${key}`).locator('.num').textContent())!.replace(/\s/g, ''));

/**
 * Non-zero stance cells in a "Visa som tabell" table: the first `columns` cells of each
 * row (the kind chart: every stance; the theme chart: explicit stances, then inherited).
 */
async function nonZeroCells(page: Page, chart: string, columns = 4, open = true): Promise<number> {
  if (open) await page.getByTestId(`table-toggle-${chart}`).click();
  const rows = page.getByTestId(`chart-table-${chart}`).locator('tbody tr');
  let n = 0;
  for (const row of await rows.all()) {
    const cells = await row.locator('td').allTextContents();
    n += cells.slice(0, columns).filter((c) => !/^0\b/.test(c.trim())).length;
  }
  return n;
}

describe('Översikt', () => {
  it('draws one bar per inriktning and as many segments as the data table has non-zero cells', async () => {
    const { page, context, errors } = await ready();
    expect(await count(page, 'answered')).toBe(46);
    const stances = await Promise.all(['supporting', 'conditional', 'opposing', 'none'].map((s) => count(page, s)));
    expect(stances.reduce((a, b) => a + b, 0)).toBe(46);

    const theme = page.locator('svg[data-chart=theme]');
    expect(await theme.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await theme.locator('title').textContent()).toBe('Ställningstagande per inriktning');
    const categories = new Set(await theme.locator('[data-testid=segment]').evaluateAll((els) => els.map((e) => e.getAttribute('data-category'))));
    expect([...categories].sort()).toEqual(['Omvärldsbevakning', 'Profilering', 'Påverkan', 'Samverkan']);
    expect(await page.getByTestId('chart-table-theme').locator('tbody tr').count()).toBe(0);
    const themeCells = await nonZeroCells(page, 'theme');
    expect(await page.getByTestId('chart-table-theme').locator('tbody tr').count()).toBe(4);
    // Explicit stances only by default; the inherited extension on request.
    expect(await theme.locator('[data-testid=segment]').count()).toBe(themeCells);
    expect(await theme.locator('[data-testid=segment][data-inherited=true]').count()).toBe(0);
    await page.getByTestId('inherited-toggle-theme').check();
    await expect.poll(() => theme.locator('[data-testid=segment][data-inherited=true]').count()).toBeGreaterThan(0);
    expect(await theme.locator('[data-testid=segment]').count()).toBe(await nonZeroCells(page, 'theme', 8, false));
    await page.getByTestId('inherited-toggle-theme').uncheck();

    const kindCells = await nonZeroCells(page, 'kind');
    expect(await page.locator('svg[data-chart=kind] [data-testid=segment]').count()).toBe(kindCells);
    // Each segment's fill is a pattern defined inside its own chart (exports stand alone).
    const fill = await theme.locator('[data-testid=segment]').first().getAttribute('fill');
    expect(await theme.locator(`defs pattern[id="${fill!.slice(5, -1)}"]`).count()).toBe(1);
    // Heatmap: 46 respondents × 4 inriktningar, explicit and inherited cells both present.
    expect(await heatmapCellCount(page)).toBe(46 * 4);
    expect(await page.locator('svg[data-chart=heatmap] path[data-fill^="rr-stance-"]').count()).toBeGreaterThan(0);
    expect(await page.locator('svg[data-chart=heatmap] path[data-fill^="rr-inherited-"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports a chart as a standalone SVG that carries its own patterns and legend', async () => {
    const { page, context } = await ready();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /SVG/ }).first().click(),
    ]);
    const path = await download.path();
    const svg = (await import('node:fs')).readFileSync(path, 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    expect(svg).toContain('Ställningstagande per inriktning');
    expect(svg).toContain('Profilering');
    expect(svg).toMatch(/<pattern[^>]+id="theme-rr-stance-conditional"/);
    expect(svg).toContain('Tillstyrker med villkor');
    expect(svg).not.toMatch(/<script|onclick=/i);
    await context.close();
  });

  it('filters by nämnd type, keeps the filter in the URL and across a reload', async () => {
    const { page, context } = await ready();
    await page.getByTestId('filter-kinds').locator('[data-value=stadsdelsnamnd]').click();
    await expect.poll(() => count(page, 'answered')).toBe(14);
    expect(page.url()).toContain('typ=stadsdelsnamnd');
    // The kind chart now has only the stadsdelsnämnd bar filled.
    const cats = await page.locator('svg[data-chart=kind] [data-testid=segment]').evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-category')))]);
    expect(cats).toEqual(['stadsdelsnamnd']);
    expect(await heatmapCellCount(page)).toBe(14 * 4);

    await page.reload();
    await page.locator('[data-chart=theme] [data-testid=segment]').first().waitFor({ timeout: 30_000 });
    await expect.poll(() => count(page, 'answered')).toBe(14);
    expect(await page.getByTestId('filter-kinds').locator('[data-value=stadsdelsnamnd]').getAttribute('aria-pressed')).toBe('true');

    await page.getByTestId('clear-filters').click();
    await expect.poll(() => count(page, 'answered')).toBe(46);
    expect(page.url()).not.toContain('typ=');
    await context.close();
  });

  it('after a reload, draws the first chart from the stored summary before the records have loaded', async () => {
    const { page, context, errors } = await ready();
    // The summary is written a moment after the records have loaded: wait until it is stored.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open('remissradar');
              open.onsuccess = () => {
                const db = open.result;
                const req = db.transaction('summaries').objectStore('summaries').getAll();
                req.onsuccess = () => {
                  resolve((req.result as { n?: number }[]).filter((r) => typeof r.n === 'number').length);
                  db.close();
                };
              };
            }),
        ),
      )
      .toBeGreaterThan(0);
    // What the page shows the first time the headline and a bar are there (a MutationObserver
    // from before the app starts): who has not answered is only known from the records.
    await page.addInitScript(() => {
      const seen = () => {
        const answered = document.querySelector('[data-testid=count-answered] .num');
        if (!answered || !document.querySelector('[data-chart=theme] [data-testid=segment]')) return false;
        (window as unknown as { firstDraw: unknown }).firstDraw = {
          answered: answered.textContent,
          notAnswered: document.querySelector('[data-testid=count-notAnswered] .num')?.textContent,
        };
        return true;
      };
      new MutationObserver((_, o) => {
        if (seen()) o.disconnect();
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.reload();
    await page.locator('[data-chart=theme] [data-testid=segment]').first().waitFor({ timeout: 30_000 });
    const first = await page.evaluate(() => (window as unknown as { firstDraw: { answered: string; notAnswered: string } }).firstDraw);
    expect(first).toEqual({ answered: '46', notAnswered: '…' });
    // Then the records arrive and the same counts stand, with who has not answered.
    await expect.poll(() => page.getByTestId('count-notAnswered').locator('.num').textContent()).toMatch(/^\d+$/);
    expect(await count(page, 'answered')).toBe(46);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('filters by nämnd through the searchable multi-select', async () => {
    const { page, context } = await ready();
    await page.getByTestId('respondent-picker').click();
    await page.getByTestId('respondent-search').fill('bromma');
    await page.getByRole('checkbox', { name: 'Bromma stadsdelsnämnd', exact: true }).check();
    await page.getByTestId('respondent-search').fill('kultur');
    await page.getByRole('checkbox', { name: 'Kulturnämnden', exact: true }).check();
    await page.keyboard.press('Escape');
    await expect.poll(() => count(page, 'answered')).toBe(2);
    expect(decodeURIComponent(page.url())).toContain('instans=Bromma+stadsdelsnämnd');
    expect(await heatmapCellCount(page)).toBe(2 * 4);
    // A chip removes one name again.
    await page.getByRole('button', { name: 'Ta bort Kulturnämnden ur filtret' }).click();
    await expect.poll(() => count(page, 'answered')).toBe(1);
    await context.close();
  });

  it('says what to do when no yttrande matches, and clearing brings them back', async () => {
    const { page, context } = await ready();
    await page.getByTestId('filter-q').fill('zzzxyq-ingenträff');
    await page.getByTestId('empty-filtered').waitFor();
    expect(await page.getByTestId('empty-filtered').textContent()).toContain('Inga yttranden matchar filtren.');
    await page.getByTestId('empty-filtered').getByRole('button', { name: 'Rensa filter' }).click();
    await expect.poll(() => count(page, 'answered')).toBe(46);
    await context.close();
  });

  it('lists the yttrande behind a heatmap cell with its evidence, and opens it', async () => {
    const { page, context } = await ready();
    await clickHeatmapCell(page, 'Bromma stadsdelsnämnd', 'Samverkan');
    // The clicked cell becomes the one in the tab order, named and pressed.
    const active = page.locator('svg[data-chart=heatmap] [data-testid=cell]');
    expect(await active.getAttribute('aria-label')).toMatch(/^Bromma stadsdelsnämnd, Samverkan: /);
    await expect.poll(() => active.getAttribute('aria-pressed')).toBe('true');
    // The pointer over a cell lightens it with one veil and shows a hand; off the grid, neither.
    const heat = page.locator('svg[data-chart=heatmap]');
    expect(await heat.locator('rect.veil').count()).toBe(1);
    expect(await heat.locator('rect.hit').evaluate((r) => getComputedStyle(r).cursor)).toBe('pointer');
    await page.mouse.move(1, 1);
    expect(await heat.locator('rect.veil').count()).toBe(0);
    const drill = page.getByTestId('drilldown');
    await drill.waitFor();
    expect(await drill.locator('h3').textContent()).toBe('Bromma stadsdelsnämnd – Samverkan');
    const items = drill.getByTestId('drill-item');
    expect(await items.count()).toBe(1);
    expect(await items.first().getAttribute('data-respondent')).toBe('Bromma stadsdelsnämnd');
    expect((await items.first().locator('.ev').textContent())!.trim().length).toBeGreaterThan(10);

    await items.first().getByRole('button', { name: /Bromma stadsdelsnämnd/ }).click();
    const dialog = page.getByTestId('response-detail');
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain('Bromma stadsdelsnämnd');
    await context.close();
  });

  it('reaches a segment with Tab and opens its list with Enter', async () => {
    const { page, context } = await ready();
    await page.locator('main h1').click();
    let onSegment = false;
    for (let i = 0; i < 60 && !onSegment; i++) {
      await page.keyboard.press('Tab');
      onSegment = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'segment');
    }
    expect(onSegment).toBe(true);
    const label = await page.evaluate(() => document.activeElement!.getAttribute('aria-label'));
    expect(label).toMatch(/^(Profilering|Omvärldsbevakning|Samverkan|Påverkan): Tillstyrker \d+ av \d+/);
    const [category, stance] = await page.evaluate(() => [document.activeElement!.getAttribute('data-category'), document.activeElement!.getAttribute('data-stance')]);
    await page.keyboard.press('Enter');
    const drill = page.getByTestId('drilldown');
    await drill.waitFor();
    // Focus moves to the list, which names the segment and holds as many yttranden as the segment.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    expect(await drill.locator('h3').textContent()).toBe(`Tillstyrker – ${category}`);
    const n = Number(label!.match(/Tillstyrker (\d+)/)![1]);
    expect(await drill.getByTestId('drill-item').count()).toBe(n);
    expect(stance).toBe('supporting');

    // The heatmap is one tab stop; arrow keys move between its cells, Enter opens one.
    await page.getByTestId('cell').first().focus();
    const name = () => page.evaluate(() => document.activeElement!.getAttribute('aria-label')!);
    const columns = await page.locator('svg[data-chart=heatmap] text.label[text-anchor=middle]').allTextContents();
    const first = await name();
    expect(first).toMatch(new RegExp(`^[^,]+, ${columns[0]}: `));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    // The focus is on the cell one row down and one column right, named after it.
    const cell = /^(.+), ([^:]+): /.exec(await name())!.slice(1);
    expect(cell[1]).toBe(columns[1]);
    expect(columns[1]).toBe('Omvärldsbevakning');
    expect(cell[0]).not.toBe(/^([^,]+),/.exec(first)![1]);
    expect(await page.evaluate(() => document.activeElement!.getAttribute('data-testid'))).toBe('cell');
    expect(await page.locator('svg[data-chart=heatmap] [tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('End');
    expect(await name()).toMatch(new RegExp(`^${cell[0]}, ${columns[columns.length - 1]}: `));
    await page.keyboard.press('Home');
    expect(await name()).toMatch(new RegExp(`^${cell[0]}, ${columns[0]}: `));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('drilldown').locator('h3').textContent()).toBe(`${cell[0]} – ${cell[1]}`);
    await context.close();
  });

  it('has no serious or critical axe violations, with tables and a drill-down open', async () => {
    const { page, context } = await ready();
    await page.getByTestId('table-toggle-theme').click();
    await page.getByTestId('table-toggle-heatmap').click();
    await page.locator('[data-chart=kind] [data-testid=segment]').first().click();
    await page.getByTestId('drilldown').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'In English' }).click();
    await expect.poll(() => page.locator('svg[data-chart=theme] title').textContent()).toBe('Position per theme');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('Yttranden', () => {
  async function table() {
    const s = await ready();
    await s.page.getByRole('link', { name: 'Yttranden' }).click();
    await s.page.getByTestId('responses-table').waitFor();
    return s;
  }
  const names = (page: Page) => page.getByTestId('response-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-respondent')!));

  it('lists every yttrande, sorts by a column and follows the filters', async () => {
    const { page, context } = await table();
    expect(page.url()).toContain('#/yttranden');
    const asc = await names(page);
    expect(asc).toHaveLength(46);
    const sv = new Intl.Collator('sv');
    expect(asc).toEqual([...asc].sort(sv.compare));
    expect(await page.locator('th[aria-sort=ascending]').textContent()).toContain('Remissinstans');

    await page.getByTestId('sort-respondent').click();
    expect(await names(page)).toEqual([...asc].sort(sv.compare).reverse());
    expect(await page.locator('th[aria-sort=descending]').count()).toBe(1);

    await page.getByTestId('sort-confidence').click();
    const conf = await page.getByTestId('response-row').locator('td.num').allTextContents();
    const values = conf.map((c) => Number(c.replace(/[^\d]/g, '')));
    expect(values).toEqual([...values].sort((a, b) => b - a));

    await page.getByTestId('filter-kinds').locator('[data-value=bolagsstyrelse]').click();
    await expect.poll(async () => (await names(page)).length).toBe(12);
    expect(page.url()).toContain('#/yttranden?');
    expect(page.url()).toContain('typ=bolagsstyrelse');
    await context.close();
  });

  it('opens a yttrande from its row with Enter', async () => {
    const { page, context } = await table();
    const row = page.getByTestId('response-row').first();
    const name = await row.getAttribute('data-respondent');
    await row.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('response-detail');
    await dialog.waitFor();
    await expect.poll(() => dialog.textContent()).toContain(name!);
    await context.close();
  });

  it('has no serious or critical axe violations', async () => {
    const { page, context } = await table();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
