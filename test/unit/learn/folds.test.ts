import { describe, expect, it } from 'vitest';
import { groupedFolds } from '../../../src/lib/learn/folds.ts';

const ITEMS = [
  { url: 'a', who: 'Kulturnämnden' },
  { url: 'a', who: 'Miljönämnden' },
  { url: 'b', who: 'Miljönämnden' },
  { url: 'c', who: 'Skolverket' },
  { url: 'd', who: 'Trafikverket' },
  { url: 'e', who: 'SKR' },
  { url: 'f', who: 'LO' },
];
const keys = (it: (typeof ITEMS)[number]) => [`u:${it.url}`, `w:${it.who}`];

describe('groupedFolds', () => {
  it('keeps items that share any key in one fold (transitively)', () => {
    const f = groupedFolds(ITEMS, 3, keys);
    expect(f[0]).toBe(f[1]); // same url
    expect(f[1]).toBe(f[2]); // same respondent
  });
  it('uses every fold and balances sizes', () => {
    const f = groupedFolds(ITEMS, 3, keys);
    const sizes = [0, 1, 2].map((k) => f.filter((x) => x === k).length);
    expect(Math.min(...sizes)).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
  });
  it('is deterministic', () => {
    expect(groupedFolds(ITEMS, 3, keys)).toEqual(groupedFolds(ITEMS, 3, keys));
  });
  it('rejects fewer than two folds', () => {
    expect(() => groupedFolds(ITEMS, 1, keys)).toThrow(TypeError);
  });
});
