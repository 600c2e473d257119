import { describe, expect, it } from 'vitest';
import { FIELD_ALIASES } from '../../../src/lib/import/index.ts';
import { mapHeaders, matchField, themeIndex } from '../../../src/lib/import/headers.ts';

const themes = themeIndex([
  { name: 'Påverkan', keywords: ['påverkan'] },
  { name: 'Samverkan', keywords: [] },
]);

describe('header matching', () => {
  it.each([
    ['Nämnd', 'respondent'],
    ['NAMND', 'respondent'],
    [' remissinstans ', 'respondent'],
    ['Instans', 'respondent'],
    ['Avsändare', 'respondent'],
    ['Organisation', 'respondent'],
    ['committee', 'respondent'],
    ['Respondent', 'respondent'],
    ['Yttrande', 'text'],
    ['text', 'text'],
    ['Svar', 'text'],
    ['Synpunkter', 'text'],
    ['Response', 'text'],
    ['body', 'text'],
    ['Datum', 'date'],
    ['Beslutsdatum', 'date'],
    ['Date', 'date'],
    ['Dnr', 'reference'],
    ['Diarienummer', 'reference'],
    ['Reference', 'reference'],
    ['Remiss', 'consultation'],
    ['Ärende', 'consultation'],
    ['Consultation', 'consultation'],
    ['Beslut', 'decision'],
    ['Förslag till beslut', 'decision'],
    ['forslag till beslut', 'decision'],
    ['FÖRSLAG_TILL_BESLUT:', 'decision'],
    ['Förslag\u00a0till  beslut', 'decision'],
    ['Decision', 'decision'],
    ['Ställningstagande', 'stance'],
    ['Bedömning', 'stance'],
    ['Stance', 'stance'],
    ['Position', 'stance'],
    ['Typ', 'kind'],
    ['kind', 'kind'],
    ['Nämndtyp', 'kind'],
    ['Na\u0308mnd', 'respondent'], // decomposed ä
    ['\u200bNämnd', 'respondent'], // zero-width space from Word
    ['Påverkan', 'theme:Påverkan'],
    ['påverkan', 'theme:Påverkan'],
    ['Inriktning: Samverkan', 'theme:Samverkan'],
    ['Kommentar', null],
    ['', null],
  ])('%j → %s', (header, field) => {
    expect(matchField(header, themes)).toBe(field);
  });

  it('lists at least every alias DESIGN.md §3 names', () => {
    expect(FIELD_ALIASES.respondent).toEqual(expect.arrayContaining(['nämnd', 'remissinstans', 'instans', 'avsändare', 'organisation', 'committee', 'respondent']));
    expect(FIELD_ALIASES.text).toEqual(expect.arrayContaining(['yttrande', 'text', 'svar', 'synpunkter', 'response', 'body']));
    expect(FIELD_ALIASES.kind).toEqual(expect.arrayContaining(['typ', 'kind', 'nämndtyp']));
  });

  it('reports duplicate headers (first wins) and unknown columns (kept, mapped to null)', () => {
    const m = mapHeaders(['Nämnd', 'Yttrande', 'Remissinstans', 'Kommentar', 'Yttrande', ''], themes);
    expect(m.mapping).toEqual(['respondent', 'text', null, null, null, null]);
    expect(m.duplicateHeaders).toEqual(['Remissinstans', 'Yttrande']);
    expect(m.unknownColumns).toEqual(['Kommentar']);
  });

  it('reports an unknown column that appears twice as a duplicate, once as unknown', () => {
    const m = mapHeaders(['Nämnd', 'Yttrande', 'Anteckning', 'anteckning'], themes);
    expect(m.unknownColumns).toEqual(['Anteckning']);
    expect(m.duplicateHeaders).toEqual(['anteckning']);
  });
});

