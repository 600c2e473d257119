import { describe, expect, it } from 'vitest';
import { headlineCounts } from '../../../src/lib/aggregate/counts.ts';
import { rec } from './records.ts';

const recipients = ['Kulturnämnden', 'Region Stockholm', 'Storstockholms brandförsvar', 'Idrottsnämnden', 'Kulturnämnden ', 'Trafiknämnden'];
const records = [
  rec({ id: 1, respondent: 'Kulturnämnden', stance: 'supporting', reviewed: true }),
  rec({ id: 2, respondent: 'Region Stockholm', stance: 'none', jointWith: ['Storstockholms  Brandförsvar'] }),
  rec({ id: 3, respondent: 'Stockholm Business Region AB', stance: 'opposing', overall: 'conditional' }),
  rec({ id: 4, respondent: 'Älvsjö stadsdelsnämnd', stance: 'opposing', themeOverrides: { Påverkan: 'supporting' }, reviewed: true }),
];

describe('headlineCounts', () => {
  const c = headlineCounts(records, recipients);
  it.each([
    ['answered', c.answered, 4],
    ['supporting', c.supporting, 1],
    ['conditional (override wins)', c.conditional, 1],
    ['opposing', c.opposing, 1],
    ['none', c.none, 1],
    ['overridden (overall or theme)', c.overridden, 2],
    ['reviewed', c.reviewed, 2],
  ])('counts %s', (_name, actual, expected) => expect(actual).toBe(expected));

  it('lists recipients without an yttrande, counting joint members as answered, each once', () =>
    expect(c.notAnswered).toEqual(['Idrottsnämnden', 'Trafiknämnden']));

  it('uses a custom key function on both sides', () => {
    const key = (s: string) => s.toLowerCase().replace(/nämnden$/, '');
    expect(headlineCounts(records, ['KULTUR']).notAnswered).toEqual(['KULTUR']);
    expect(headlineCounts(records, ['KULTURnämnden'], key).notAnswered).toEqual([]);
  });

  it('gives zeros for no records', () =>
    expect(headlineCounts([], ['A'])).toEqual({ answered: 0, supporting: 0, conditional: 0, opposing: 0, none: 0, notAnswered: ['A'], overridden: 0, reviewed: 0 }));
});
