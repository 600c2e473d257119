/**
 * A decade's library in the browser (issue 16 point 5): 5,000 remisser and 200,000
 * yttranden written straight into IndexedDB (test/e2e/seedLibrary.ts), then, as a person
 * uses it: switching remiss with the header's picker (option click → the new remiss's
 * count in the header and the frame after it), opening the picker, typing in it, scrolling
 * its list (frame times), and opening the library list.
 */
import type { Browser } from 'playwright-core';
import { seedLibraryInPage } from '../../../test/e2e/seedLibrary.ts';
import { openApp } from './browser.ts';

export interface LibraryFigures {
  remisser: number;
  responses: number;
  seedMs: number;
  /** Option click → header shows the new remiss's count, and a frame drawn. */
  switchMs: number[];
  /** Click on the picker → its options are in the page. */
  pickerOpenMs: number[];
  /** A dnr pasted into the empty search → the list of matches updated. */
  pickerFilterMs: number[];
  /** Frame-to-frame times while the picker's list scrolls, 40 steps. */
  scrollFrameMs: number[];
  /** Per scroll step: the rows redrawn and laid out (the work a frame must fit). */
  scrollWorkMs: number[];
  /** Click on Bibliotek → the first rows of the library list. */
  libraryListMs: number[];
}

const PER = 40;

export async function largeLibrary(browser: Browser, base: string, remisser = 5000, log: (s: string) => void = () => undefined): Promise<LibraryFigures> {
  const s = await openApp(browser, base);
  const { page } = s;
  try {
    const t0 = performance.now();
    // Counts per remiss are PER + (i % 3): consecutive picks below differ in count.
    await page.evaluate(`(${seedLibraryInPage.toString()})(${JSON.stringify({ remisser, perRemiss: PER })})`);
    const seedMs = performance.now() - t0;
    log(`library: ${remisser} remisser, ~${remisser * (PER + 1)} yttranden written in ${(seedMs / 1000).toFixed(1)} s`);
    await page.reload();
    await page.getByTestId('remiss-picker').waitFor({ timeout: 120_000 });
    const out: LibraryFigures = { remisser, responses: 0, seedMs, switchMs: [], pickerOpenMs: [], pickerFilterMs: [], scrollFrameMs: [], scrollWorkMs: [], libraryListMs: [] };
    out.responses = await page.evaluate(async () => {
      const db: IDBDatabase = await new Promise((r) => {
        const o = indexedDB.open('remissradar');
        o.onsuccess = () => r(o.result);
      });
      const n: number = await new Promise((r) => {
        const q = db.transaction('responses').objectStore('responses').count();
        q.onsuccess = () => r(q.result);
      });
      db.close();
      return n;
    });

    // Switch to remiss i (seeded as "… nr i+1", dnr KS <year>/<i+1 padded>), six times.
    for (const i of [10, 2011, 3012, 4013, 1014, 2515]) {
      const year = 2016 + (i % 10);
      const dnr = `KS ${year}/${String(i + 1).padStart(5, '0')}`;
      const expected = PER + (i % 3);
      const t = performance.now();
      await page.getByTestId('remiss-picker').click();
      await page.getByTestId('remiss-option').first().waitFor();
      out.pickerOpenMs.push(performance.now() - t);
      // The dnr pasted into the empty search box: all 5,001 remisser filtered to one, drawn.
      out.pickerFilterMs.push(
        await page.evaluate(async (dnr) => {
          const input = document.querySelector<HTMLInputElement>('[data-testid=remiss-picker-search]')!;
          const count = document.querySelector('[data-testid=remiss-picker-count]')!;
          const before = count.textContent;
          const t0 = performance.now();
          input.value = dnr;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          while (count.textContent === before && performance.now() - t0 < 5000) await new Promise((r) => requestAnimationFrame(r));
          return performance.now() - t0;
        }, dnr),
      );
      out.switchMs.push(
        await page.evaluate(async (expected) => {
          const option = document.querySelector<HTMLElement>('[data-testid=remiss-option]')!;
          const count = document.querySelector('[data-testid=response-count]')!;
          const t0 = performance.now();
          option.click();
          const want = `${expected} yttranden`;
          while (count.textContent !== want) {
            if (performance.now() - t0 > 30_000) throw new Error(`switch: header never showed ${want}`);
            await new Promise((r) => requestAnimationFrame(r));
          }
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
          return performance.now() - t0;
        }, expected),
      );
    }

    // Scrolling the full list in the picker.
    await page.getByTestId('remiss-picker').click();
    await page.getByTestId('remiss-option').first().waitFor();
    const scrolled = await page.evaluate(async () => {
      const list = document.querySelector<HTMLElement>('[role=listbox]')!;
      const frames: number[] = [];
      const work: number[] = [];
      let last = performance.now();
      for (let k = 0; k < 40; k++) {
        const scrolledEvent = new Promise<void>((r) => list.addEventListener('scroll', () => r(), { once: true }));
        list.scrollTop += list.clientHeight * 3;
        await scrolledEvent;
        // The scroll handler ran; Svelte flushes in a microtask: then force style and layout.
        const t0 = performance.now();
        await Promise.resolve();
        list.getBoundingClientRect();
        void list.querySelector('li:last-child')?.getBoundingClientRect();
        work.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
      return { frames, work };
    });
    out.scrollFrameMs = scrolled.frames;
    out.scrollWorkMs = scrolled.work;
    await page.keyboard.press('Escape');

    // The library list, three times (away to the overview between).
    for (let k = 0; k < 3; k++) {
      await page.getByRole('link', { name: 'Översikt' }).click();
      await page.waitForFunction(() => location.hash.startsWith('#/oversikt'));
      const t = performance.now();
      await page.getByRole('link', { name: 'Bibliotek' }).click();
      await page.getByTestId('library-row').first().waitFor({ timeout: 60_000 });
      await page.waitForFunction(() => !document.querySelector('[data-testid=library-count]')?.textContent?.includes('…'), undefined, { timeout: 60_000, polling: 'raf' });
      out.libraryListMs.push(performance.now() - t);
    }
    return out;
  } finally {
    await s.context.close();
  }
}
