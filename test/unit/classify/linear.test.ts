import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/classify/index.ts';
import type { Theme } from '../../../src/lib/domain/types.ts';

const THEMES: Theme[] = [{ name: 'Samverkan', keywords: ['samverkan', 'a.b(c'] }];

function time(text: string): number {
  const t0 = performance.now();
  classify({ text, decision: text.slice(0, 1000) }, THEMES);
  return performance.now() - t0;
}

/** Best of three, so a GC pause does not decide the ratio. */
const best = (text: string) => Math.min(time(text), time(text), time(text));

// Adversarial inputs built to a given size (in characters).
const MAKERS: [string, (n: number) => string][] = [
  ['one letter repeated', (n) => 'a'.repeat(n)],
  ['white space only', (n) => ' \n\t'.repeat(Math.ceil(n / 3)).slice(0, n)],
  ['a repeated keyword', (n) => 'tillstyrker '.repeat(Math.ceil(n / 12)).slice(0, n)],
  ['no punctuation prose', (n) => 'nämnden ställer sig inte bakom förslaget men efterfrågar samverkan '.repeat(Math.ceil(n / 66)).slice(0, n)],
  ['full stops and abbreviations', (n) => 't.ex. bl.a. 1. A. '.repeat(Math.ceil(n / 18)).slice(0, n)],
];

describe('linear time', () => {
  it.each(MAKERS)('grows about linearly for %s (1 MB vs 4 MB)', (_name, make) => {
    time(make(10_000)); // warm up the JIT
    const small = best(make(1_000_000));
    const large = best(make(4_000_000));
    expect(large / Math.max(small, 1)).toBeLessThan(8);
  });
});
