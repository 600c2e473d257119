import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/classify/index.ts';
import { nodeReaders } from '../../../src/cli/classify.ts';
import { ImportError } from '../../../src/lib/import/errors.ts';
import { documentFormat, extractDocument, parseAnyFile, parseExtracted } from '../../../src/lib/import/parseAnyFile.ts';
import { REMISS, exportXlsx, scannedPdf, tjansteutlatandeDocx, tjansteutlatandePdf, workbookXlsx } from '../../fixtures/documents/generate.ts';
import { pdf } from '../../fixtures/documents/writers.ts';

const stance = (r: { text: string; decision?: string; respondent: string }) => classify({ text: r.text, decision: r.decision, respondent: r.respondent }, []).stance;

describe('parseAnyFile: documents as published', () => {
  it('reads a two-page PDF tjänsteutlåtande as one yttrande: nämnd, date, dnr, remiss, text without page furniture, stance', async () => {
    const p = await parseAnyFile(tjansteutlatandePdf(), 'mhn.pdf', {}, nodeReaders);
    expect(p.format).toBe('pdf');
    expect(p.responses).toHaveLength(1);
    const r = p.responses[0];
    expect([r.respondent, r.date, r.reference]).toEqual(['Miljö- och hälsoskyddsnämnden', '2017-03-14', '2017-04512']);
    expect(p.consultation?.title).toBe(REMISS);
    expect(r.text).not.toMatch(/Sida \d|Tjänsteutlåtande|Miljöförvaltningen/);
    expect(r.text).toContain('grönområden och parkmark');
    expect(r.text).toContain('\n\nFörvaltningens synpunkter\n\n');
    expect(r.decision).toMatch(/^1\. Miljö- och hälsoskyddsnämnden avstyrker/);
    expect(stance(r)).toBe('opposing');
  });

  it('reads a Word tjänsteutlåtande as one yttrande with its headings as sections', async () => {
    const p = await parseAnyFile(await tjansteutlatandeDocx(), 'sn.docx', {}, nodeReaders);
    const r = p.responses[0];
    expect([p.format, r.respondent, r.date, r.reference, p.consultation?.title]).toEqual(['docx', 'Socialnämnden', '2017-03-21', '3.1.2-233/2017', REMISS]);
    expect(r.decision).toBe('Socialnämnden tillstyrker förslaget och överlämnar förvaltningens tjänsteutlåtande som svar på remissen.');
    expect(r.text).not.toContain('Sida 1 (1)');
    expect(stance(r)).toBe('supporting');
    expect(p.document?.sources).toMatchObject({ respondent: 'till', date: 'till', consultation: 'text' });
  });

  it('refuses a scanned PDF without a text layer with a message saying so', async () => {
    const e = await parseAnyFile(scannedPdf(), 'skannad.pdf', {}, nodeReaders).catch((x) => x);
    expect(e).toBeInstanceOf(ImportError);
    expect([e.code, e.file]).toEqual(['no-text-layer', 'skannad.pdf']);
  });

  it('refuses a broken PDF, naming the file', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\nskräp');
    const e = await parseAnyFile(bytes, 'trasig.pdf', {}, nodeReaders).catch((x) => x);
    expect([e.code, e.file]).toEqual(['unreadable-document', 'trasig.pdf']);
    expect(e.params).toMatchObject({ format: 'pdf', kind: 'pdf', reason: 'broken' });
  });

  it("applies the user's corrections of respondent, date and remiss, and says they are the user's", async () => {
    const ex = await extractDocument(tjansteutlatandePdf(), 'mhn.pdf', 'pdf', nodeReaders);
    const p = parseExtracted(ex, 'mhn.pdf', { document: { respondent: 'Miljönämnden', date: '2017-03-15', consultation: 'Annan remiss' } });
    expect([p.responses[0].respondent, p.responses[0].date, p.consultation?.title]).toEqual(['Miljönämnden', '2017-03-15', 'Annan remiss']);
    expect(p.document?.sources).toMatchObject({ respondent: 'user', date: 'user', consultation: 'user' });
  });

  it('reports an impossible corrected date as a warning on the document, which still imports', async () => {
    const ex = await extractDocument(tjansteutlatandePdf(), 'mhn.pdf', 'pdf', nodeReaders);
    const p = parseExtracted(ex, 'mhn.pdf', { document: { date: '2017-02-30' } });
    expect(p.goodRows).toBe(1);
    expect(p.responses[0].date).toBeUndefined();
    expect(p.issues[0]).toMatchObject({ code: 'invalid-date', column: 'datum' });
  });

  it.each([
    ['a.pdf', () => Promise.resolve(pdf([[{ text: 'x', y: 700 }]])), 'pdf'],
    ['a.xlsx', workbookXlsx, 'xlsx'],
    ['utan-andelse', workbookXlsx, 'xlsx'],
    ['a.docx', tjansteutlatandeDocx, 'docx'],
    ['a.csv', () => Promise.resolve(new TextEncoder().encode('nämnd;yttrande\n')), null],
  ])('recognises %s by its bytes', async (name, make, format) => {
    expect(documentFormat(await make(), name)).toBe(format);
  });

  it('reads the workbook export through the table import, with Excel row numbers', async () => {
    const p = await parseAnyFile(await exportXlsx(), 'export.xlsx', {}, nodeReaders);
    expect(p.format).toBe('xlsx');
    expect(p.sheet).toBe('Export');
    expect(p.mapping).toEqual(['consultation', 'respondent', 'date', 'text']);
    // 4 remisser × 5 nämnder: every row kept, each under its own remiss.
    expect(p.responses).toHaveLength(20);
    expect(p.groups.map((g) => g.responses.length)).toEqual([5, 5, 5, 5]);
    expect(new Set(p.groups.map((g) => g.title)).size).toBe(4);
    for (const r of p.responses) expect(r.sourceLine).toBeGreaterThanOrEqual(2), expect(r.sourceLine).toBeLessThanOrEqual(21);
    expect(p.responses.find((r) => r.sourceLine === 17)).toMatchObject({ respondent: 'Kulturnämnden', date: '2017-05-10' });
  });
});

describe('the committed document fixtures', () => {
  it.each([
    ['miljo-och-halsoskyddsnamnden.pdf', tjansteutlatandePdf],
    ['inskannad.pdf', scannedPdf],
  ])('%s is what generate.ts writes (run it after changing the fixtures)', async (name, make) => {
    const { readFileSync } = await import('node:fs');
    expect(new Uint8Array(readFileSync(`test/fixtures/documents/${name}`))).toEqual(make());
  });
});
