import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { assertSafeSvg } from '../../src/lib/export/assertSafeSvg.ts';
import { axeViolations, launch, openApp, waitForLibrary } from './browser.ts';

const TITLE = 'Internationell strategi för Stockholms stad';
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

async function gotoReport(page: Page) {
  await page.getByRole('link', { name: 'Rapport' }).click();
  await page.getByTestId('report-preview').waitFor();
}

/** Click and return the download's bytes and suggested name. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [dl]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: await readFile(path) };
}

/** Width and height on the root `<svg>` start tag. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)![0];
  return { width: Number(/\swidth="([\d.]+)"/.exec(root)![1]), height: Number(/\sheight="([\d.]+)"/.exec(root)![1]) };
}

/** A small RFC 4180 reader for the exported CSV (BOM, quotes, CRLF). */
function parseCsv(text: string, delimiter = ';'): string[][] {
  const s = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) row.push(cell), (cell = '');
    else if (ch === '\r' && s[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      (row = []), (cell = ''), i++;
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

describe('report', () => {
  it('downloads the report as a PNG at twice the size of the SVG, over white', async () => {
    const { page, context, errors } = await openApp(browser);
    await ready(page);
    await gotoReport(page);
    const svg = await download(page, () => page.getByTestId('report-svg').click());
    const png = await download(page, () => page.getByTestId('report-png').click());
    expect(png.name).toMatch(/^internationell-strategi-for-stockholms-stad_rapport_\d{4}-\d{2}-\d{2}\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const { width, height } = svgSize(svg.bytes.toString('utf8'));
    expect(width).toBeGreaterThan(600);
    expect(height).toBeGreaterThan(800);
    expect(png.bytes.readUInt32BE(16)).toBe(2 * width);
    expect(png.bytes.readUInt32BE(20)).toBe(2 * height);
    // The top-left pixel is white, not transparent: decode the PNG in the page.
    const corner = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
      const bmp = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = new OffscreenCanvas(4, 4);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      return [...ctx.getImageData(1, 1, 1, 1).data];
    }, png.bytes.toString('base64'));
    expect(corner).toEqual([255, 255, 255, 255]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('downloads the report as a safe, well-formed SVG holding the remiss title, filters and source line', async () => {
    const { page, context } = await openApp(browser);
    await ready(page);
    await gotoReport(page);
    const { name, bytes } = await download(page, () => page.getByTestId('report-svg').click());
    expect(name).toMatch(/_rapport_\d{4}-\d{2}-\d{2}\.svg$/);
    const svg = bytes.toString('utf8');
    expect(assertSafeSvg(svg)).toEqual([]);
    const parsed = await page.evaluate((x) => {
      const d = new DOMParser().parseFromString(x, 'image/svg+xml');
      const all = [...d.getElementsByTagName('*')];
      return {
        parserError: d.getElementsByTagName('parsererror').length,
        root: d.documentElement.localName,
        scripts: d.getElementsByTagNameNS('*', 'script').length,
        foreign: all.filter((e) => e.localName.toLowerCase() === 'foreignobject').length,
        handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
        charts: all.filter((e) => e.getAttribute('data-chart')).map((e) => e.getAttribute('data-chart')),
        text: d.documentElement.textContent ?? '',
      };
    }, svg);
    expect(parsed).toMatchObject({ parserError: 0, root: 'svg', scripts: 0, foreign: 0, handlers: [] });
    expect(parsed.charts).toEqual(['theme', 'kind', 'heatmap']);
    // One chart system: the report's charts are the overview's components in static mode
    // (their axis, bars and heatmap groups), as plain images without controls.
    for (const cls of ['axis', 'bars', 'heatmap']) expect(svg).toContain(`class="${cls}"`);
    expect(svg).not.toMatch(/role="button"|tabindex=/);
    expect(parsed.text).toContain(TITLE);
    expect(parsed.text).toContain('Urval: alla yttranden (inga filter).');
    expect(parsed.text).toMatch(/Källa: \d+ yttranden, klassificerade automatiskt, \d+ granskade manuellt/);
    await context.close();
  });

  it('describes the filters in force in Swedish words; charts, counts and CSV hold only the filtered yttranden', async () => {
    const { page, context } = await openApp(browser);
    await ready(page);
    // Keep the selected remiss in the link: without it the app picks one and resets the filters.
    await expect.poll(() => page.url()).toMatch(/remiss=\d+/);
    const remiss = /remiss=(\d+)/.exec(page.url())![1];
    await page.goto(page.url().replace(/#.*$/, '') + `#/rapport?remiss=${remiss}&typ=facknamnd&stallning=opposing&stallning=conditional`);
    await page.getByTestId('report-preview').waitFor();
    const preview = page.getByTestId('report-preview');
    await expect.poll(() => preview.textContent()).toContain('Urval: Typ: Facknämnd · Ställningstagande: Tillstyrker med villkor, Avstyrker.');
    const counts = (await page.getByTestId('report-counts').textContent()) ?? '';
    const n = Number(/Yttranden: (\d+)/.exec(counts)![1]);
    expect(counts).toMatch(/Tillstyrker: 0 · /);
    expect(counts).not.toContain('Har inte svarat');
    expect(await page.getByTestId('report-footer').textContent()).toContain(`Källa: ${n} yttranden`);
    // The heatmap paints one rounded rect per yttrande and inriktning, in one path per pattern.
    const painted = await page.locator('svg[data-chart="heatmap"] path[data-fill]').evaluateAll((ps) =>
      ps.map((p) => [Number(p.getAttribute('data-cells')), (p.getAttribute('d')!.match(/M/g) ?? []).length]));
    expect(painted.reduce((a, [cells]) => a + cells, 0)).toBe(n * 4);
    expect(painted.every(([cells, subpaths]) => cells === subpaths)).toBe(true);
    // The CSV holds the same filtered yttranden.
    const rows = parseCsv((await download(page, () => page.getByTestId('csv-download').click())).bytes.toString('utf8'));
    expect(rows).toHaveLength(n + 1);
    const [kind, stance] = [rows[0].indexOf('Typ'), rows[0].indexOf('Ställningstagande')];
    for (const r of rows.slice(1)) {
      expect(r[kind]).toBe('Facknämnd');
      expect(['Tillstyrker med villkor', 'Avstyrker']).toContain(r[stance]);
    }
    await context.close();
  });

  it('takes a title and notes, and exports the report as A4 pages and a chart as a 16:9 slide, the source line kept', async () => {
    const { page, context, errors } = await openApp(browser);
    await ready(page);
    await gotoReport(page);
    await page.getByTestId('report-texts').locator('summary').click();
    await page.getByTestId('report-own-title').fill('Remissvaren i korthet');
    await page.getByTestId('report-own-note').fill('Underlag till KS beredning.');
    await page.getByTestId('chart-own-title-kind').fill('Per typ av instans');
    await page.getByTestId('chart-own-note-kind').fill('Stadsdelsnämnderna är flest.');
    expect(await page.getByTestId('report-preview').locator('h2').textContent()).toBe('Remissvaren i korthet');
    expect(await page.getByTestId('report-note-kind').textContent()).toBe('Stadsdelsnämnderna är flest.');
    await page.getByTestId('report-size').selectOption('a4');
    const files: { name: string; svg: string }[] = [];
    page.on('download', async (d) => files.push({ name: d.suggestedFilename(), svg: await readFile((await d.path())!, 'utf8') }));
    await page.getByTestId('report-svg').click();
    await expect.poll(() => files.length, { timeout: 15_000 }).toBe(2);
    await expect.poll(() => page.locator('.toolbar .status').textContent()).toContain('sida-2');
    files.sort((a, b) => a.name.localeCompare(b.name));
    expect(files.map((f) => f.name)).toEqual([expect.stringMatching(/^remissvaren-i-korthet_rapport-a4-sida-1_\d{4}-\d{2}-\d{2}\.svg$/), expect.stringMatching(/_rapport-a4-sida-2_/)]);
    for (const [i, f] of files.entries()) {
      expect(svgSize(f.svg)).toEqual({ width: 794, height: 1123 });
      expect(assertSafeSvg(f.svg)).toEqual([]);
      expect(f.svg).toContain('Remissvaren i korthet');
      expect(f.svg).toMatch(new RegExp(`Källa: 46 yttranden, klassificerade automatiskt, \\d+ granskade manuellt · Sida ${i + 1} av 2`));
    }
    expect(files[0].svg).toContain('Underlag till KS beredning.');
    expect(files[0].svg).toContain('Per typ av instans');
    expect(files[0].svg).toContain('Stadsdelsnämnderna är flest.');
    // One chart as a 16:9 slide.
    await page.getByTestId('report-size').selectOption('slide');
    const one = await download(page, () => page.getByRole('button', { name: 'Ladda ned diagrammet Per typ av instans som SVG' }).click());
    const svg = one.bytes.toString('utf8');
    expect(svgSize(svg)).toEqual({ width: 1600, height: 900 });
    expect(svg).toContain('Stadsdelsnämnderna är flest.');
    expect(svg).toMatch(/Källa: 46 yttranden/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a Swedish error when the canvas gives no PNG', async () => {
    const { page, context } = await openApp(browser);
    await ready(page);
    await gotoReport(page);
    await page.evaluate(() => {
      HTMLCanvasElement.prototype.toBlob = function (cb: BlobCallback) {
        cb(null);
      };
    });
    await page.getByTestId('report-png').click();
    const alert = page.getByTestId('report-error');
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toMatch(/^Exporten misslyckades: Bilden kunde inte skapas/);
    await context.close();
  });

  it('exports one chart as PNG and SVG from its own buttons', async () => {
    const { page, context } = await openApp(browser);
    await ready(page);
    await gotoReport(page);
    const svg = await download(page, () => page.getByRole('button', { name: 'Ladda ned diagrammet Ställningstaganden per inriktning som SVG' }).click());
    expect(svg.name).toMatch(/^internationell-strategi-for-stockholms-stad_inriktningar_\d{4}-\d{2}-\d{2}\.svg$/);
    const text = svg.bytes.toString('utf8');
    expect(assertSafeSvg(text)).toEqual([]);
    expect(text).toContain('Ställningstaganden per inriktning');
    expect(text).toContain(TITLE);
    const png = await download(page, () => page.getByRole('button', { name: 'Ladda ned diagrammet Ställningstagande per remissinstans och inriktning som PNG' }).click());
    expect(png.name).toMatch(/_karta_\d{4}-\d{2}-\d{2}\.png$/);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    await context.close();
  });

  it('exports yttranden as CSV with hostile cells neutralised, semicolons by default, commas on request', async () => {
    const { page, context, errors } = await openApp(browser);
    await ready(page);
    // Import a file whose names and texts look like formulas and markup, through the Import view.
    await page.getByRole('link', { name: 'Import' }).click();
    const csv = [
      'nämnd;yttrande',
      '"=HYPERLINK(""http://example.invalid"",""Klicka"")";Nämnden tillstyrker förslaget.',
      '+Plusnämnden;Nämnden avstyrker förslaget.',
      '-Minusnämnden;"=1+1 Nämnden tillstyrker förslaget under förutsättning att kostnaderna täcks."',
      '@Snabelnämnden;Nämnden avstår från att yttra sig.',
      '<script>alert(1)</script> nämnd;<img src=x onerror=alert(1)> Nämnden tillstyrker förslaget.',
    ].join('\r\n');
    await page.getByTestId('import-input').setInputFiles({ name: 'fientlig.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByTestId('file-preview').waitFor();
    // Into the sample remiss, so the heatmap (which needs themes) names them too.
    await page.getByLabel(`Remissen ”${TITLE}”`).check();
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-result').waitFor();
    // The header follows the stored records (a live query), a moment after the result.
    await expect.poll(async () => Number((await page.getByTestId('response-count').textContent())!.split(' ')[0])).toBeGreaterThanOrEqual(49);
    const total = await page.getByTestId('response-count').textContent();
    await gotoReport(page);

    const semi = await download(page, () => page.getByTestId('csv-download').click());
    expect(semi.name).toMatch(/^internationell-strategi-for-stockholms-stad_yttranden_\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...semi.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(semi.bytes.toString('utf8'));
    expect(rows[0].slice(0, 2)).toEqual(['Remissinstans', 'Gemensamt yttrande med']);
    expect(rows).toHaveLength(Number(total!.split(' ')[0]) + 1);
    const names = rows.slice(1).map((r) => r[0]);
    expect(names).toEqual(
      expect.arrayContaining(["'+Plusnämnden", "'-Minusnämnden", "'=HYPERLINK(\"http://example.invalid\",\"Klicka\")", "'@Snabelnämnden", '<script>alert(1)</script> nämnd']),
    );
    // Every cell of every row: nothing a spreadsheet would run is left at a cell's start.
    for (const r of rows) for (const cell of r) expect(cell).not.toMatch(/^[\s]*[=+\-@\t\r]/);

    await page.getByLabel('Komma (andra program)').check();
    const comma = await download(page, () => page.getByTestId('csv-download').click());
    const commaRows = parseCsv(comma.bytes.toString('utf8'), ',');
    expect(commaRows[0][0]).toBe('Remissinstans');
    expect(commaRows).toHaveLength(rows.length);
    expect(commaRows.map((r) => r[0]).sort()).toEqual(rows.map((r) => r[0]).sort());

    // The same hostile names in the report image stay text.
    const svg = (await download(page, () => page.getByTestId('report-svg').click())).bytes.toString('utf8');
    expect(assertSafeSvg(svg)).toEqual([]);
    expect(svg).not.toMatch(/<script|<img|\sonerror=/i);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt; nämnd');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('writes a remissammanställning that names every respondent once, under the stance the app shows', async () => {
    const { page, context } = await openApp(browser);
    await ready(page);
    await gotoReport(page);
    // The app's records, as the CSV export shows them: name → effective stance.
    const rows = parseCsv((await download(page, () => page.getByTestId('csv-download').click())).bytes.toString('utf8'));
    const col = rows[0].indexOf('Ställningstagande');
    const expected = rows.slice(1).map((r) => ({
      name: r[1] ? `${[r[0], ...r[1].split(', ')].join(', ').replace(/, ([^,]*)$/, ' och $1')} (gemensamt yttrande)` : r[0],
      stance: r[col],
    }));
    expect(expected.length).toBeGreaterThanOrEqual(44);

    const text = await page.getByTestId('summary-text').inputValue();
    const overall = text.slice(text.indexOf('Remissinstansernas ställningstaganden'), text.indexOf('Synpunkter per inriktning'));
    expect(overall.length).toBeGreaterThan(100);
    const found: { name: string; stance: string }[] = [];
    let group = '';
    for (const line of overall.split('\n')) {
      const heading = /^(Tillstyrker|Tillstyrker med villkor|Avstyrker|Ingen ställning) \((\d+)\)$/.exec(line);
      if (heading) group = heading[1];
      else if (line.startsWith('– ')) {
        const name = /^– (.*?)(?: \(manuellt bedömd\))?(?: \(citat \d+\))?(?:\. Villkor: .*)?$/.exec(line)![1];
        found.push({ name, stance: group });
      }
    }
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'sv');
    expect(found.sort(byName)).toEqual(expected.sort(byName));
    // Each group heading counts its own entries.
    for (const m of overall.matchAll(/^(.+) \((\d+)\)$/gm)) {
      expect(found.filter((f) => f.stance === m[1])).toHaveLength(Number(m[2]));
    }
    await context.close();
  });

  it('lets the user edit the draft, copy it and download it as .txt and .md', async () => {
    const { page, context } = await openApp(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await ready(page);
    await gotoReport(page);
    const area = page.getByTestId('summary-text');
    expect(await area.inputValue()).toMatch(/^Remissammanställning: Internationell strategi för Stockholms stad/);
    await area.fill('Mitt eget utkast åäö.');
    await page.getByText('Du har ändrat texten.').waitFor();
    // Switching format keeps the user's text (converted, here unchanged: it is one paragraph).
    await page.getByLabel('Markdown (för intranätet)').check();
    expect(await area.inputValue()).toBe('Mitt eget utkast åäö.');
    await page.getByTestId('summary-copy').click();
    await expect.poll(() => page.getByTestId('summary-status').textContent()).toBe('Kopierat');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('Mitt eget utkast åäö.');
    const txt = await download(page, () => page.getByTestId('summary-txt').click());
    expect(txt.name).toMatch(/_remissammanstallning_\d{4}-\d{2}-\d{2}\.txt$/);
    expect(txt.bytes.toString('utf8')).toBe('Mitt eget utkast åäö.');
    await page.getByRole('button', { name: 'Återställ genererad text' }).click();
    await page.getByRole('button', { name: 'Ja, återställ' }).click();
    await expect.poll(() => area.inputValue()).toMatch(/^# Remissammanställning/);
    expect(await area.inputValue()).toMatch(/^# Remissammanställning: Internationell strategi/);
    const md = await download(page, () => page.getByTestId('summary-md').click());
    expect(md.name).toMatch(/\.md$/);
    expect(md.bytes.toString('utf8')).toContain('## Remissinstansernas ställningstaganden');
    await context.close();
  });

  it('prints only the report: no navigation, buttons or textarea, charts within the page width', async () => {
    const { page, context } = await openApp(browser, '/', { width: 794, height: 1123 });
    await ready(page);
    await gotoReport(page);
    await page.emulateMedia({ media: 'print' });
    for (const sel of ['nav', '[data-testid="report-png"]', '[data-testid="csv-download"]', '[data-testid="summary-text"]', '.export-menu']) {
      expect(await page.locator(sel).first().isVisible(), sel).toBe(false);
    }
    expect(await page.locator('.print-only').isVisible()).toBe(true);
    const widths = await page.evaluate(() => {
      const paper = document.querySelector('[data-testid="report-preview"]')!.getBoundingClientRect().width;
      return { paper, charts: [...document.querySelectorAll('svg[data-chart]')].map((s) => s.getBoundingClientRect().width) };
    });
    expect(widths.charts).toHaveLength(3);
    for (const w of widths.charts) expect(w).toBeLessThanOrEqual(widths.paper + 0.5);
    await context.close();
  });

  it('has no serious or critical axe violations on the report view', async () => {
    const { page, context } = await openApp(browser);
    await ready(page);
    await gotoReport(page);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
