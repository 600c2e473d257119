import { describe, expect, it } from 'vitest';
import { findDocumentMeta } from '../../../src/lib/import/documentMeta.ts';

const HEAD = 'Handläggare\nLisa Berg\nTelefon 08 508 00 000\n\n';

describe('findDocumentMeta', () => {
  it.each([
    ['"Till" on its own line, the name on the next', `${HEAD}Till\nKulturnämnden\nden 20 september 2016\n\nText.`, 'Kulturnämnden', 'till'],
    ['"Till X" on one line', 'Till Idrottsnämnden\n\nNämnden tillstyrker.', 'Idrottsnämnden', 'till'],
    ['"Yttrande från X"', 'Yttrande från Stockholms Hamn AB\n\nStyrelsen har inget att erinra.', 'Stockholms Hamn AB', 'from'],
    ['"Yttrande över … från X"', 'Yttrande över remissen om lokaler från Servicenämnden\n\nText.', 'Servicenämnden', 'from'],
    ['a labelled line "Nämnd: X"', 'Nämnd: Trafiknämnden\nDatum: 2017-01-02\n\nText.', 'Trafiknämnden', 'label'],
    ['a letterhead naming the nämnd', 'Exploateringsnämnden\nTjänsteutlåtande\n\nNämnden tillstyrker förslaget.', 'Exploateringsnämnden', 'letterhead'],
    ['the file name when nothing else is there', 'Förvaltningen har tagit del av förslaget.', 'Kultur nämnden yttrande', 'file-name'],
    ['a "Till" followed by prose is not a name', 'Till följd av förslaget föreslås ändringar.\n\nText.', 'Kultur nämnden yttrande', 'file-name'],
  ])('takes the respondent from %s', (_what, text, respondent, source) => {
    const m = findDocumentMeta(text, 'kultur_nämnden-yttrande.pdf');
    expect(m.fields.respondent).toBe(respondent);
    expect(m.sources.respondent).toBe(source);
  });

  it.each([
    ['the date under the addressee, before an earlier document date', 'Datum 2016-08-01\nTill\nSocialnämnden\nden 20 september 2016\n', '2016-09-20', 'till'],
    ['an ISO date under the addressee', 'Till\nSocialnämnden\n2016-09-20\n', '2016-09-20', 'till'],
    ['the meeting date', 'Socialnämnden\nSammanträde den 4 oktober 2016\nText 2016-01-01.\n', '2016-10-04', 'meeting'],
    ['the first date in the letterhead', 'Kulturnämnden\nStockholm 3 maj 2017\n\nText.', '2017-05-03', 'text'],
  ])('takes the date from %s', (_what, text, date, source) => {
    const m = findDocumentMeta(text, 'x.pdf');
    expect(m.fields.date).toBe(date);
    expect(m.sources.date).toBe(source);
  });

  it('finds no date when the letterhead has an impossible one only', () => {
    expect(findDocumentMeta('Till\nSocialnämnden\n2016-02-30\n', 'x.pdf').fields.date).toBeUndefined();
  });

  it.each([
    ['Dnr 3.1.2-233/2017', '3.1.2-233/2017'],
    ['Diarienummer: KS 2017/0456', 'KS 2017/0456'],
    ['dnr. 006-1137/2007', '006-1137/2007'],
  ])('reads the dnr from %j', (line, dnr) => {
    expect(findDocumentMeta(`Kulturnämnden\n${line}\n\nText.`, 'x.pdf').fields.reference).toBe(dnr);
  });

  it.each([
    ['Yttrande över remissen ”Internationell strategi för Stockholms stad”', 'Internationell strategi för Stockholms stad'],
    ['**Yttrande över remissen” Internationell strategi\nför Stockholms stad”**', 'Internationell strategi för Stockholms stad'],
    ['Remissvar avseende Riktlinjer för lokalförsörjning', 'Riktlinjer för lokalförsörjning'],
    ['Remiss från kommunstyrelsen: Plan för vattenarbetet', 'Plan för vattenarbetet'],
    ['Remiss: Strategi för digital förnyelse', 'Strategi för digital förnyelse'],
  ])('reads the remiss from %j', (line, title) => {
    expect(findDocumentMeta(`Till\nKulturnämnden\n\n${line}\n\nText.`, 'x.pdf').fields.consultation).toBe(title);
  });

  it('does not take "Remiss från kommunstyrelsen" alone as a title', () => {
    expect(findDocumentMeta('Till\nKulturnämnden\n\nRemiss från kommunstyrelsen\n\nText.', 'x.pdf').fields.consultation).toBeUndefined();
  });

  it('looks only at the first lines: a "Till" deep in the body is not the addressee', () => {
    const body = Array.from({ length: 60 }, (_, i) => `Rad ${i} i texten.`).join('\n');
    expect(findDocumentMeta(`${body}\nTill\nKulturnämnden\n`, 'svar.pdf').sources.respondent).toBe('file-name');
  });
});
