/** Measurements in Node: the classifier's throughput and linearity, the initial JS size. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { classify } from '../../lib/classify/index.ts';
import { MAX_ANALYSED } from '../../lib/classify/limits.ts';
import type { Theme } from '../../lib/domain/types.ts';
import { ADVERSARIAL_SHAPES, adversarialText } from './workload/adversarial.ts';
import { generateRows, utf8Length } from './workload/generate.ts';
import { summarize, type Summary } from './workload/stats.ts';
import { SEED } from './data.ts';

/** The sample remiss's themes: the import classifies against the selected remiss's themes. */
export function sampleThemes(): Theme[] {
  const j = JSON.parse(readFileSync(join(process.cwd(), 'data/sample/remiss.json'), 'utf8')) as { consultation: { themes: Theme[] } };
  return j.consultation.themes;
}

export interface ClassifierFigures {
  /** MB/s (10^6 bytes of UTF-8 text per second) over generated yttranden, per run. */
  mbps: Summary;
  texts: number;
  mb: number;
  /**
   * One 5 MB text per shape: ms. The classifier analyses only the first MAX_ANALYSED
   * characters (lib/classify/limits.ts), so linearity is measured below that cap: ms per
   * character at MAX_ANALYSED ÷ at a tenth of it (1.0 = linear, 10 = quadratic).
   */
  adversarial: { name: string; ms5MB: number; scale: number }[];
  worst: { name: string; ms5MB: number; scale: number };
  /** Characters the classifier analyses at most. */
  analysedCap: number;
  /** A 5 MB text made of real yttranden glued together (the non-adversarial long text). */
  concatenated5MBms: number;
}

const MB = 1e6;

function time(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

export function classifierFigures(opts: { texts: number; runs: number; adversarial?: boolean; log: (s: string) => void }): ClassifierFigures {
  const themes = sampleThemes();
  const rows = [...generateRows(opts.texts, SEED)];
  const bytes = rows.reduce((s, r) => s + utf8Length(r.text) + utf8Length(r.decision), 0);
  // Warm up the JIT on a slice, as a worker would have done after its first chunk.
  for (const r of rows.slice(0, 100)) classify({ text: r.text, decision: r.decision }, themes);
  const speeds: number[] = [];
  for (let k = 0; k < opts.runs; k++) {
    const ms = time(() => {
      for (const r of rows) classify({ text: r.text, decision: r.decision }, themes);
    });
    speeds.push(bytes / MB / (ms / 1000));
    opts.log(`classifier run ${k + 1}: ${(bytes / MB).toFixed(1)} MB in ${ms.toFixed(0)} ms`);
  }

  const adversarial: ClassifierFigures['adversarial'] = [];
  for (const shape of opts.adversarial === false ? ADVERSARIAL_SHAPES.slice(0, 1) : ADVERSARIAL_SHAPES) {
    const cap = Math.min(MAX_ANALYSED, 5_000_000);
    // Best of 3 for the short ones: a few ms are at the mercy of the scheduler.
    const best = (text: string, k: number) => Math.min(...Array.from({ length: k }, () => time(() => classify({ text }, themes))));
    const msTenth = best(adversarialText(shape, cap / 10), 3);
    const msCap = best(adversarialText(shape, cap), 2);
    const ms5 = time(() => classify({ text: adversarialText(shape, 5_000_000) }, themes));
    const scale = msTenth > 0.5 ? msCap / 10 / msTenth : msCap / 10 / 0.5;
    adversarial.push({ name: shape.name, ms5MB: ms5, scale });
    opts.log(`adversarial ${shape.name}: ${cap / 10} chars ${msTenth.toFixed(0)} ms, ${cap} chars ${msCap.toFixed(0)} ms, 5 MB ${ms5.toFixed(0)} ms`);
  }
  const worst = adversarial.reduce((a, b) => (b.ms5MB > a.ms5MB ? b : a));

  let long = '';
  for (const r of rows) {
    if (long.length >= 5_000_000) break;
    long += r.text + '\n\n';
  }
  long = long.slice(0, 5_000_000);
  const concatenated5MBms = time(() => classify({ text: long }, themes));
  return { mbps: summarize(speeds), texts: rows.length, mb: bytes / MB, adversarial, worst, concatenated5MBms, analysedCap: MAX_ANALYSED };
}

export interface InitialJs {
  files: { file: string; bytes: number; gzip: number }[];
  gzipKB: number;
  rawKB: number;
}

/**
 * The JavaScript a first visit must load before the app runs: dist/index.html's module
 * scripts and modulepreloads, and the chunks they import statically (followed recursively).
 * Dynamic imports and the worker are not initial. gzip at zlib's default level.
 */
export function initialJs(dist = join(process.cwd(), 'dist')): InitialJs {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ];
  const seen = new Set<string>();
  const queue = entries.map((e) => join(dist, e.replace(/^\.?\//, '')));
  const files: InitialJs['files'] = [];
  while (queue.length) {
    const f = resolve(queue.shift()!);
    if (seen.has(f)) continue;
    seen.add(f);
    const src = readFileSync(f);
    files.push({ file: f.slice(dist.length + 1), bytes: src.length, gzip: gzipSync(src).length });
    const code = src.toString('utf8');
    // Static imports in Vite/rolldown output: `import{a as b}from"./x.js"`, `import"./y.js"`, `export{..}from"./z.js"`.
    for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[^"'();]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      queue.push(join(dirname(f), m[1]));
    }
  }
  return {
    files,
    gzipKB: files.reduce((s, f) => s + f.gzip, 0) / 1024,
    rawKB: files.reduce((s, f) => s + f.bytes, 0) / 1024,
  };
}
