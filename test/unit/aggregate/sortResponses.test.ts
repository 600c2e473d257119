import { describe, expect, it } from 'vitest';
import { explicitThemeCount, sortResponses } from '../../../src/lib/aggregate/sortResponses.ts';
import { ids, rec } from './records.ts';

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
