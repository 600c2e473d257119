import { describe, expect, it } from 'vitest';
import { trimEndOf } from '../../../src/lib/classify/trimEnd.ts';

describe('trimEndOf', () => {
  const CASES: [string, string, string, string][] = [
    ['drops trailing punctuation and spaces', 'att staten betalar. ,  ', '.;:,', 'att staten betalar'],
    ['keeps a string without them', 'att staten betalar', '.;:,', 'att staten betalar'],
    ['drops newlines and no-break spaces', 'villkor\u00a0\n\r\t', '.', 'villkor'],
    ['keeps characters outside the set', 'villkor!', '.,', 'villkor!'],
    ['empties a string of only trailing characters', ' .,; ', '.;,', ''],
    ['leaves inner punctuation', 'a, b. c', '.,', 'a, b. c'],
  ];
  it.each(CASES)('%s', (_n, s, chars, want) => {
    expect(trimEndOf(s, chars)).toBe(want);
  });
  it('handles a 300,000-character run of spaces (one backward scan)', () => {
    const s = 'förutsätter att ' + ' '.repeat(300_000);
    expect(trimEndOf(s, '.,')).toBe('förutsätter att');
  });
});
