import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/lib/import/index.ts';
import { fixture, parse, rejection } from './helpers.ts';

describe('CSV fixtures', () => {
  it('reads a Windows-1252 semicolon file with å/ä/ö, smart quotes, dashes and €', () => {
    const r = parseFile(fixture('cp1252-semicolon.csv'), 'cp1252-semicolon.csv');
    expect([r.encoding, r.delimiter, r.format]).toEqual(['windows-1252', ';', 'csv']);
    expect(r.responses.map((x) => x.respondent)).toEqual(['Södermalms stadsdelsnämnd', 'Äldrenämnden', 'Östermalms stadsdelsnämnd']);
    expect(r.responses[0].text).toBe('Förvaltningen anser att ”påverkansarbetet” är viktigt – särskilt i EU, men kostnaden på 5 000 € bör redovisas; ‘dock’ med förbehåll…');
    expect(r.responses.map((x) => x.date)).toEqual(['2016-09-20', '2016-09-21', '2016-09-21']);
    expect(r.responses.map((x) => x.importedStance)).toEqual(['conditional', 'supporting', 'opposing']);
    expect(r.responses.map((x) => x.respondentKind)).toEqual(['stadsdelsnamnd', 'facknamnd', 'stadsdelsnamnd']);
    expect(r.issueCount).toBe(0);
  });

  it('reads a UTF-8 file with BOM: the BOM is not part of the first header', () => {
    const r = parseFile(fixture('utf8-bom.csv'), 'utf8-bom.csv');
    expect(r.encoding).toBe('utf-8');
    expect(r.headers).toEqual(['Nämnd', 'Yttrande', 'Datum']);
    expect(r.responses.map((x) => x.date)).toEqual(['2016-09-20', '2016-09-20']);
  });

  it.each([
    ['utf16le-bom-tab.txt', 'utf-16le'],
    ['utf16be-bom-tab.txt', 'utf-16be'],
  ])('reads %s (Excel "Unicode-text": UTF-16, tabs, saved as .txt) as a table', (name, encoding) => {
    const r = parseFile(fixture(name), name);
    expect([r.format, r.encoding, r.delimiter]).toEqual(['csv', encoding, '\t']);
    expect(r.responses.map((x) => [x.respondent, x.reference, x.respondentKind])).toEqual([
      ['Kulturnämnden', 'KUN 2016/123', 'facknamnd'],
      ['Stockholm Vatten AB', '2016/9', 'bolagsstyrelse'],
    ]);
    expect(r.responses[0].text).toBe('Nämnden ställer sig bakom strategin; den är bra, tydlig.');
  });

  it('reads a tab-separated file with a quoted tab inside a cell', () => {
    const r = parseFile(fixture('tab.tsv'), 'tab.tsv');
    expect(r.delimiter).toBe('\t');
    expect(r.responses[1].text).toBe('Nämnden avstyrker.\tSe bilaga.');
  });

  it('reads a comma file with quoted commas and doubled quotes', () => {
    const r = parseFile(fixture('comma-quoted.csv'), 'comma-quoted.csv');
    expect(r.delimiter).toBe(',');
    expect(r.responses.map((x) => x.reference)).toEqual(['E 2016/1,2', 'IDN 2016/4']);
    expect(r.responses[1].text).toBe('Nämnden anser att "påverkan" bör prioriteras, särskilt i Norden.');
    expect(r.responses[1].date).toBe('2016-09-20');
  });

  it('skips sep=, title rows, totals rows, trailing empty columns and rows; numbers lines as in the file', () => {
    const r = parseFile(fixture('excel-sep-title-totals.csv'), 'excel.csv');
    expect(r.delimiter).toBe(';');
    expect(r.headers).toEqual(['Nämnd', 'Yttrande', 'Datum', 'Förslag till beslut']);
    expect(r.mapping).toEqual(['respondent', 'text', 'date', 'decision']);
    expect(r.responses.map((x) => [x.respondent, x.sourceLine])).toEqual([
      ['Rinkeby-Kista stadsdelsnämnd', 6],
      ['Spånga-Tensta stadsdelsnämnd', 7],
    ]);
    expect(r.responses[1].text).toBe('Förvaltningen ställer sig bakom förslaget;\nmed följande synpunkter:\n1. samverkan');
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([
      ['totals-row', 10],
      ['totals-row', 11],
    ]);
    expect([r.goodRows, r.badRows, r.unknownColumns]).toEqual([2, 0, []]);
  });

  it('turns a broken quote into one row error with its line and keeps reading after it', () => {
    const r = parseFile(fixture('broken-quotes.csv'), 'broken-quotes.csv');
    expect(r.responses.map((x) => x.respondent)).toEqual(['Alfanämnden', 'Gammanämnden', 'Deltanämnden']);
    expect(r.responses[2].text).toBe('Avstyrker "helt" och hållet.');
    expect(r.issues).toEqual([expect.objectContaining({ code: 'broken-quotes', line: 3, severity: 'error' })]);
    expect(r.issues[0]).toMatchObject({ file: 'broken-quotes.csv', params: { kind: 'unclosed' } });
    expect(r.badRows).toBe(1);
  });

  it('keeps formula and script text verbatim as data', () => {
    const r = parseFile(fixture('formula-script.csv'), 'formula-script.csv');
    expect(r.responses.map((x) => [x.respondent, x.text, x.decision])).toEqual([
      ['=HYPERLINK("http://example.invalid/x";"klicka")', '=HYPERLINK("http://example.invalid";"Klicka här")', '+SUM(A1:A9)'],
      ['<script>alert(1)</script>', "<script>alert('yttrande')</script><img src=x onerror=alert(2)>", '@SUM(1+1)'],
      ['Kulturnämnden', '-2+3 och =1+1 är text', "=cmd|' /C calc'!A0"],
    ]);
  });
});

