import { describe, expect, it } from 'vitest';
import { isDateFormat, readXlsx, serialToIso } from '../../../../src/lib/import/documents/xlsx.ts';
import { readOds } from '../../../../src/lib/import/documents/ods.ts';
import { parseWorkbook } from '../../../../src/lib/import/parseWorkbook.ts';
import { ImportError } from '../../../../src/lib/import/errors.ts';
import { EXPORT_NAMNDER, EXPORT_REMISSER, exportXlsx, WORKBOOK_ROWS, workbookXlsx } from '../../../fixtures/documents/generate.ts';
import { ods, xlsx } from '../../../fixtures/documents/writers.ts';

describe('serialToIso', () => {
  it.each([
    [1, false, '1900-01-01'],
    [59, false, '1900-02-28'],
    [61, false, '1900-03-01'],
    [42633, false, '2016-09-20'],
    [42633.75, false, '2016-09-20'],
    [41171, true, '2016-09-20'],
    [0, false, null],
    [Number.NaN, false, null],
  ])('serial %d (1904 system: %s) is %s', (serial, d1904, iso) => {
    expect(serialToIso(serial, d1904)).toBe(iso);
  });
});

describe('isDateFormat', () => {
  it.each([
    ['yyyy\\-mm\\-dd;@', true],
    ['d/m/yyyy', true],
    ['[$-41D]d mmmm yyyy', true],
    ['0.00', false],
    ['#,##0 "dagar"', false],
    ['"dnr "0000', false],
    ['[Red]0', false],
  ])('%j shows a date: %s', (code, expected) => {
    expect(isDateFormat(code)).toBe(expected);
  });
});

describe('readXlsx', () => {
  it.each([true, false])('reads sheets, Excel row numbers, shared and inline strings (deflated: %s)', async (compress) => {
    const book = await readXlsx(await xlsx([{ name: 'A', rows: [['Nämnd', { inline: 'Yttrande\nmed två rader' }], [], [null, 'x']] }], compress));
    expect(book.sheets[0]).toEqual({ name: 'A', rows: [{ line: 1, cells: ['Nämnd', 'Yttrande\nmed två rader'] }, { line: 3, cells: ['', 'x'] }] });
  });
  it('turns cells in date formats into ISO dates and keeps number-like codes as written', async () => {
    const book = await readXlsx(await xlsx([{ name: 'A', rows: [[{ date: '2016-09-20' }, { date: '2017-01-31', format: 'custom' }, 20170044, '0123']] }]));
    expect(book.sheets[0].rows[0].cells).toEqual(['2016-09-20', '2017-01-31', '20170044', '0123']);
  });
  it('fills a cell merged over several rows downwards, but not one merged across columns', async () => {
    const book = await readXlsx(await xlsx([{ name: 'A', rows: [['Titel'], ['R1', 'a'], [null, 'b'], [null, 'c']], merges: ['A1:C1', 'A2:A4'] }]));
    expect(book.sheets[0].rows.map((r) => r.cells)).toEqual([['Titel'], ['R1', 'a'], ['R1', 'b'], ['R1', 'c']]);
  });
  it('refuses a zip that is no workbook, naming the missing part', async () => {
    const { zip } = await import('../../../fixtures/documents/zipWriter.ts');
    await expect(readXlsx(await zip({ 'a.txt': 'x' }))).rejects.toMatchObject({ code: 'part-missing', params: { name: 'xl/workbook.xml' } });
  });
  it('refuses a truncated file', async () => {
    const bytes = await workbookXlsx();
    await expect(readXlsx(bytes.subarray(0, bytes.length - 40))).rejects.toMatchObject({ code: expect.stringMatching(/^(no-directory|bad-directory|part-broken|part-inflate)$/) });
  });
});

