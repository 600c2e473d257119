import { describe, expect, it } from 'vitest';
import { decode, detectUtf16, guessSingleByte } from '../../../src/lib/import/decode.ts';
import { parseFile } from '../../../src/lib/import/index.ts';
import { parse, rejection, utf8 } from './helpers.ts';

describe('hostile files', () => {
  it.each([
    ['Nämnd;Text (fritext, max 4000 tecken);Beslut (tillstyrker, avstyrker, villkor)', ['respondent', 'text', 'decision']],
    ['Remissinstans [namn];Yttrande – fritext;Datum, ÅÅÅÅ-MM-DD', ['respondent', 'text', 'date']],
    ['Nämnd: namn;Svar (max 10 000 tecken);Dnr (ärendets)', ['respondent', 'text', 'reference']],
  ])('maps annotated headers to their fields: %s', (header, fields) => {
    const r = parse(`${header}\nKulturnämnden;Nämnden tillstyrker.;2016-09-20\n`);
    expect(r.mapping).toEqual(fields);
    expect(r.unknownColumns).toEqual([]);
    expect(r.goodRows).toBe(1);
  });

  it('keeps a yttrande with an impossible or unknown date, warning on that cell', () => {
    const r = parse('Nämnd;Yttrande;Datum\nA-nämnden;Bra.;2016-02-30\nB-nämnden;Ok.;snart\nC-nämnden;Fint.;2016-09-20\n');
    expect(r.responses.map((x) => [x.respondent, x.date])).toEqual([['A-nämnden', undefined], ['B-nämnden', undefined], ['C-nämnden', '2016-09-20']]);
    expect(r.issues.map((i) => [i.code, i.line, i.column, i.severity])).toEqual([
      ['invalid-date', 2, 'Datum', 'warning'],
      ['invalid-date', 3, 'Datum', 'warning'],
    ]);
    expect(r.badRows).toBe(0);
  });

  it('reports totals and footer rows as skipped, wherever their label sits', () => {
    const r = parse('Nämnd;Yttrande;Antal sidor\nA-nämnden;Bra.;2\nSumma;;2\nTotalt;3;\nAntal yttranden: 10;;\n;Summa: 2;\n');
    expect(r.responses.map((x) => x.respondent)).toEqual(['A-nämnden']);
    expect(r.issues.filter((i) => i.code !== 'unknown-column').map((i) => [i.code, i.line])).toEqual([['totals-row', 3], ['totals-row', 4], ['totals-row', 5], ['totals-row', 6]]);
    expect(r.badRows).toBe(0);
  });

  it('reports a row with more fields than the header', () => {
    const r = parse('Nämnd;Yttrande;Datum\nA-nämnden;Vi tycker; dock inte;2016-09-20\n');
    expect(r.issues.map((i) => [i.code, i.line, i.severity])).toContainEqual(['extra-cells', 2, 'warning']);
  });

  it('rejects a file where no row has both nämnd and text with one counted message', () => {
    const rows = ['Nämnd;Yttrande;Datum'];
    for (let i = 0; i < 5000; i++) rows.push(i % 2 ? `;;2016-09-20` : `Nämnd ${i};;2016-09-20`);
    const e = rejection(() => parse(rows.join('\n')));
    expect(e.code).toBe('no-usable-rows');
    expect([e.file, e.params]).toEqual(['yttranden.csv', { n: 5000 }]);
  });

  it('rejects JSON records without nämnd and text the same way', () => {
    const e = rejection(() => parse(JSON.stringify([{ datum: '2016-09-20' }, { typ: 'facknämnd' }]), 'y.json'));
    expect([e.code, e.params?.n]).toEqual(['no-usable-rows', 2]);
  });

  it('makes a JSON record whose text is a deeply nested object one bad row; the others import', () => {
    const deep = '{"a":'.repeat(5000) + '1' + '}'.repeat(5000);
    for (const wrap of [(x: string) => `[${x}]`, (x: string) => `{"remiss": {"titel": "Trafikplan"}, "yttranden": [${x}]}`]) {
      const text = wrap(`{"nämnd": "A-nämnden", "yttrande": "Bra."}, {"nämnd": "B-nämnden", "yttrande": ${deep}}, {"nämnd": "C-nämnden", "yttrande": "Ok."}`);
      const r = parse(text, 'y.json');
      expect(r.responses.map((x) => x.respondent)).toEqual(['A-nämnden', 'C-nämnden']);
      expect([r.goodRows, r.badRows]).toEqual([2, 1]);
      const issue = r.issues.find((i) => i.code === 'record-too-deep')!;
      expect([issue.record, issue.severity]).toEqual([2, 'error']);
      expect(issue.params).toEqual({ max: 32 });
    }
    // Deep outside the records: still the whole file.
    expect(rejection(() => parse(`{"x": ${deep}, "yttranden": []}`, 'y.json')).code).toBe('json-too-deep');
  });
});

describe('hostile encodings', () => {
  const macRoman = (s: string) => {
    const map: Record<string, number> = { å: 0x8c, ä: 0x8a, ö: 0x9a, Å: 0x81, Ä: 0x80, Ö: 0x85, é: 0x8e, '–': 0xd0 };
    return Uint8Array.from([...s].map((c) => map[c] ?? c.charCodeAt(0)));
  };

  it('detects Mac Roman (Excel for Mac, "CSV (Macintosh)") and reads å/ä/ö right', () => {
    const bytes = macRoman('Nämnd;Yttrande\rÄldrenämnden;Förvaltningen ställer sig bakom förslaget – på så sätt.\rSkärholmens stadsdelsnämnd;Öppet för ändring.\r');
    expect(guessSingleByte(bytes)).toBe('macintosh');
    const r = parseFile(bytes, 'mac.csv');
    expect(r.encoding).toBe('macintosh');
    expect(r.responses.map((x) => x.respondent)).toEqual(['Äldrenämnden', 'Skärholmens stadsdelsnämnd']);
    expect(r.responses[0].text).toBe('Förvaltningen ställer sig bakom förslaget – på så sätt.');
  });

  it('still reads Windows-1252 as Windows-1252', () => {
    const bytes = Uint8Array.from([...'Nämnd;Yttrande\nÄldrenämnden;Öppet.\n'].map((c) => c.charCodeAt(0)));
    expect(decode(bytes).encoding).toBe('windows-1252');
  });

  it.each([
    ['utf-16le', false],
    ['utf-16be', true],
  ] as const)('detects %s without a byte-order mark', (enc, big) => {
    const text = 'Nämnd\tYttrande\nÄldrenämnden\tFörvaltningen tillstyrker.\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      bytes[2 * i + (big ? 1 : 0)] = c & 0xff;
      bytes[2 * i + (big ? 0 : 1)] = c >> 8;
    }
    expect(detectUtf16(bytes)).toBe(enc);
    const r = parseFile(bytes, 'unicode.txt');
    expect(r.encoding).toBe(enc);
    expect(r.responses[0]).toMatchObject({ respondent: 'Äldrenämnden', text: 'Förvaltningen tillstyrker.' });
  });

  it('does not take ordinary UTF-8 for UTF-16', () => {
    expect(detectUtf16(utf8('Nämnd;Yttrande\nA;B\n'))).toBeNull();
  });
});
