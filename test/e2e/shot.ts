/**
 * Look at the app as a person would: `npx tsx test/e2e/shot.ts [#/route] [out.png] [width] [--keep]`.
 * Serves dist/ (run `vite build` first), loads the route in a fresh profile, waits for the
 * sample remiss, and saves a full-page screenshot.
 */
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';

const [route = '#/oversikt', out = '.tmp/shot.png', width = '1280'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const base = server.resolvedUrls!.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, locale: 'sv-SE' });
page.on('pageerror', (e) => console.error('pageerror', e));
page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()));
await page.goto(base + '/');
await page.getByTestId('response-count').waitFor({ timeout: 30_000 });
if (route !== '#/oversikt') {
  await page.goto(base + '/' + route);
  await page.waitForTimeout(800);
}
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: true });
console.log('saved', out);
await browser.close();
server.httpServer.close();
