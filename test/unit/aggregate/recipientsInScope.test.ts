import { describe, expect, it } from 'vitest';
import { notAnsweredInScope } from '../../../src/lib/aggregate/recipientsInScope.ts';
import { rec } from './records.ts';

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
