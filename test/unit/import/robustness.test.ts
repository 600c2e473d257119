import { describe, expect, it } from 'vitest';
import { ImportError, parseFile, type ParsedFile } from '../../../src/lib/import/index.ts';
import { parse } from './helpers.ts';

/** Small deterministic PRNG (mulberry32): the same "random" files on every run. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = ['Nämnd', 'Yttrande', 'Datum', 'Dnr', ';', ',', '\t', '"', '""', '\n', '\r\n', '\r', 'å', 'Ö', '€', '–', ' ', '2016-02-30', '20/9/2016', '{', '}', '[', ']', ':', '__proto__', 'constructor', '=SUM(A1)', '<script>', '\u0000', '\uFEFF', 'Summa', 'sep=;', 'Till', 'Tillstyrker', 'x'];

/** Every result, whatever the input, keeps these promises. */
function checkInvariants(r: ParsedFile): void {
  expect(r.goodRows).toBe(r.responses.length);
  expect(r.issues.length).toBeLessThanOrEqual(100);
  expect(r.issueCount).toBeGreaterThanOrEqual(r.issues.length);
  for (const x of r.responses) {
    expect(typeof x.respondent).toBe('string');
    expect(x.respondent.length).toBeGreaterThan(0);
    expect(x.text.trim().length).toBeGreaterThan(0);
    if (x.date) expect(x.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
  for (const i of r.issues) expect(i.file).toBe(r.file);
  expect(JSON.stringify(r)).not.toContain('[object Object]');
}

describe('robustness', () => {
  it('never throws anything but ImportError on 600 random token soups, in every format', () => {
    const next = rng(20160920);
    const names = ['r.csv', 'r.json', 'r.ndjson', 'r.txt', 'r'];
    for (let n = 0; n < 600; n++) {
      const len = 1 + Math.floor(next() * 80);
      let s = n % 3 === 0 ? 'Nämnd;Yttrande;Datum\n' : '';
      for (let i = 0; i < len; i++) s += TOKENS[Math.floor(next() * TOKENS.length)];
      try {
        checkInvariants(parse(s, names[n % names.length]));
      } catch (e) {
        if (!(e instanceof ImportError)) throw new Error(`input ${JSON.stringify(s)} threw ${String(e)}`);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws anything but ImportError on random bytes', () => {
    const next = rng(42);
    for (let n = 0; n < 200; n++) {
      const bytes = Uint8Array.from({ length: Math.floor(next() * 300) }, () => Math.floor(next() * 256));
      try {
        checkInvariants(parseFile(bytes, n % 2 ? 'b.csv' : 'b.json'));
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError);
      }
    }
  });

  // Each of these would take minutes with a backtracking (quadratic) regex or scan.
  it.each([
    ['a header cell of 200,000 spaces', 'Nämnd;Yttrande;' + ' '.repeat(200_000) + 'x\nA;B;C\n', 'y.csv'],
    ['a date cell of 200,000 digits', 'Nämnd;Yttrande;Datum\nA;B;' + '1'.repeat(200_000) + '\n', 'y.csv'],
    ['a text line of 200,000 asterisks and spaces', 'Till Kulturnämnden\n' + '* '.repeat(100_000) + 'x\nBeslut\n' + '*'.repeat(200_000), 'y.txt'],
    ['200,000 digits and spaces in a text (date search)', 'Till Kulturnämnden\n' + '12 '.repeat(70_000), 'y.txt'],
    ['a 200,000-character respondent', 'Nämnd;Yttrande\n' + 'ä'.repeat(200_000) + ';B\n', 'y.csv'],
    ['100,000 unclosed strings in JSON', '[' + '"\\"'.repeat(100_000), 'y.json'],
  ])('stays linear on %s', (_, text, name) => {
    try {
      parse(text, name);
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
    }
  });
});
