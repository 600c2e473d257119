import { describe, expect, it } from 'vitest';
import { chooseDelimiter, sepLine } from '../../../src/lib/import/delimiter.ts';

const none = new Map();

describe('chooseDelimiter', () => {
  it('picks ; for a Swedish file whose texts are full of commas', () => {
    const text = 'Nämnd;Yttrande\nA;Bra, tydligt, kort, men dyrt.\nB;Nej, inte nu, kanske sen.\nC;Ja.\n';
    expect(chooseDelimiter(text, none)).toBe(';');
  });
  it('picks , for a comma file whose quoted texts contain semicolons', () => {
    const text = 'Nämnd,Yttrande\nA,"Bra; tydligt"\nB,"Nej; inte; nu"\n';
    expect(chooseDelimiter(text, none)).toBe(',');
  });
  it('picks tab for a tab-separated file with commas and semicolons in texts', () => {
    const text = 'Nämnd\tYttrande\nA\tBra; tydligt, kort\nB\tNej, inte; nu\n';
    expect(chooseDelimiter(text, none)).toBe('\t');
  });
  it('uses field-count consistency when no header is recognisable', () => {
    const text = 'a;b;c\n1;2,5;3\n4;5;6,1\n';
    expect(chooseDelimiter(text, none)).toBe(';');
  });
  it('finds the header below title rows', () => {
    const text = 'Sammanställning, remiss, 2016\n\nNämnd,Yttrande,Datum\nA,B,2016-09-20\n';
    expect(chooseDelimiter(text, none)).toBe(',');
  });
});

describe('sepLine', () => {
  it.each([
    ['sep=;\r\nNämnd;Yttrande', ';', 7],
    ['sep=,\nx', ',', 6],
    ['SEP=\t\nx', '\t', 6],
    ['"sep=;"\nx', ';', 8],
  ])('reads %j', (text, delimiter, length) => {
    expect(sepLine(text)).toEqual({ delimiter, length });
  });
  it('ignores a file without one', () => {
    expect(sepLine('Nämnd;Yttrande\n')).toEqual({ length: 0 });
  });
});
