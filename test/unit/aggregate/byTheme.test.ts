import { describe, expect, it } from 'vitest';
import { byTheme } from '../../../src/lib/aggregate/byTheme.ts';
import { byKind } from '../../../src/lib/aggregate/byKind.ts';
import { rec } from './records.ts';

const records = [
  rec({ id: 1, respondent: 'Kulturnämnden', stance: 'supporting', themes: { Påverkan: ['opposing', true], Samverkan: ['supporting', false] } }),
  rec({ id: 2, respondent: 'Skarpnäcks stadsdelsnämnd', stance: 'conditional', themes: { Samverkan: ['conditional', false] }, overall: 'opposing' }),
  rec({ id: 3, respondent: 'Region Stockholm', stance: 'none', themeOverrides: { Påverkan: 'supporting' } }),
  rec({ respondent: 'Ny instans', stance: 'supporting' }),
];

describe('byTheme', () => {
  const [paverkan, samverkan] = byTheme(records, ['Påverkan', 'Samverkan']);

  it('keeps the theme order', () => expect([paverkan.theme, samverkan.theme]).toEqual(['Påverkan', 'Samverkan']));

  it('counts explicit and inherited stances apart', () => {
    expect(paverkan.explicit).toEqual({ supporting: 1, conditional: 0, opposing: 1, none: 0 });
    expect(paverkan.inherited).toEqual({ supporting: 1, conditional: 0, opposing: 1, none: 0 });
    expect(paverkan.counts).toEqual({ supporting: 2, conditional: 0, opposing: 2, none: 0 });
    expect(paverkan.total).toBe(4);
  });

  it('lets a theme override win and count as explicit', () => expect(paverkan.ids.supporting).toContain(3));

  it('makes an inherited theme follow an overall override', () => {
    expect(samverkan.inherited).toEqual({ supporting: 2, conditional: 0, opposing: 1, none: 1 });
    expect(samverkan.ids.opposing).toEqual([2]);
  });

  it('counts records without an id but does not list them', () => {
    expect(samverkan.counts.supporting).toBe(2);
    expect(samverkan.ids.supporting).toEqual([1]);
  });

  it('gives no rows for no themes and zero rows for no records', () => {
    expect(byTheme(records, [])).toEqual([]);
    expect(byTheme([], ['X'])[0].counts).toEqual({ supporting: 0, conditional: 0, opposing: 0, none: 0 });
  });
});

describe('byKind', () => {
  const kinds = byKind(records);
  it('returns every kind in display order', () =>
    expect(kinds.map((k) => k.kind)).toEqual(['stadsdelsnamnd', 'facknamnd', 'bolagsstyrelse', 'ovrig']));
  it.each([
    ['stadsdelsnamnd', { supporting: 0, conditional: 0, opposing: 1, none: 0 }, 1],
    ['facknamnd', { supporting: 1, conditional: 0, opposing: 0, none: 0 }, 1],
    ['bolagsstyrelse', { supporting: 0, conditional: 0, opposing: 0, none: 0 }, 0],
    ['ovrig', { supporting: 1, conditional: 0, opposing: 0, none: 1 }, 2],
  ])('counts %s on the effective overall stance', (kind, counts, total) => {
    const k = kinds.find((x) => x.kind === kind)!;
    expect(k.counts).toEqual(counts);
    expect(k.total).toBe(total);
  });
  it('lists ids per stance', () => expect(kinds[0].ids.opposing).toEqual([2]));
});
