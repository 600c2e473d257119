import { describe, expect, it } from 'vitest';
import { parseFile, type ImportErrorCode } from '../../../src/lib/import/index.ts';
import { fixture, parse, rejection, utf8 } from './helpers.ts';

describe('parseFile: every fixture lands or is refused as expected', () => {
  it.each([
    ['cp1252-semicolon.csv', 'csv', 'windows-1252', 3],
    ['utf8-bom.csv', 'csv', 'utf-8', 2],
    ['utf16le-bom-tab.txt', 'csv', 'utf-16le', 2],
    ['utf16be-bom-tab.txt', 'csv', 'utf-16be', 2],
    ['tab.tsv', 'csv', 'utf-8', 2],
    ['comma-quoted.csv', 'csv', 'utf-8', 2],
    ['excel-sep-title-totals.csv', 'csv', 'utf-8', 2],
    ['broken-quotes.csv', 'csv', 'utf-8', 3],
    ['formula-script.csv', 'csv', 'utf-8', 3],
    ['proto.json', 'json', 'utf-8', 4],
    ['wrong-types.json', 'json', 'utf-8', 2],
    ['swedish-wrapper.json', 'json', 'utf-8', 3],
    ['broken-line.ndjson', 'ndjson', 'utf-8', 3],
    ['socialnamnden.txt', 'text', 'utf-8', 1],
  ])('%s → %s, %s, %i responses', (name, format, encoding, n) => {
    const r = parseFile(fixture(name), name);
    expect([r.format, r.encoding, r.responses.length]).toEqual([format, encoding, n]);
    expect(r.goodRows).toBe(n);
    for (const x of r.responses) {
      expect(x.sourceFile).toBe(name);
      expect(x.text).not.toContain('\uFFFD');
    }
  });

  it.each([
    ['png-renamed.csv', 'binary-file', { kind: 'png' }],
    ['xlsx-renamed.csv', 'binary-file', { kind: 'xlsx' }],
    ['gzip-renamed.csv', 'binary-file', { kind: 'gzip' }],
    ['pdf-renamed.csv', 'binary-file', { kind: 'pdf' }],
    ['html-error.csv', 'binary-file', { kind: 'html' }],
    ['deep.json', 'json-too-deep', { max: 32 }],
    ['scalar.json', 'json-shape', { type: 'number' }],
    ['null.json', 'json-shape', { type: 'null' }],
    ['empty-array.json', 'no-rows', { kind: 'empty-list' }],
    ['empty-object.json', 'no-rows', { kind: 'empty-object' }],
  ] as [string, ImportErrorCode, Record<string, unknown>][])('refuses %s with %s', (name, code, params) => {
    const e = rejection(() => parseFile(fixture(name), name));
    expect([e.code, e.file]).toEqual([code, name]);
    expect(e.params).toEqual(params);
  });

  it.each(['', '   \n\t\n', '\uFEFF'])('refuses an empty file (%j)', (text) => {
    expect(rejection(() => parse(text)).code).toBe('empty-file');
  });
});

describe('parseFile: format detection', () => {
  it('parses a CSV saved as .txt as a table', () => {
    expect(parse('Nämnd;Yttrande\nA;B\n', 'export.txt').format).toBe('csv');
  });
  it('parses JSON in a file without extension', () => {
    expect(parse('  [{"nämnd":"A","yttrande":"B"}]', 'export').format).toBe('json');
  });
  it('parses a table in a file without extension', () => {
    expect(parse('Nämnd,Yttrande\nA,B\n', 'export').format).toBe('csv');
  });
  it('uses the forced encoding and reports it', () => {
    const r = parseFile(utf8('Namnd;Yttrande\nÄ;B\n'), 'x.csv', { encoding: 'windows-1252' });
    expect(r.encoding).toBe('windows-1252');
    expect(r.responses[0].respondent).toBe('Ã„');
  });
  it('returns plain, serialisable data (for postMessage from the worker)', () => {
    const r = parseFile(fixture('swedish-wrapper.json'), 'x.json');
    expect(structuredClone(r)).toEqual(JSON.parse(JSON.stringify(r)));
  });
});

describe('parseFile: encoding warnings', () => {
  it('reads a UTF-8 file with one stray Windows-1252 byte as UTF-8, and warns', () => {
    const good = utf8('Nämnd;Yttrande\nÄldrenämnden;Bra.\nKulturnämnden;Ok');
    const r = parseFile(Uint8Array.from([...good, 0xe4, 0x0a]), 'x.csv'); // one lone cp1252 "ä"
    expect(r.encoding).toBe('utf-8');
    expect(r.responses[1].text).toBe('Ok\uFFFD');
    expect(r.issues[0]).toEqual({ file: 'x.csv', code: 'encoding-replacement', severity: 'warning', params: { encoding: 'utf-8' } });
  });

  it('warns when a Windows-1252 decode shows UTF-8 mojibake ("Ã¤")', () => {
    const cp = Uint8Array.from([...utf8('Namnd;Yttrande\nA;'), 0xe4, 0xe5, 0xf6, 0xe4, 0x0a]);
    const r = parseFile(Uint8Array.from([...cp, ...utf8('B;ä\n')]), 'x.csv');
    expect(r.encoding).toBe('windows-1252');
    expect(r.issues[0]).toEqual({ file: 'x.csv', code: 'encoding-suspect', severity: 'warning', params: {} });
  });

  it('warns about U+FFFD when the user forces UTF-8 on Windows-1252 bytes', () => {
    const bytes = Uint8Array.from([...utf8('Nämnd;Yttrande\nKulturn'), 0xe4, ...utf8('mnden;Ok\n')]);
    const r = parseFile(bytes, 'x.csv', { encoding: 'utf-8' });
    expect(r.issues[0].code).toBe('encoding-replacement');
  });

  it('does not warn for a clean Windows-1252 file', () => {
    expect(parseFile(fixture('cp1252-semicolon.csv'), 'x.csv').issueCount).toBe(0);
  });
});
