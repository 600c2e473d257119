import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as errors from '../../../src/i18n/areas/errors.ts';
import * as importProblems from '../../../src/i18n/areas/importProblems.ts';
import * as cli from '../../../src/i18n/areas/cli.ts';
import { issueText, rejectionText } from '../../../src/i18n/importMessages.ts';
import { errorText, messageText, placeholders, problemText } from '../../../src/i18n/errorMessages.ts';
import { CodedError } from '../../../src/lib/domain/message.ts';
import { ExportError } from '../../../src/lib/export/errors.ts';
import { parseFile } from '../../../src/lib/import/index.ts';
import { validateBackup } from '../../../src/lib/db/index.ts';

const CATALOGS = { errors, importProblems, cli } as const;

describe('message catalogues: Swedish and English', () => {
  for (const [name, c] of Object.entries(CATALOGS)) {
    it(`${name}: every key has both texts, with the same params`, () => {
      expect(Object.keys(c.en).sort()).toEqual(Object.keys(c.sv).sort());
      for (const k of Object.keys(c.sv) as (keyof typeof c.sv)[]) {
        expect(c.en[k], k).toBeTruthy();
        expect([k, placeholders(c.en[k])]).toEqual([k, placeholders(c.sv[k])]);
      }
    });

    it(`${name}: the English text is not the Swedish one`, () => {
      // The same in both: names, formats and values that are not words.
      const same = new Set(['format.pdf', 'reason.other', 'type.null', 'cli.bench.col.median', 'cli.bench.col.range']);
      for (const k of Object.keys(c.sv) as (keyof typeof c.sv)[]) if (!same.has(k)) expect(c.en[k], k).not.toBe(c.sv[k]);
    });
  }
});

/** Every source file under src/ (the classifier aside: its explanation is not a message here). */
function sources(dir = 'src'): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return p.includes('classify') || p.includes('learn') ? [] : sources(p);
    return /\.(ts|svelte)$/.test(f) ? [p] : [];
  });
}

describe('every code that the code can produce has a text', () => {
  const text = sources().map((f) => readFileSync(f, 'utf8')).join('\n');
  const keys = { ...errors.sv, ...importProblems.sv } as Record<string, string>;
  const has = (prefix: string, code: string) => keys[`${prefix}${code}`] !== undefined || Object.keys(keys).some((k) => k.startsWith(`${prefix}${code}.`));

  it('row issues (collector.add)', () => {
    const codes = [...text.matchAll(/\.add\('([a-z-]+)', '(?:error|warning)'/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(20);
    for (const c of new Set(codes)) expect(has('issue.', c), c).toBe(true);
  });

  it('rejected files (ImportError) and their document reasons', () => {
    const codes = [...text.matchAll(/new ImportError\('([a-z-]+)'/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(15);
    for (const c of new Set(codes)) expect(has('rejected.', c), c).toBe(true);
    const reasons = [...text.matchAll(/new (?:ZipError|PdfError)\('([a-z-]+)'/g)].map((m) => m[1]).filter((r) => r !== 'no-text');
    for (const r of new Set(reasons)) expect(has('reason.', r), r).toBe(true);
  });

  it('coded errors, export errors and messages', () => {
    const codes = [...text.matchAll(/(?:new CodedError|super|message)\('([a-z]+\.[a-z.-]+)'/g)].map((m) => m[1]);
    expect(codes.length).toBeGreaterThan(10);
    for (const c of new Set(codes)) expect(has('', c), c).toBe(true);
    const exports = [...text.matchAll(/new ExportError\('([a-z-]+)'/g)].map((m) => m[1]);
    for (const c of new Set(exports)) expect(has('export.', c), c).toBe(true);
    for (const c of ['quota', 'version', 'blocked', 'unavailable', 'unknown', 'notice.versionchange', 'notice.blocked']) expect(has('db.', c), c).toBe(true);
  });
});

describe('rendering', () => {
  const enc = (s: string) => new TextEncoder().encode(s);

  it('an issue names file, row and column, in either language', () => {
    const [issue] = parseFile(enc('Nämnd;Yttrande;Datum\nA-nämnden;Ja.;2016-02-30\n'), 'y.csv').issues;
    expect(issueText('sv', issue)).toBe('y.csv, rad 2, kolumn "Datum": ogiltigt datum "2016-02-30".');
    expect(issueText('en', issue)).toBe('y.csv, row 2, column "Datum": invalid date "2016-02-30".');
  });

  it('a rejected file: its kind chooses the text, numbers are formatted for the language', () => {
    expect(rejectionText('sv', { file: 'a.png', code: 'binary-file', params: { kind: 'png' } })).toMatch(/^a\.png: Filen är en PNG-bild/);
    expect(rejectionText('en', { file: 'a.png', code: 'binary-file', params: { kind: 'png' } })).toMatch(/^a\.png: The file is a PNG image/);
    expect(rejectionText('sv', { file: 'y.csv', code: 'no-usable-rows', params: { n: 5000 } })).toMatch(/^y\.csv: 5\s000 poster saknar nämnd och text; /);
    expect(rejectionText('en', { file: 'y.csv', code: 'no-usable-rows', params: { n: 5000 } })).toMatch(/^y\.csv: 5,000 records lack both committee and text; /);
  });

  it("a document's reason and format are words of the language", () => {
    const r = { file: 'a.xlsx', code: 'unreadable-document', params: { format: 'xlsx', kind: 'office', reason: 'part-missing', name: 'xl/workbook.xml' } };
    expect(rejectionText('sv', r)).toBe('a.xlsx: filen kunde inte läsas som Excel-arbetsbok (delen xl/workbook.xml saknas). Öppna den i Office eller LibreOffice och spara den igen.');
    expect(rejectionText('en', r)).toBe('a.xlsx: the file could not be read as Excel workbook (the part xl/workbook.xml is missing). Open it in Office or LibreOffice and save it again.');
  });

  it("a value's shape is a word", () => {
    const [issue] = parseFile(enc('[{"nämnd": {"x": 1}, "yttrande": "T"}, {"nämnd": "B", "yttrande": "T"}]'), 'a.json').issues;
    expect(issueText('en', issue)).toBe('a.json, record 1, field "nämnd": wrong type: an object where a text is needed.');
  });

  it('errors: coded, export and storage errors', () => {
    expect(errorText('en', new CodedError('db.consultation-gone', { id: 7 }))).toBe('The consultation (id 7) no longer exists. Reload the page.');
    expect(errorText('sv', new ExportError('png-failed', { kind: 'size', width: 0, height: 10 }))).toBe('Bilden kunde inte skapas: ogiltig storlek 0 × 10.');
    expect(errorText('en', Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toMatch(/^There is no room/);
    expect(messageText('en', { code: 'sample.fetch', params: { status: 404 } })).toBe('The example consultation could not be fetched (HTTP 404).');
  });

  it("a backup's problems name where they are", () => {
    const r = validateBackup({ format: 'remissradar-backup', version: 1, exportedAt: 'x', consultations: [{ consultation: { title: 'T', themes: [] }, responses: 'x', overrides: [], history: [] }] });
    if (r.ok) throw new Error('should fail');
    expect(r.errors.map((p) => problemText('sv', p))).toEqual(['Säkerhetskopian, remiss 1 (T): "responses" ska vara en lista.']);
    expect(r.errors.map((p) => problemText('en', p))).toEqual(['The backup, consultation 1 (T): "responses" should be a list.']);
  });
});
