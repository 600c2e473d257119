import { describe, expect, it } from 'vitest';
import { respondentNames } from '../../../src/lib/aggregate/respondentNames.ts';
import { rec } from './records.ts';

describe('respondentNames', () => {
  it('lists each name once, joint members included, in Swedish order', () =>
    expect(respondentNames([rec({ respondent: 'Östermalms stadsdelsnämnd' }), rec({ respondent: 'Kulturnämnden', jointWith: ['Äldrenämnden', 'Östermalms stadsdelsnämnd'] })])).toEqual([
      'Kulturnämnden', 'Äldrenämnden', 'Östermalms stadsdelsnämnd',
    ]));
});
