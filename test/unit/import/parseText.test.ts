import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/lib/import/index.ts';
import { nameFromFile } from '../../../src/lib/import/parseText.ts';
import { fixture, parse } from './helpers.ts';

describe('plain text yttrande', () => {
  it('reads respondent, meeting date and decision from a tjänsteutlåtande', () => {
    const r = parseFile(fixture('socialnamnden.txt'), 'socialnamnden.txt');
    expect(r.format).toBe('text');
    expect(r.responses).toHaveLength(1);
    const y = r.responses[0];
    expect(y).toMatchObject({ respondent: 'Socialnämnden', respondentKind: 'facknamnd', date: '2016-09-20', sourceFile: 'socialnamnden.txt', sourceLine: 1 });
    expect(y.decision).toBe('Socialnämnden överlämnar förvaltningens tjänsteutlåtande som svar på remissen och tillstyrker förslaget.');
    expect(y.text).toContain('Samverkan med andra städer är värdefull.');
  });

  it.each([
    ['Till Arbetsmarknadsnämnden\n\nText.', 'Arbetsmarknadsnämnden'],
    ['Till\n\nArbetsmarknadsnämnden\n\nText.', 'Arbetsmarknadsnämnden'],
    ['# Yttrande från Kulturnämnden\n\nText.', 'Kulturnämnden'],
    ['**Remissvar från Stockholms Hamn AB**\n\nText.', 'Stockholms Hamn AB'],
    ['Yttrande över Internationell strategi från Idrottsnämnden\nText.', 'Idrottsnämnden'],
    ['Nämnd: Trafiknämnden\nText.', 'Trafiknämnden'],
    ['Till följd av detta tillstyrker vi.\n', 'Hagsatra yttrande'],
  ])('finds the respondent in %j', (text, respondent) => {
    expect(parse(text, 'hagsatra_yttrande.txt').responses[0].respondent).toBe(respondent);
  });

  it.each([
    ['hagsätra-stadsdelsnämnd.md', 'Hagsätra stadsdelsnämnd'],
    ['C:\\svar\\kultur_namnden.txt', 'Kultur namnden'],
    ['svar.yttrande.txt', 'Svar.yttrande'],
  ])('derives a respondent from the file name %j', (name, respondent) => {
    expect(nameFromFile(name)).toBe(respondent);
  });

  it('takes the first date in the text when none follows the addressee', () => {
    expect(parse('Text skrevs den 3 oktober 2016 och 2016-10-04.', 'x.txt').responses[0].date).toBe('2016-10-03');
  });

  it('warns about an impossible date in the text and leaves the date empty', () => {
    const r = parse('Rubrik\n\nBeslutat 30 februari 2016.', 'x.txt');
    expect(r.responses[0].date).toBeUndefined();
    expect(r.issues).toEqual([expect.objectContaining({ code: 'invalid-date-in-text', severity: 'warning', line: 3, params: { value: '30 februari 2016' } })]);
  });

  it('takes the paragraphs under a Markdown decision heading, up to the next heading', () => {
    const md = '# Yttrande från Kulturnämnden\n\n## Förslag till beslut\n\n1. Nämnden tillstyrker.\n\n2. Paragrafen justeras.\n\n## Ärendet\n\nBakgrund.';
    expect(parse(md, 'k.md').responses[0].decision).toBe('1. Nämnden tillstyrker.\n\n2. Paragrafen justeras.');
  });

  it('stops the decision at a plain heading-like line', () => {
    const t = 'Beslut\nNämnden avstyrker förslaget.\n\nSammanfattning\nLång text.';
    expect(parse(t, 'x.txt').responses[0].decision).toBe('Nämnden avstyrker förslaget.');
  });

  it('gives no decision when there is no decision heading', () => {
    expect(parse('Nämnden tillstyrker.', 'x.txt').responses[0].decision).toBeUndefined();
  });

  it('reads a text file without extension that is not a table as text', () => {
    expect(parse('Till Kulturnämnden\nVi tillstyrker.', 'yttrande').format).toBe('text');
  });

  it('keeps CRLF files as LF text', () => {
    expect(parse('Till Kulturnämnden\r\nRad två.\r\n', 'x.txt').responses[0].text).toBe('Till Kulturnämnden\nRad två.');
  });
});
