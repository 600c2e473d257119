import { describe, expect, it } from 'vitest';
import { classify, MAX_ANALYSED, splitSentences } from '../../../src/lib/classify/index.ts';
import type { Theme } from '../../../src/lib/domain/types.ts';

const THEMES: Theme[] = [{ name: 'Samverkan', keywords: ['samverkan', 'a.b(c'] }];

function time(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/** Best of three, so a GC pause or a busy core does not decide the ratio; a floor so tiny times are not noise. */
const best = (f: () => unknown) => Math.max(Math.min(time(f), time(f), time(f)), 10);

// Adversarial inputs built to a given size (in characters).
const MAKERS: [string, (n: number) => string][] = [
  ['one letter repeated', (n) => 'a'.repeat(n)],
  ['white space only', (n) => ' \n\t'.repeat(Math.ceil(n / 3)).slice(0, n)],
  ['a repeated keyword', (n) => 'tillstyrker '.repeat(Math.ceil(n / 12)).slice(0, n)],
  ['no punctuation prose', (n) => 'nämnden ställer sig inte bakom förslaget men efterfrågar samverkan '.repeat(Math.ceil(n / 66)).slice(0, n)],
  ['full stops and abbreviations', (n) => 't.ex. bl.a. 1. A. '.repeat(Math.ceil(n / 18)).slice(0, n)],
  ['many short sentences', (n) => 'Nämnden tillstyrker. Dock saknas en plan för samverkan. '.repeat(Math.ceil(n / 56)).slice(0, n)],
];

describe('linear time', () => {
  it.each(MAKERS)('classify grows about linearly below the analysis cap for %s', (_name, make) => {
    // 8× the text: linear work takes ~8× the time, quadratic ~64×. The bound leaves room for a
    // shared, busy machine (tests run in parallel) while still catching anything superlinear.
    const n = Math.floor(MAX_ANALYSED / 8);
    const a = make(n);
    const b = make(8 * n);
    classify({ text: a }, THEMES); // warm up the JIT on the same shapes
    const small = Math.min(best(() => classify({ text: a }, THEMES)), best(() => classify({ text: a }, THEMES)));
    const large = best(() => classify({ text: b }, THEMES));
    expect(large / small).toBeLessThan(24);
  });

  it.each(MAKERS)('classify of 1 MB vs 4 MB stays within the ratio for %s', (_name, make) => {
    const small = best(() => classify({ text: make(1_000_000), decision: make(1_000_000) }, THEMES));
    const large = best(() => classify({ text: make(4_000_000), decision: make(4_000_000) }, THEMES));
    expect(large / small).toBeLessThan(8);
  });

  it.each(MAKERS)('splitSentences grows about linearly for %s (1 MB vs 4 MB)', (_name, make) => {
    const small = best(() => splitSentences(make(1_000_000)));
    const large = best(() => splitSentences(make(4_000_000)));
    expect(large / small).toBeLessThan(8);
  });
});

describe('very long texts', () => {
  it('analyses the first MAX_ANALYSED characters, sends the result to review and says so', () => {
    const text = `Nämnden tillstyrker förslaget. ${'Fyllnadstext utan ställning. '.repeat(Math.ceil(MAX_ANALYSED / 20))}`;
    const c = classify({ text }, THEMES);
    expect(c.stance).toBe('supporting');
    expect(c.needsReview).toBe(true);
    expect(c.explanation).toContain('har analyserats');
    for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
