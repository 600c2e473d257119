import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseFormula, responsesToCsv, toCsv } from '../../../src/lib/export/csv.ts';
import { consultation, DETAILS, record } from './fixtures.ts';
import { explanationText } from '../../../src/i18n/explanation.ts';

/** Parse our CSV back the way a careful reader would (BOM stripped, no empty last row). */
function parse(csv: string, delimiter = ';'): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  const res = Papa.parse<string[]>(csv.slice(1), { delimiter, newline: '\r\n', skipEmptyLines: false });
  expect(res.errors).toEqual([]);
  const rows = res.data;
  expect(rows[rows.length - 1]).toEqual(['']); // the final CRLF
  return rows.slice(0, -1);
}

const HOSTILE: Array<[string, boolean]> = [
  ['=HYPERLINK("http://x","y")', true],
  ['+1', true],
  ['-2+3', true],
  ['@SUM(A1)', true],
  ['\t=1', true],
  ['\r=1', true],
  ['=a\n=b', true],
  ['  =1+1', true],
  ['\u00A0@x', true],
  ['\uFF1DHYPERLINK("http://x")', true],
  ['\uFF0B1', true],
  ['\uFF0D2', true],
  ['\uFF20SUM(A1)', true],
  ['\u0085=1', true],
  ['\u0085text', true],
  ['\u200B=1', true],
  ['\uFEFF\u200D+1', true],
  ['\u200Btext', false],
  ['a\n=b', false],
  ['<script>alert(1)</script>', false],
  [';', false],
  ['say "hi"', false],
  ['', false],
  ['Bromma stadsdelsnämnd', false],
  ['1-2', false],
];

describe('neutraliseFormula', () => {
  it.each(HOSTILE)('%j gets an apostrophe: %s', (cell, neutralised) => {
    expect(neutraliseFormula(cell)).toBe(neutralised ? `'${cell}` : cell);
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a;b', '"a;b"'],
    ['a,b', 'a,b'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['=1;2', `"'=1;2"`],
  ])('%j → %j with ;', (cell, out) => expect(csvCell(cell, ';')).toBe(out));
  it('quotes commas when the delimiter is a comma', () => expect(csvCell('a,b', ',')).toBe('"a,b"'));
});

describe('toCsv', () => {
  it('starts with a BOM and ends every row with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('\uFEFFa;b\r\nc;d\r\n');
  });
  it('can leave out the BOM and use commas', () => {
    expect(toCsv([['a', 'b;c']], { bom: false, delimiter: ',' })).toBe('a,b;c\r\n');
  });
  it.each([';', ','] as const)('round-trips hostile cells through papaparse with %s (minus the apostrophe)', (d) => {
    const cells = HOSTILE.map(([c]) => c);
    const rows = parse(toCsv([cells, [...cells].reverse()], { delimiter: d }), d);
    expect(rows).toHaveLength(2);
    const back = rows[0].map((c, i) => (HOSTILE[i][1] ? c.replace(/^'/, '') : c));
    expect(back).toEqual(cells);
    for (const [i, c] of rows[0].entries()) expect(c.startsWith("'")).toBe(HOSTILE[i][1]);
  });
});

describe('responsesToCsv', () => {
  const recs = [
    record('Bromma stadsdelsnämnd', 'supporting', {
      respondentKind: 'stadsdelsnamnd', date: '2016-09-20', reference: 'BR 2016/12', reviewed: true, reviewedBy: 'CD',
      cls: { themes: { Påverkan: { stance: 'conditional', explicit: true, evidence: [] } }, conditions: [{ theme: 'Påverkan', text: 'att samråd sker', start: 0, end: 1 }, { theme: null, text: '=finansiering säkras', start: 0, end: 1 }] },
    }),
    record('=Evil;nämnd', 'opposing', { overrides: { overall: { stance: 'none', reason: 'Avstår, se "beslut"', initials: 'AB', at: '' }, themes: {} }, jointWith: ['Fastighetsnämnden'] }),
  ];
  const rows = parse(responsesToCsv(recs, consultation, { details: DETAILS }));

  it('has Swedish headers and one column per theme', () => {
    expect(rows[0]).toEqual([
      'Remissinstans', 'Gemensamt yttrande med', 'Typ', 'Datum', 'Diarienummer', 'Ställningstagande', 'Maskinens bedömning',
      'Inriktning: Profilering', 'Inriktning: Profilering (grund)', 'Inriktning: Påverkan', 'Inriktning: Påverkan (grund)',
      'Säkerhet', 'Manuellt bedömd', 'Skäl', 'Signatur', 'Granskad', 'Granskad av', 'Förklaring', 'Villkor',
    ]);
  });
  it('writes the effective stance, the machine stance, and each theme stance with what it rests on', () => {
    expect(rows[1].slice(0, 11)).toEqual(['Bromma stadsdelsnämnd', '', 'Stadsdelsnämnd', '2016-09-20', 'BR 2016/12', 'Tillstyrker', 'Tillstyrker', 'Tillstyrker', 'Ärvd', 'Tillstyrker med villkor', 'Uttrycklig']);
    expect(rows[2].slice(5, 11)).toEqual(['Ingen ställning', 'Avstyrker', 'Ingen ställning', 'Ärvd', 'Ingen ställning', 'Ärvd']);
  });
  it('says Manuell for a theme stance a person set', () => {
    const r = record('Kulturnämnden', 'supporting', { overrides: { themes: { Påverkan: { stance: 'opposing', reason: 'x', initials: 'AB', at: '' } } } });
    const out = parse(responsesToCsv([r], consultation));
    expect(out[1].slice(9, 11)).toEqual(['Avstyrker', 'Manuell']);
  });
  it('uses a decimal comma, Ja/Nej, override reason and initials, reviewer', () => {
    expect(rows[1].slice(11, 17)).toEqual(['0,82', 'Nej', '', '', 'Ja', 'CD']);
    expect(rows[2].slice(11, 17)).toEqual(['0,82', 'Ja', 'Avstår, se "beslut"', 'AB', 'Nej', '']);
  });
  it('joins conditions with line breaks and neutralises hostile names', () => {
    expect(rows[1][18]).toBe('Påverkan: att samråd sker\n=finansiering säkras');
    expect(rows[2][0]).toBe("'=Evil;nämnd");
    expect(rows[2][1]).toBe('Fastighetsnämnden');
  });
  it('can write English labels with commas', () => {
    const en = parse(responsesToCsv(recs, consultation, { lang: 'en', delimiter: ',', details: DETAILS }), ',');
    expect(en[0][0]).toBe('Respondent');
    expect(en[1][5]).toBe('Supports');
    expect(en[1][11]).toBe('0.82');
    expect(en[0][8]).toBe('Theme: Profilering (basis)');
    expect(en[1][8]).toBe('Inherited');
  });
  it('writes the explanation in the export’s language when given the renderer', () => {
    const col = parse(responsesToCsv(recs, consultation, { details: DETAILS }))[0].indexOf('Förklaring');
    const en = parse(responsesToCsv(recs, consultation, { lang: 'en', delimiter: ',', details: DETAILS, explain: (p) => explanationText(p, 'en') }), ',');
    expect(col).toBeGreaterThan(0);
    expect(en[1][col]).toMatch(/^Supports/);
    expect(en[1][col]).not.toMatch(/Tillstyrker|villkor|yttrande\)/);
  });
});
