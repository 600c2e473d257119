import { describe, expect, it } from 'vitest';
import { sniffBinary } from '../../../src/lib/import/index.ts';
import { encodeUtf16, zip } from '../../fixtures/import/generate.ts';
import { fixture, utf8 } from './helpers.ts';

const bytes = (...b: number[]) => Uint8Array.from([...b, ...utf8(' rest of the file')]);

describe('sniffBinary: refuses non-text files by their magic bytes', () => {
  it.each([
    ['PNG', fixture('png-renamed.csv'), 'png'],
    ['JPEG', bytes(0xff, 0xd8, 0xff, 0xe0), 'jpeg'],
    ['GIF', utf8('GIF89a\u0001\u0000'), 'gif'],
    ['PDF', fixture('pdf-renamed.csv'), 'pdf'],
    ['gzip', fixture('gzip-renamed.csv'), 'gzip'],
    ['legacy Excel (OLE)', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'xls'],
    ['xlsx renamed .csv (by its content)', fixture('xlsx-renamed.csv'), 'xlsx'],
    ['docx', zip({ 'word/document.xml': '<w/>' }), 'docx'],
    ['plain zip', zip({ 'a.txt': 'x' }), 'zip'],
    ['HTML error page', fixture('html-error.csv'), 'html'],
    ['HTML after a BOM and blank lines', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('\n\n  <HTML><body>x</body></HTML>')]), 'html'],
    ['RTF', utf8('{\\rtf1\\ansi Nämnd}'), 'rtf'],
    ['NUL-heavy data', Uint8Array.from({ length: 1000 }, (_, i) => (i % 3 ? 0 : 65)), 'binary'],
  ])('%s', (_, input, kind) => {
    expect(sniffBinary(input, 'yttranden.csv')).toEqual({ kind });
  });

  it('names an .xlsx by its file name', () => {
    expect(sniffBinary(zip({ 'x.xml': '<x/>' }), 'Remissvar.xlsx')?.kind).toBe('xlsx');
  });

  it('calls an OLE file with a .doc name an old Word document', () => {
    expect(sniffBinary(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'svar.doc')?.kind).toBe('doc');
  });
});

describe('sniffBinary: lets text through', () => {
  it.each([
    ['UTF-8 CSV', utf8('Nämnd;Yttrande\nA;B\n')],
    ['UTF-16LE with BOM (half NUL bytes)', encodeUtf16('Nämnd\tYttrande\nA\tB\n', false)],
    ['UTF-16BE with BOM', encodeUtf16('Nämnd\tYttrande\nA\tB\n', true)],
    ['a CSV with one stray NUL', utf8('Nämnd;Yttrande\n' + 'A;B\n'.repeat(50) + '\u0000')],
    ['JSON', utf8('[{"nämnd":"A","yttrande":"B"}]')],
    ['an empty file', new Uint8Array()],
    ['text that mentions <html> later', utf8('Nämnd;Yttrande\nA;"<html>"\n')],
  ])('%s', (_, input) => {
    expect(sniffBinary(input, 'x.csv')).toBeNull();
  });

  it('accepts UTF-16 without BOM when the user forces that encoding', () => {
    const noBom = encodeUtf16('Nämnd\tYttrande\nA\tB\n', false).subarray(2);
    expect(sniffBinary(noBom, 'x.txt')?.kind).toBe('binary');
    expect(sniffBinary(noBom, 'x.txt', 'utf-16le')).toBeNull();
  });
});
