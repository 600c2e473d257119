import { describe, expect, it } from 'vitest';
import { applyFilters, emptyFilters, isEmpty, visibleThemes, type Filters } from '../../../src/lib/aggregate/filters.ts';
import { ids, rec, textsOf } from './records.ts';

const records = [
  rec({ id: 1, respondent: 'Kulturnämnden', stance: 'supporting', themes: { Påverkan: ['opposing', true], Samverkan: ['supporting', false] }, reviewed: true, reference: 'KN 2016/12' }),
  rec({ id: 2, respondent: 'Skarpnäcks stadsdelsnämnd', stance: 'conditional', evidence: ['Nämnden tillstyrker under förutsättning att resurser tillförs.'] }),
  rec({ id: 3, respondent: 'Stockholm Business Region AB', stance: 'opposing', overall: 'supporting', explanation: 'Beslutet avstyrker förslaget.' }),
  rec({ id: 4, respondent: 'Region Stockholm', stance: 'none', conditions: ['Förutsätter att ÅTGÄRDERNA finansieras'], jointWith: ['Storstockholms brandförsvar'] }),
  rec({ id: 5, respondent: 'Älvsjö stadsdelsnämnd', stance: 'opposing', themes: { Påverkan: ['conditional', true] }, themeOverrides: { Samverkan: 'opposing' } }),
];

const f = (p: Partial<Filters>): Filters => ({ ...emptyFilters(), ...p });

describe('applyFilters', () => {
  it.each<[string, Partial<Filters>, number[]]>([
    ['lets everything through when empty', {}, [1, 2, 3, 4, 5]],
    ['keeps records of one respondent, matched on its normalised key', { respondents: ['  kulturnämnden '] }, [1]],
    ['ORs respondents', { respondents: ['Kulturnämnden', 'Region Stockholm'] }, [1, 4]],
    ['finds a joint answer through a member', { respondents: ['Storstockholms brandförsvar'] }, [4]],
    ['keeps one kind', { kinds: ['stadsdelsnamnd'] }, [2, 5]],
    ['ORs kinds', { kinds: ['bolagsstyrelse', 'ovrig'] }, [3, 4]],
    ['filters on the effective overall stance (override wins)', { stances: ['supporting'] }, [1, 3]],
    ['ORs stances', { stances: ['opposing', 'none'] }, [4, 5]],
    ['ANDs kind and stance', { kinds: ['stadsdelsnamnd'], stances: ['conditional'] }, [2]],
    ['uses the stance on the selected theme', { stances: ['opposing'], themes: ['Påverkan'] }, [1]],
    ['uses the stance on any selected theme, theme override included', { stances: ['opposing'], themes: ['Påverkan', 'Samverkan'] }, [1, 5]],
    ['falls back to the overall stance for a theme a record lacks', { stances: ['none'], themes: ['Påverkan'] }, [4]],
    ['does not remove records for a theme filter alone', { themes: ['Påverkan'] }, [1, 2, 3, 4, 5]],
    ['keeps reviewed records', { reviewed: 'yes' }, [1]],
    ['keeps unreviewed records', { reviewed: 'no' }, [2, 3, 4, 5]],
    ['searches respondent names case-insensitively', { q: 'REGION STOCKHOLM' }, [4]],
    ['searches the reference', { q: 'kn 2016' }, [1]],
    ['searches evidence texts', { q: 'under förutsättning' }, [2]],
    ['searches condition texts in Swedish lower case', { q: 'åtgärderna' }, [4]],
    ['searches the explanation', { q: 'avstyrker förslaget' }, [3]],
    ['searches override reasons', { q: 'bedömt manuellt' }, [3, 5]],
    ['does not let a match "a" stand for "å"', { q: 'alvsjo' }, []],
    ['matches å/ä/ö as themselves', { q: 'älvsjö' }, [5]],
    ['ignores surrounding white space in the query', { q: '  skarpnäcks   stadsdelsnämnd ' }, [2]],
    ['finds word beginnings only, never the inside of a word', { q: 'delsnämnd' }, []],
    ['finds a word by its beginning', { q: 'skarp' }, [2]],
    ['ANDs free text with the other dimensions', { q: 'stadsdelsnämnd', stances: ['opposing'] }, [5]],
  ])('%s', (_name, filters, expected) => {
    // Evidence and conditions are sentences of the full text, which the app loads for search.
    expect(ids(applyFilters(records, f(filters), { texts: textsOf(records) }))).toEqual(expected);
  });

  it('searches the full text when given', () => {
    const texts = new Map([[3, 'Bolaget föreslår en NY Samverkansform.'], [2, 'Inget']]);
    expect(ids(applyFilters(records, f({ q: 'ny samverkansform' }), { texts }))).toEqual([3]);
    expect(ids(applyFilters(records, f({ q: 'ny samverkansform' })))).toEqual([]);
  });

  it('matches NFD input against NFC text', () => {
    expect(ids(applyFilters(records, f({ q: 'A\u0308lvsjo\u0308' })))).toEqual([5]);
  });

  it.each(['kulturnämnden kn', 'kulturnämnden\u0001kn 2016'])('never matches across two fields (%j)', (q) => {
    expect(ids(applyFilters(records, f({ q })))).toEqual([]);
  });

  it('returns a new array and keeps the order', () => {
    const out = applyFilters(records, emptyFilters());
    expect(out).not.toBe(records);
    expect(out).toEqual(records);
  });
});

describe('isEmpty', () => {
  it.each<[Partial<Filters>, boolean]>([
    [{}, true],
    [{ q: '   ' }, true],
    [{ q: 'x' }, false],
    [{ themes: ['Påverkan'] }, false],
    [{ reviewed: 'no' }, false],
    [{ kinds: ['ovrig'] }, false],
  ])('%j is empty: %s', (p, expected) => expect(isEmpty(f(p))).toBe(expected));
});

describe('visibleThemes', () => {
  const all = ['Profilering', 'Omvärldsbevakning', 'Samverkan', 'Påverkan'];
  it('shows every theme without a theme filter', () => expect(visibleThemes(all, f({}))).toEqual(all));
  it('keeps the remiss order and matches case-insensitively', () =>
    expect(visibleThemes(all, f({ themes: ['påverkan', 'Profilering'] }))).toEqual(['Profilering', 'Påverkan']));
  it('shows nothing when only unknown themes are selected', () => expect(visibleThemes(all, f({ themes: ['Okänd'] }))).toEqual([]));
});