describe('CSV rows and their issues', () => {
  it('reports a bad date with file, line, column and value, and keeps the row without it', () => {
    const r = parse('Nämnd;Yttrande;Datum\nA-nämnden;Ja.;2016-09-20\nB-nämnden;Nej.;2016-02-30\n');
    expect(r.issues).toEqual([
      { file: 'yttranden.csv', line: 3, column: 'Datum', code: 'invalid-date', severity: 'warning', params: { value: '2016-02-30' } },
    ]);
    expect([r.goodRows, r.badRows]).toEqual([2, 0]);
    expect(r.responses[1].date).toBeUndefined();
  });

  it('counts lines inside quoted cells, with LF, CRLF and CR line ends', () => {
    for (const nl of ['\n', '\r\n', '\r']) {
      const text = ['Nämnd;Yttrande;Datum', 'A;"rad 1', 'rad 2', 'rad 3";2016-09-20', 'B;"x";2016-13-45', ''].join(nl);
      const r = parse(text);
      expect(r.responses[0].sourceLine).toBe(2);
      expect(r.issues[0].line).toBe(5);
    }
  });

  it('rejects a row without respondent or with empty text, naming the column', () => {
    const r = parse('Nämnd;Yttrande\n;Text utan nämnd\nC-nämnden;   \nD-nämnden;Bra.\n');
    expect(r.issues.map((i) => [i.code, i.line, i.column])).toEqual([
      ['missing-respondent', 2, 'Nämnd'],
      ['empty-text', 3, 'Yttrande'],
    ]);
    expect(r.issues[1].params).toEqual({ respondent: 'C-nämnden' });
    expect([r.goodRows, r.badRows]).toEqual([1, 2]);
  });

  it('lets the later row win for the same respondent, counting the duplicate with both lines', () => {
    const r = parse('Nämnd;Yttrande\nKulturnämnden;Först.\nÄldrenämnden;Mitten.\n kulturnämnden\u00a0;Sist.\n');
    expect(r.responses.map((x) => [x.respondent, x.text])).toEqual([
      ['Äldrenämnden', 'Mitten.'],
      ['kulturnämnden', 'Sist.'],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.duplicates).toBe(1);
    expect(r.duplicateNotes).toEqual([{ group: '', respondent: 'kulturnämnden', first: 2, second: 4 }]);
  });

  it('keeps the first row instead when asked to', () => {
    const r = parse('Nämnd;Yttrande\nKulturnämnden;Först.\nÄldrenämnden;Mitten.\nKulturnämnden;Sist.\n', 'y.csv', { duplicates: 'first' });
    expect(r.responses.map((x) => x.text)).toEqual(['Först.', 'Mitten.']);
    expect(r.duplicates).toBe(1);
  });

  it('treats respondents named like Object.prototype members as plain names', () => {
    const r = parse('Nämnd;Yttrande\nconstructor;a\n__proto__;b\nhasOwnProperty;c\nconstructor;d\n');
    expect(r.responses.map((x) => `${x.respondent}:${x.text}`)).toEqual(['__proto__:b', 'hasOwnProperty:c', 'constructor:d']);
    expect(({} as Record<string, unknown>).b).toBeUndefined();
  });

  it('reads stance, kind, consultation, decision, reference and theme columns', () => {
    const themes = [{ name: 'Påverkan', keywords: ['påverkan'] }];
    const r = parse(
      'Remiss;Nämnd;Typ;Yttrande;Ställningstagande;Dnr;Påverkan;Kommentar\n' +
        'Internationell strategi;Norrmalms stadsdelsnämnd;bolag;Text.;Tillstyrker med villkor;1.2/2016;Viktigt.;x\n' +
        'Internationell strategi;Kulturnämnden;kommun;Text.;kanske;;;\n' +
        'Annan remiss;Idrottsnämnden;;Text.;;;;\n',
      'y.csv',
      { themes },
    );
    expect(r.consultation).toEqual({ title: 'Internationell strategi' });
    expect(r.unknownColumns).toEqual(['Kommentar']);
    const [a, b] = r.responses;
    expect(a).toMatchObject({ respondentKind: 'bolagsstyrelse', importedStance: 'conditional', reference: '1.2/2016', themeTexts: { Påverkan: 'Viktigt.' } });
    expect(b.respondentKind).toBe('facknamnd');
    expect(b.importedStance).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.line, i.column, i.severity])).toEqual([
      ['unknown-column', 1, 'Kommentar', 'warning'],
      ['unknown-kind', 3, 'Typ', 'warning'],
      ['unknown-stance', 3, 'Ställningstagande', 'warning'],
    ]);
    expect(r.groups.map((g) => [g.title, g.responses.length])).toEqual([['Internationell strategi', 2], ['Annan remiss', 1]]);
    expect(r.goodRows).toBe(3);
  });

  it('warns when a row has values beyond the header (an unquoted delimiter in a text)', () => {
    const r = parse('Nämnd;Yttrande\nA-nämnden;Vi tycker; dock inte\n');
    expect(r.responses[0].text).toBe('Vi tycker');
    expect(r.issues).toEqual([expect.objectContaining({ code: 'extra-cells', line: 2, column: '#3', severity: 'warning', params: { value: 'dock inte' } })]);
  });

  it('keeps the first of two columns for the same field and reports the other', () => {
    const r = parse('Nämnd;Yttrande;Remissinstans\nA;Text;B\n');
    expect(r.duplicateHeaders).toEqual(['Remissinstans']);
    expect(r.responses[0].respondent).toBe('A');
    expect(r.issues[0]).toMatchObject({ code: 'duplicate-header', column: 'Remissinstans', line: 1 });
  });

  it('keeps only the first 100 issues but counts them all', () => {
    const rows = Array.from({ length: 250 }, (_, i) => `N${i};Text;2016-02-30`);
    const r = parse(['Nämnd;Yttrande;Datum', ...rows].join('\n'));
    expect([r.issues.length, r.issueCount, r.badRows, r.goodRows]).toEqual([100, 250, 0, 250]);
    expect(r.issues[99].line).toBe(101);
  });

  it('survives a file full of broken quotes and says it stopped', () => {
    const rows = Array.from({ length: 40 }, (_, i) => `N${i};"trasig`);
    const r = parse(['Nämnd;Yttrande', ...rows, 'Sista;ok'].join('\n'));
    expect(r.issues.at(-1)?.code).toBe('too-many-broken-quotes');
    expect(r.issues.filter((i) => i.code === 'broken-quotes').length).toBeGreaterThan(20);
  });
});