describe('parseWorkbook', () => {
  it('reads exactly the rows of the data sheet: notes and summary sheets, title rows and the header are passed over', async () => {
    const p = parseWorkbook(await readXlsx(await workbookXlsx()), 'svar.xlsx', 'xlsx');
    expect(p.sheet).toBe('Yttranden');
    // Only sheets that hold yttranden are offered for choosing.
    expect(p.sheets).toEqual(['Yttranden']);
    expect(p.responses.map((r) => [r.sourceLine, r.respondent, r.date, r.reference])).toEqual(
      WORKBOOK_ROWS.map((r, i) => [5 + i, r.respondent, r.date || undefined, r.dnr]),
    );
    expect(p.issues).toEqual([]);
  });
  it('names Excel row and sheet in every problem', async () => {
    const book = await readXlsx(await xlsx([{ name: 'Svar', rows: [['Titel'], ['Nämnd', 'Datum', 'Yttrande'], ['Kulturnämnden', '2016-02-30', 'Text.'], ['', '', 'Text utan nämnd.']] }]));
    const p = parseWorkbook(book, 'svar.xlsx', 'xlsx');
    expect(p.issues.map((i) => [i.file, i.sheet, i.line, i.column])).toEqual([
      ['svar.xlsx', 'Svar', 3, 'Datum'],
      ['svar.xlsx', 'Svar', 4, 'Nämnd'],
    ]);
    expect(p.issues.map((i) => i.line)).toEqual([3, 4]);
  });
  it('reads the sheet the user chose', async () => {
    const book = await readXlsx(await xlsx([{ name: 'Ett', rows: [['Nämnd', 'Yttrande'], ['A-nämnden', 'x']] }, { name: 'Två', rows: [['Nämnd', 'Yttrande'], ['B-nämnden', 'y'], ['C-nämnden', 'z']] }]));
    expect(parseWorkbook(book, 'a.xlsx', 'xlsx').responses.map((r) => r.respondent)).toEqual(['A-nämnden']);
    const two = parseWorkbook(book, 'a.xlsx', 'xlsx', { sheet: 'Två' });
    expect(two.responses.map((r) => r.respondent)).toEqual(['B-nämnden', 'C-nämnden']);
    expect([two.sheet, two.sheets]).toEqual(['Två', ['Ett', 'Två']]);
  });
  it('says which sheets there are when none holds yttranden', async () => {
    const book = await readXlsx(await xlsx([{ name: 'Anteckningar', rows: [['Bara', 'text']] }]));
    expect(() => parseWorkbook(book, 'a.xlsx', 'xlsx')).toThrow(ImportError);
    expect(() => parseWorkbook(book, 'a.xlsx', 'xlsx')).toThrow(expect.objectContaining({ code: 'no-header', params: expect.objectContaining({ kind: 'workbook', sheets: expect.stringContaining('"Anteckningar"') }) }));
  });
  it('gives every row of a 4 × 5 export its own remiss, the merged remiss cell filled down', async () => {
    const sheet = (await readXlsx(await exportXlsx())).sheets[0];
    const rows = sheet.rows.slice(1);
    expect(rows).toHaveLength(20);
    expect(rows.map((r) => r.cells[0])).toEqual(EXPORT_REMISSER.flatMap((t) => Array(5).fill(t)));
    expect(rows.map((r) => r.cells[1])).toEqual(EXPORT_REMISSER.flatMap(() => EXPORT_NAMNDER));
  });
});

describe('readOds', () => {
  it('reads dates as ISO, expands repeated empty cells, fills row spans down and skips trailing filler rows', async () => {
    const book = await readOds(
      await ods([
        { name: 'Yttranden', rows: [['Remiss', 'Nämnd', 'Datum', 'Yttrande'], [{ text: 'Plan A', rows: 2 }, 'Kulturnämnden', { date: '2016-09-20' }, 'Text.'], [{ empty: 1 }, 'Trafiknämnden', { empty: 1 }, 'Mer text.'], { repeat: 1048570 }] },
      ]),
    );
    expect(book.sheets[0].rows.map((r) => [r.line, r.cells])).toEqual([
      [1, ['Remiss', 'Nämnd', 'Datum', 'Yttrande']],
      [2, ['Plan A', 'Kulturnämnden', '2016-09-20', 'Text.']],
      [3, ['Plan A', 'Trafiknämnden', '', 'Mer text.']],
    ]);
    expect(parseWorkbook(book, 'a.ods', 'ods').responses.map((r) => [r.respondent, r.date])).toEqual([['Kulturnämnden', '2016-09-20'], ['Trafiknämnden', undefined]]);
  });
});

describe('readXlsx with prefixed element names', () => {
  it('reads <x:row>/<x:c> as written by tools that prefix SpreadsheetML', async () => {
    const { zip } = await import('../../../fixtures/documents/zipWriter.ts');
    const NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const bytes = await zip({
      'xl/workbook.xml': `<x:workbook ${NS}><x:sheets><x:sheet name="Svar" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
      'xl/_rels/workbook.xml.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      'xl/worksheets/sheet1.xml': `<x:worksheet ${NS}><x:sheetData><x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>Nämnd</x:t></x:is></x:c><x:c r="B2"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    });
    expect((await readXlsx(bytes)).sheets).toEqual([{ name: 'Svar', rows: [{ line: 2, cells: ['Nämnd', '7'] }] }]);
  });
});
