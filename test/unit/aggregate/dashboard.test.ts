import { describe, expect, it } from 'vitest';
import { evidenceFor } from '../../../src/lib/aggregate/evidenceFor.ts';
import { notAnsweredInScope } from '../../../src/lib/aggregate/recipientsInScope.ts';
import { explicitThemeCount, sortResponses } from '../../../src/lib/aggregate/sortResponses.ts';
import { respondentNames } from '../../../src/lib/aggregate/respondentNames.ts';
import { rec, ids } from './records.ts';

describe('evidenceFor', () => {
  const r = rec({ respondent: 'Bromma stadsdelsnämnd', stance: 'conditional', evidence: ['Nämnden tillstyrker med villkor.'], themes: { Samverkan: ['opposing', true], Påverkan: ['conditional', false] } });
  r.classification.themes.Samverkan.evidence = [{ start: 0, end: 10, text: 'Samverkan avstyrks.' }];
  it('gives the overall evidence for the overall stance', () =>
    expect(evidenceFor(r, null)).toEqual({ source: 'overall', text: 'Nämnden tillstyrker med villkor.', stance: 'conditional', explicit: true }));
  it("gives the theme's own sentence for an explicit theme", () =>
    expect(evidenceFor(r, 'Samverkan')).toEqual({ source: 'theme', text: 'Samverkan avstyrks.', stance: 'opposing', explicit: true }));
  it('falls back to the overall evidence for an inherited theme', () =>
    expect(evidenceFor(r, 'Påverkan')).toMatchObject({ source: 'overall', text: 'Nämnden tillstyrker med villkor.', explicit: false }));
  it('treats a theme the classifier never saw as inherited', () => expect(evidenceFor(r, 'Okänd')).toMatchObject({ source: 'overall', explicit: false }));
  it("shows a person's reason when an override decides", () => {
    const o = rec({ respondent: 'X', stance: 'supporting', overall: 'opposing', themeOverrides: { Samverkan: 'none' }, themes: { Samverkan: ['supporting', true] } });
    expect(evidenceFor(o, null)).toEqual({ source: 'override', text: 'Bedömt manuellt', stance: 'opposing', explicit: true });
    expect(evidenceFor(o, 'Samverkan')).toMatchObject({ source: 'override', stance: 'none' });
  });
  it("says 'none' when there is no sentence", () => expect(evidenceFor(rec({ respondent: 'Y' }), null)).toMatchObject({ source: 'none', text: '' }));
});

describe('notAnsweredInScope', () => {
  const all = [rec({ id: 1, respondent: 'Bromma stadsdelsnämnd' }), rec({ id: 2, respondent: 'Kulturnämnden', jointWith: ['Idrottsnämnden'] })];
  const recipients = ['Bromma stadsdelsnämnd', 'Farsta stadsdelsnämnd', 'Kulturnämnden', 'Idrottsnämnden', 'Trafiknämnden', 'AB Svenska Bostäder', 'farsta  stadsdelsnämnd'];
  const none = { kinds: [], respondents: [] };
  it('lists recipients without an answer, joint members counting as answered, duplicates once', () =>
    expect(notAnsweredInScope(recipients, all, none)).toEqual(['Farsta stadsdelsnämnd', 'Trafiknämnden', 'AB Svenska Bostäder']));
  it('keeps only recipients of the filtered kinds', () =>
    expect(notAnsweredInScope(recipients, all, { kinds: ['stadsdelsnamnd', 'bolagsstyrelse'], respondents: [] })).toEqual(['Farsta stadsdelsnämnd', 'AB Svenska Bostäder']));
  it('keeps only the named recipients under a respondent filter', () =>
    expect(notAnsweredInScope(recipients, all, { kinds: [], respondents: ['trafiknämnden', 'Bromma stadsdelsnämnd'] })).toEqual(['Trafiknämnden']));
});

describe('sortResponses', () => {
  const rs = [
    rec({ id: 1, respondent: 'Östermalms stadsdelsnämnd', stance: 'opposing' }),
    rec({ id: 2, respondent: 'AB Familjebostäder', stance: 'supporting', themes: { A: ['supporting', true], B: ['supporting', true] } }),
    rec({ id: 3, respondent: 'Bromma stadsdelsnämnd', stance: 'none', overall: 'conditional', themes: { A: ['none', true] } }),
    rec({ id: 4, respondent: 'Kulturnämnden', stance: 'supporting' }),
  ];
  rs[0].date = '2016-09-20';
  rs[1].date = '2016-10-01';
  rs[3].date = '2016-08-15';
  rs.forEach((r, i) => (r.classification.confidence = [0.5, 0.9, 0.7, 0.6][i]));
  it.each([
    ['respondent', 'asc', [2, 3, 4, 1]],
    ['respondent', 'desc', [1, 4, 3, 2]],
    ['kind', 'asc', [3, 1, 4, 2]],
    ['date', 'asc', [4, 1, 2, 3]],
    ['date', 'desc', [2, 1, 4, 3]],
    ['stance', 'asc', [2, 4, 3, 1]],
    ['confidence', 'desc', [2, 3, 4, 1]],
    ['themes', 'desc', [2, 3, 4, 1]],
  ] as const)('sorts by %s %s (Swedish order, missing dates last, ties by name)', (key, dir, want) =>
    expect(ids(sortResponses(rs, key, dir))).toEqual(want));
  it('does not touch the input', () => {
    sortResponses(rs, 'date', 'desc');
    expect(ids(rs)).toEqual([1, 2, 3, 4]);
  });
  it('rejects an unknown column', () => expect(() => sortResponses(rs, 'x' as never)).toThrow(/unknown key/));
  it('counts explicit and overridden themes', () => {
    const r = rec({ respondent: 'Z', themes: { A: ['none', true], B: ['none', false], C: ['none', false] }, themeOverrides: { B: 'opposing', D: 'none' } });
    expect(explicitThemeCount(r)).toBe(3);
  });
});

describe('respondentNames', () => {
  it('lists each name once, joint members included, in Swedish order', () =>
    expect(respondentNames([rec({ respondent: 'Östermalms stadsdelsnämnd' }), rec({ respondent: 'Kulturnämnden', jointWith: ['Äldrenämnden', 'Östermalms stadsdelsnämnd'] })])).toEqual([
      'Kulturnämnden', 'Äldrenämnden', 'Östermalms stadsdelsnämnd',
    ]));
});