describe('CSV options', () => {
  it('uses a forced delimiter instead of its own choice', () => {
    expect(parse('Nämnd,Yttrande\nA,B\n', 'y.csv', { delimiter: ',' }).delimiter).toBe(',');
    expect(rejection(() => parse('Nämnd,Yttrande\nA,B\n', 'y.csv', { delimiter: ';' })).code).toBe('no-header');
  });

  it('uses a forced mapping, even for headers it does not know', () => {
    const r = parse('Vem;Vad;När\nA-nämnden;Bra.;2016-09-20\n', 'y.csv', { mapping: ['respondent', 'text', 'date'] });
    expect(r.mapping).toEqual(['respondent', 'text', 'date']);
    expect(r.responses[0]).toMatchObject({ respondent: 'A-nämnden', text: 'Bra.', date: '2016-09-20' });
  });

  it('ignores columns mapped to null', () => {
    const r = parse('Nämnd;Yttrande;Datum\nA;Bra.;fel\n', 'y.csv', { mapping: ['respondent', 'text', null] });
    expect(r.responses[0].date).toBeUndefined();
    expect(r.issueCount).toBe(0);
  });
});

describe('CSV whole-file rejections', () => {
  it('rejects a file without a recognisable header and lists the accepted names', () => {
    const e = rejection(() => parse('a;b;c\n1;2;3\n'));
    expect(e.code).toBe('no-header');
    expect(e.file).toBe('yttranden.csv');
    expect(e.params.respondent).toContain('remissinstans');
    expect(e.params.text).toContain('yttrande');
  });

  it('rejects a header without a text column, saying which names would work', () => {
    const e = rejection(() => parse('Nämnd;Datum;Dnr\nA;2016-09-20;1\n'));
    expect(e.code).toBe('missing-column');
    expect(e.params).toMatchObject({ kind: 'text', names: expect.stringContaining('yttrande') });
  });

  it('rejects a header without a respondent column', () => {
    const e = rejection(() => parse('Yttrande;Datum\nText;2016-09-20\n'));
    expect(e.code).toBe('missing-column');
    expect(e.params).toMatchObject({ kind: 'respondent', names: expect.stringContaining('remissinstans') });
  });

  it('rejects a file with a header and no rows', () => {
    expect(rejection(() => parse('Nämnd;Yttrande\n;\n\n')).code).toBe('no-rows');
  });
});
