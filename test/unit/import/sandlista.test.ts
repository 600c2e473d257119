import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeSandlista, parseSandlistaFile, parseSandlistaText } from '../../../src/lib/import/sandlista.ts';

import { encode1252, encodeUtf16 } from '../../fixtures/import/generate.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('parseSandlistaFile', () => {
  it('reads the sample sändlista: BOM, header dropped, every name once', () => {
    const bytes = readFileSync('data/sample/sandlista.csv');
    const r = parseSandlistaFile(new Uint8Array(bytes));
    const sample = JSON.parse(readFileSync('data/sample/remiss.json', 'utf8'));
    expect(r.header).toBe('Remissinstans');
    expect(r.names).toEqual(sample.consultation.recipients);
    expect(r.duplicates).toEqual([]);
    expect(r.encoding).toBe('utf-8');
  });

  it('reads Windows-1252 with å, ä, ö', () => {
    const r = parseSandlistaFile(encode1252('Remissinstans\r\nÄlvsjö stadsdelsnämnd\r\nSkärholmens stadsdelsnämnd\r\n'));
    expect(r.encoding).toBe('windows-1252');
    expect(r.names).toEqual(['Älvsjö stadsdelsnämnd', 'Skärholmens stadsdelsnämnd']);
  });

  it('takes the first column of a wider CSV, with quotes and doubled quotes', () => {
    const r = parseSandlistaFile(utf8('Remissinstans;Typ\n"Stockholms Stadshus AB, styrelsen";bolag\n"Föreningen ""Vi i Bromma""";övrig\nKulturnämnden;facknämnd\n'));
    expect(r.names).toEqual(['Stockholms Stadshus AB, styrelsen', 'Föreningen "Vi i Bromma"', 'Kulturnämnden']);
  });

  it('keeps a name with a comma when the file has one column', () => {
    const r = parseSandlistaFile(utf8('Remissinstans\nStockholms Stadshus AB, styrelsen\n'));
    expect(r.names).toEqual(['Stockholms Stadshus AB, styrelsen']);
  });

  it('keeps the first row when it is a name, not a header', () => {
    expect(parseSandlistaFile(utf8('Bromma stadsdelsnämnd\nKulturnämnden')).names).toEqual(['Bromma stadsdelsnämnd', 'Kulturnämnden']);
  });

  it('reads UTF-16 LE with BOM', () => {
    const r = parseSandlistaFile(encodeUtf16('Mottagare\nÖstermalms stadsdelsnämnd\n', false));
    expect(r.header).toBe('Mottagare');
    expect(r.names).toEqual(['Östermalms stadsdelsnämnd']);
  });
});

describe('parseSandlistaText', () => {
  it('one name a line; blank lines, spaces and zero-width characters cleaned; duplicates reported', () => {
    const r = parseSandlistaText('  Bromma stadsdelsnämnd \n\n Kultur\u200Bnämnden\r\nbromma  STADSDELSNÄMND\n"Stockholms Stadshus AB, styrelsen"');
    expect(r.names).toEqual(['Bromma stadsdelsnämnd', 'Kulturnämnden', 'Stockholms Stadshus AB, styrelsen']);
    expect(r.duplicates).toEqual(['bromma STADSDELSNÄMND']);
  });

  it('drops a header only on the first line', () => {
    expect(parseSandlistaText('Remissinstans\nKulturnämnden').names).toEqual(['Kulturnämnden']);
    expect(parseSandlistaText('Kulturnämnden\nRemissinstans').names).toEqual(['Kulturnämnden', 'Remissinstans']);
  });

  it('returns nothing for an empty paste', () => {
    expect(parseSandlistaText(' \n \n')).toEqual({ names: [], duplicates: [] });
  });
});

describe('mergeSandlista', () => {
  it('adds only new names, in order, matching like respondents are matched', () => {
    const r = mergeSandlista(['Bromma stadsdelsnämnd'], ['BROMMA stadsdelsnämnd', ' Kulturnämnden ', '', 'Kulturnämnden']);
    expect(r).toEqual({ names: ['Bromma stadsdelsnämnd', 'Kulturnämnden'], added: ['Kulturnämnden'] });
  });
});
