import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { main, type Io } from '../../../src/cli/classify.ts';
import { cliText } from '../../../src/i18n/cli.ts';

const enc = (s: string) => new TextEncoder().encode(s);

async function run(argv: string[], files: Record<string, string | Uint8Array>) {
  let out = '';
  let err = '';
  const io: Io = {
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw new Error('ENOENT');
      return typeof f === 'string' ? enc(f) : f;
    },
  };
  const code = await main(argv, io);
  return { code, out, err };
}

const CSV = 'nämnd;yttrande;beslut\nKulturnämnden;Förvaltningen ser positivt på samverkan.;Nämnden tillstyrker förslaget.\nIdrottsnämnden;Nämnden avstyrker förslaget.;\nTrasig rad;;\n';
const JSON_WRAPPER = JSON.stringify({
  consultation: { title: 'Strategi X', themes: [{ name: 'Samverkan', keywords: ['samverkan'] }] },
  responses: [{ respondent: 'Servicenämnden', text: 'Nämnden har inga synpunkter.' }],
});

describe('classify CLI', () => {
  it('classifies good rows and lists bad rows under issues, exit 0', async () => {
    const r = await run(['yttranden.csv'], { 'yttranden.csv': CSV });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.files[0]).toMatchObject({ file: 'yttranden.csv', delimiter: ';', goodRows: 2, badRows: 1 });
    expect(j.files[0].issues.length).toBeGreaterThan(0);
    expect(j.responses.map((x: { respondent: string; stance: string }) => [x.respondent, x.stance])).toEqual([
      ['Kulturnämnden', 'supporting'],
      ['Idrottsnämnden', 'opposing'],
    ]);
    expect(j.responses[0]).toHaveProperty('line', 2);
    for (const k of ['respondentKind', 'text', 'decision', 'confidence', 'evidence', 'themes', 'conditions', 'explanation']) expect(j.responses[0]).toHaveProperty(k);
  });

  it('takes themes from the JSON wrapper and numbers JSON records', async () => {
    const r = await run(['remiss.json'], { 'remiss.json': JSON_WRAPPER });
    const j = JSON.parse(r.out);
    expect(r.code).toBe(0);
    expect(j.responses[0]).toMatchObject({ record: 1, consultation: 'Strategi X', stance: 'none' });
    expect(Object.keys(j.responses[0].themes)).toEqual(['Samverkan']);
  });

  it('uses themes from --themes in either accepted shape', async () => {
    for (const themes of [JSON.stringify([{ name: 'Idrott', keywords: ['idrott'] }]), JSON.stringify({ themes: [{ name: 'Idrott', keywords: ['idrott'] }] })]) {
      const r = await run(['--themes', 't.json', 'y.csv'], { 't.json': themes, 'y.csv': CSV });
      expect(r.code).toBe(0);
      expect(Object.keys(JSON.parse(r.out).responses[0].themes)).toEqual(['Idrott']);
    }
  });

  it('writes formula-safe CSV with a BOM and semicolons', async () => {
    const csv = 'nämnd;yttrande\n=HYPERLINK("x");Nämnden tillstyrker förslaget.\n';
    const r = await run(['--format', 'csv', 'y.csv'], { 'y.csv': csv });
    expect(r.code).toBe(0);
    expect(r.out.startsWith('\uFEFF')).toBe(true);
    expect(r.out.split('\r\n')[0]).toContain('respondent;');
    expect(r.out).toContain(`"'=HYPERLINK(""x"")"`);
  });

  it('exits 1 with a Swedish message naming a rejected file', async () => {
    const r = await run(['tom.csv'], { 'tom.csv': '   ' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('tom.csv');
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it('files every response under its own remiss and lists the remisser of each file', async () => {
    const rows = ['Ärende;Nämnd;Yttrande'];
    for (const r of ['Trafikplan (KS 2024/12)', 'Budget 2025', 'Kulturstrategi'])
      for (const n of ['Kulturnämnden', 'Idrottsnämnden', 'Äldrenämnden', 'Servicenämnden', 'Miljönämnden']) rows.push(`${r};${n};Nämnden ${r.startsWith('B') ? 'avstyrker' : 'tillstyrker'} förslaget.`);
    const r = await run(['diarium.csv'], { 'diarium.csv': rows.join('\n') });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.files[0].consultations).toEqual([
      { title: 'Trafikplan', reference: 'KS 2024/12', responses: 5, duplicates: 0 },
      { title: 'Budget 2025', responses: 5, duplicates: 0 },
      { title: 'Kulturstrategi', responses: 5, duplicates: 0 },
    ]);
    expect(j.responses).toHaveLength(15);
    const idrott = j.responses.filter((x: { respondent: string }) => x.respondent === 'Idrottsnämnden');
    expect(idrott.map((x: { consultation: string; stance: string }) => [x.consultation, x.stance])).toEqual([
      ['Trafikplan', 'supporting'],
      ['Budget 2025', 'opposing'],
      ['Kulturstrategi', 'supporting'],
    ]);
  });

  it('exits 1 for a file that cannot be read', async () => {
    const r = await run(['saknas.csv'], {});
    expect(r.code).toBe(1);
    expect(r.err).toContain('saknas.csv');
  });

  it.each([
    [[]],
    [['--format', 'xml', 'a.csv']],
    [['--themes']],
    [['--okand', 'a.csv']],
  ])('exits 2 on wrong usage %j', async (argv) => {
    const r = await run(argv as string[], { 'a.csv': CSV });
    expect(r.code).toBe(2);
    expect(r.err).toContain('Användning');
  });

  it('exits 2 for an unreadable themes file', async () => {
    const r = await run(['--themes', 't.json', 'a.csv'], { 't.json': '{nope', 'a.csv': CSV });
    expect(r.code).toBe(2);
  });
});

describe('classify CLI in English (--lang en)', () => {
  it('words usage errors and unreadable files in the language chosen, Swedish by default', async () => {
    const sv = await run(['saknas.csv'], {});
    expect(sv.err).toBe(`${cliText('sv', 'cli.classify.unreadable', { path: 'saknas.csv' })}\n`);
    const en = await run(['--lang', 'en', 'saknas.csv'], {});
    expect(en.err).toBe(`${cliText('en', 'cli.classify.unreadable', { path: 'saknas.csv' })}\n`);
    const usage = await run(['--lang=en', '--okand'], {});
    expect(usage.code).toBe(2);
    expect(usage.err).toBe(`${cliText('en', 'cli.flag.unknown', { flag: '--okand' })}\n${cliText('en', 'cli.classify.usage')}\n`);
  });

  it('words the issues and the CSV cells of yes/no in English, and takes --lang out of the file names', async () => {
    const r = await run(['a.csv', '--lang', 'en'], { 'a.csv': CSV });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.files).toHaveLength(1);
    const sv = JSON.parse((await run(['a.csv'], { 'a.csv': CSV })).out);
    const [issue, svIssue] = [j.files[0].issues[0], sv.files[0].issues[0]];
    expect(issue.code).toBe(svIssue.code);
    expect(issue.message).not.toBe(svIssue.message);
    const csv = await run(['--format', 'csv', '--lang', 'en', 'a.csv'], { 'a.csv': CSV });
    const cells = csv.out.split('\r\n')[1].split(';');
    expect(cells).toContain(cliText('en', 'cli.classify.no'));
  });

  it('exits 2 for a language it does not have', async () => {
    const r = await run(['--lang', 'de', 'a.csv'], { 'a.csv': CSV });
    expect(r.code).toBe(2);
    expect(r.err).toContain(cliText('sv', 'cli.lang.unknown', { lang: 'de' }));
  });
});

describe('classify CLI on documents as published', () => {
  const dir = 'test/fixtures/documents';
  const disk = (paths: string[]) => Object.fromEntries(paths.map((p) => [p, new Uint8Array(readFileSync(p))]));

  it('classifies a PDF, a Word file and a workbook from disk: one yttrande per document, the rows of the data sheet', async () => {
    const files = [`${dir}/miljo-och-halsoskyddsnamnden.pdf`, `${dir}/socialnamnden.docx`, `${dir}/yttranden-arbetsbok.xlsx`];
    const r = await run(files, disk(files));
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.files.map((f: { format: string; goodRows: number }) => [f.format, f.goodRows])).toEqual([['pdf', 1], ['docx', 1], ['xlsx', 5]]);
    expect(j.responses.slice(0, 2).map((x: { respondent: string; date: string; stance: string }) => [x.respondent, x.date, x.stance])).toEqual([
      ['Miljö- och hälsoskyddsnämnden', '2017-03-14', 'opposing'],
      ['Socialnämnden', '2017-03-21', 'supporting'],
    ]);
    expect(j.responses.slice(2).map((x: { line: number }) => x.line)).toEqual([5, 6, 7, 8, 9]);
  });

  it('exits 1 for a scanned PDF, saying it has no text layer', async () => {
    const f = `${dir}/inskannad.pdf`;
    const r = await run([f], disk([f]));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/inskannad\.pdf: .*inget textlager/);
  });
});
