import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { CSV_HEADER, csvLine, csvRow, generateRow, generateRows, MAX_TEXT_BYTES, MIN_TEXT_BYTES, utf8Length } from '../../../src/cli/bench/workload/generate.ts';
import { mulberry32 } from '../../../src/cli/bench/workload/prng.ts';
import { ADVERSARIAL_SHAPES, adversarialText } from '../../../src/cli/bench/workload/adversarial.ts';
import { parseFile } from '../../../src/lib/import/index.ts';
import { classify } from '../../../src/lib/classify/index.ts';

describe('bench PRNG', () => {
  it('is deterministic and uniform enough', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
    const r = mulberry32(1);
    for (let i = 0; i < 200; i++) {
      const k = r.int(3, 5);
      expect(k).toBeGreaterThanOrEqual(3);
      expect(k).toBeLessThanOrEqual(5);
    }
  });
});

describe('bench data generator', () => {
  const rows = [...generateRows(400, 7)];

  it('is deterministic per (seed, index)', () => {
    expect(generateRow(7, 123)).toEqual(rows[123]);
    expect(generateRow(8, 123).text).not.toBe(rows[123].text);
  });

  it('writes texts of 2–20 KB, mostly short, in Swedish', () => {
    const sizes = rows.map((r) => utf8Length(r.text));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_TEXT_BYTES);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_TEXT_BYTES);
    const mean = sizes.reduce((s, x) => s + x, 0) / sizes.length;
    expect(mean).toBeGreaterThan(4000);
    expect(mean).toBeLessThan(9000);
    expect(Math.max(...sizes)).toBeGreaterThan(14000);
    expect(rows.every((r) => /[åäö]/.test(r.text))).toBe(true);
    expect(utf8Length('åa€😀')).toBe(new TextEncoder().encode('åa€😀').length);
  });

  it('varies respondents, kinds, stances and texts', () => {
    expect(new Set(rows.map((r) => r.respondent.toLocaleLowerCase('sv-SE'))).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.kind)).size).toBe(4);
    expect(new Set(rows.map((r) => r.stance)).size).toBe(4);
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
    const withDecision = rows.filter((r) => r.decision).length / rows.length;
    expect(withDecision).toBeGreaterThan(0.5);
    expect(withDecision).toBeLessThan(0.85);
  });

  it('makes a semicolon CSV that papaparse and the app read back row for row', () => {
    const csv = csvLine(CSV_HEADER) + rows.slice(0, 50).map(csvRow).join('');
    const parsed = Papa.parse<string[]>(csv, { delimiter: ';', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.length).toBe(51);
    expect(parsed.data[10][5]).toBe(rows[9].text);
    const file = parseFile(new TextEncoder().encode(csv), 'bench.csv', {});
    expect(file.responses.length).toBe(50);
    expect(file.badRows).toBe(0);
    expect(file.responses[3].respondent).toBe(rows[3].respondent);
    expect(file.responses[3].respondentKind).toBe(rows[3].kind);
    expect(file.responses[3].text).toBe(rows[3].text);
  });

  it('writes texts the classifier mostly reads as intended', () => {
    const agree = rows.filter((r) => classify({ text: r.text, decision: r.decision }, []).stance === r.stance).length;
    // Not an accuracy test: only a guard that the bench data is not noise.
    expect(agree / rows.length).toBeGreaterThan(0.4);
  });
});

describe('adversarial texts', () => {
  it('builds every shape to the exact length', () => {
    for (const s of ADVERSARIAL_SHAPES) expect(adversarialText(s, 1001).length).toBe(1001);
  });
});
