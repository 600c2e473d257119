import { describe, expect, it } from 'vitest';
import { drillIds } from '../../../src/lib/aggregate/drilldown.ts';
import { emptyFilters } from '../../../src/lib/aggregate/filters.ts';
import { recordColumns, selectRecords } from '../../../src/lib/aggregate/overviewData.ts';
import { rec } from './records.ts';

const records = [
  rec({ id: 1, respondent: 'Kulturnämnden', kind: 'facknamnd', stance: 'supporting', themes: { Samverkan: ['opposing', true] } }),
  rec({ id: 2, respondent: 'Idrottsnämnden', kind: 'facknamnd', stance: 'supporting', themes: { Samverkan: ['supporting', false] } }),
  rec({ id: 3, respondent: 'Norrmalms stadsdelsnämnd', kind: 'stadsdelsnamnd', stance: 'opposing', themes: { Samverkan: ['opposing', false] } }),
];
const cols = recordColumns(records);
const all = selectRecords(cols, emptyFilters());

describe('drillIds', () => {
  it('lists a theme segment by explicit or inherited stance, and nothing for a theme not shown', () => {
    expect(drillIds(all, ['Samverkan'], { chart: 'theme', key: 'k', category: 'Samverkan', stance: 'opposing', inherited: false })).toEqual({ ids: [1], theme: 'Samverkan' });
    expect(drillIds(all, ['Samverkan'], { chart: 'theme', key: 'k', category: 'Samverkan', stance: 'opposing', inherited: true })).toEqual({ ids: [3], theme: 'Samverkan' });
    expect(drillIds(all, [], { chart: 'theme', key: 'k', category: 'Samverkan', stance: 'opposing', inherited: true }).ids).toEqual([]);
  });
  it('lists a nämnd-type segment by the overall stance', () => {
    expect(drillIds(all, ['Samverkan'], { chart: 'kind', key: 'k', category: 'facknamnd', stance: 'supporting' })).toEqual({ ids: [1, 2], theme: null });
  });
  it('lists a heatmap cell only while the filters select its yttrande', () => {
    const pick = { chart: 'heatmap', key: 'k', responseId: 3, theme: 'Samverkan' } as const;
    expect(drillIds(all, ['Samverkan'], pick)).toEqual({ ids: [3], theme: 'Samverkan' });
    const supporting = selectRecords(cols, { ...emptyFilters(), stances: ['supporting'] });
    expect(drillIds(supporting, ['Samverkan'], pick).ids).toEqual([]);
  });
});
