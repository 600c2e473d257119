import { describe, expect, it } from 'vitest';
import { filterLabels } from '../../../src/lib/aggregate/filterParts.ts';
import { emptyFilters } from '../../../src/lib/aggregate/filters.ts';

const words = { yes: 'Granskade', no: 'Ej granskade' };

describe('filterLabels', () => {
  it('is empty without filters', () => expect(filterLabels(emptyFilters(), 'sv', words)).toEqual([]));
  it('names every active filter in the filter bar order, in Swedish', () =>
    expect(
      filterLabels({ respondents: ['Kulturnämnden'], kinds: ['facknamnd'], stances: ['opposing'], themes: ['Samverkan'], q: ' skola ', reviewed: 'no' }, 'sv', words),
    ).toEqual(['Kulturnämnden', 'Facknämnd', 'Avstyrker', 'Samverkan', '”skola”', 'Ej granskade']));
  it('speaks English when asked', () =>
    expect(filterLabels({ ...emptyFilters(), kinds: ['bolagsstyrelse'], reviewed: 'yes' }, 'en', { yes: 'Reviewed', no: 'Not reviewed' })).toEqual(['Company board', 'Reviewed']));
});
