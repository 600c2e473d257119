/**
 * Instrumentation put into the app page before any of its scripts (addInitScript runs
 * over the DevTools protocol, so the page's strict CSP does not apply): long tasks, the
 * first rendered chart, phase marks of the import, and clicks on download links.
 * Times are performance.now() of the page (0 = navigation start).
 */
export interface PageMarks {
  longtasks: { start: number; duration: number }[];
  /** First `svg[data-chart]` with a segment or cell in it. */
  firstChart: number | null;
  change: number | null;
  preview: number | null;
  confirm: number | null;
  result: number | null;
  /** Last click on an `<a download>` (how the app saves files). */
  download: number | null;
}

declare global {
  interface Window {
    __bench: PageMarks;
  }
}

/** Serialised with Function.prototype.toString, so it must be self-contained. */
export function instrument(): void {
  const marks: PageMarks = { longtasks: [], firstChart: null, change: null, preview: null, confirm: null, result: null, download: null };
  window.__bench = marks;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) marks.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* no long task API */
  }
  const SEGMENT = 'svg[data-chart] [data-testid=segment], svg[data-chart] [data-testid=cell]';
  const check = () => {
    const now = performance.now();
    if (marks.firstChart === null && document.querySelector(SEGMENT)) marks.firstChart = now;
    if (marks.change !== null) {
      if (marks.preview === null && document.querySelector('[data-testid=import-confirm], [data-testid=import-error]')) marks.preview = now;
      if (marks.result === null && document.querySelector('[data-testid=import-result]')) marks.result = now;
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  window.addEventListener(
    'change',
    (e) => {
      const t = e.target as HTMLElement | null;
      if (t?.getAttribute?.('data-testid') === 'import-input') marks.change = performance.now();
    },
    true,
  );
  window.addEventListener(
    'click',
    (e) => {
      const a = (e.target as Element | null)?.closest?.('a[download]');
      if (a) marks.download = performance.now();
    },
    true,
  );
}
