import { describe, expect, it } from 'vitest';
import { emptyFilters, type Filters } from '../../../src/lib/aggregate/filters.ts';
import {
  filtersFromQuery, filtersToQuery, normalizeFilters, stateFromHash, stateToHash, type AppState,
} from '../../../src/lib/routing/urlState.ts';

const f = (p: Partial<Filters>): Filters => ({ ...emptyFilters(), ...p });
const themes = ['Profilering', 'Omvärldsbevakning', 'Samverkan', 'Påverkan'];

describe('filtersToQuery / filtersFromQuery', () => {
  it.each<[string, Partial<Filters>]>([
    ['empty filters', {}],
    ['respondents with spaces, commas and å/ä/ö', { respondents: ['Älvsjö stadsdelsnämnd', 'Kultur, nöje & fritid'] }],
    ['kinds', { kinds: ['stadsdelsnamnd', 'bolagsstyrelse'] }],
    ['stances', { stances: ['conditional', 'none'] }],
    ['themes', { themes: ['Påverkan', 'Samverkan'] }],
    ['free text with symbols', { q: 'förutsätter att & = ? #' }],
    ['reviewed yes', { reviewed: 'yes' }],
    ['reviewed no', { reviewed: 'no' }],
    ['everything', { respondents: ['A'], kinds: ['ovrig'], stances: ['opposing'], themes: ['Profilering'], q: 'x', reviewed: 'yes' }],
  ])('round-trips %s', (_name, p) => {
    const filters = normalizeFilters(f(p));
    expect(filtersFromQuery(filtersToQuery(filters), { themes })).toEqual(filters);
  });

  it('writes an empty string for empty filters', () => expect(filtersToQuery(emptyFilters())).toBe(''));

  it('writes the same query for the same selection in any order', () => {
    const a = filtersToQuery(f({ stances: ['none', 'supporting'], respondents: ['Ö', 'A', 'A'] }));
    const b = filtersToQuery(f({ stances: ['supporting', 'none'], respondents: ['A', 'Ö'] }));
    expect(a).toBe(b);
    expect(a).toBe('instans=A&instans=%C3%96&stallning=supporting&stallning=none');
  });

  it('accepts a leading question mark', () =>
    expect(filtersFromQuery('?typ=facknamnd').kinds).toEqual(['facknamnd']));

  it('maps themes to the remiss spelling and drops unknown ones', () =>
    expect(filtersFromQuery('inriktning=p%C3%A5verkan&inriktning=Okänd', { themes }).themes).toEqual(['Påverkan']));

  it('keeps themes as given when no theme list is known', () =>
    expect(filtersFromQuery('inriktning=Okänd').themes).toEqual(['Okänd']));

  it.each([
    ['unknown keys', 'foo=bar&__proto__=x'],
    ['invalid kinds and stances', 'typ=kommun&stallning=maybe&stallning='],
    ['a bad reviewed value', 'granskad=kanske'],
    ['broken percent escapes', 'instans=%E0%A4%A&q=%'],
    ['plain garbage', '&&==&?#/\u0000'],
    ['empty values', 'instans=&inriktning=%20&q=%20%20'],
  ])('drops %s without throwing', (_name, q) => {
    const out = filtersFromQuery(q, { themes });
    expect(out.kinds).toEqual([]);
    expect(out.stances).toEqual([]);
    expect(out.themes).toEqual([]);
    expect(out.reviewed).toBe('all');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it('caps a hostile number of values', () => {
    const q = Array.from({ length: 1000 }, (_, i) => `instans=n${i}`).join('&');
    expect(filtersFromQuery(q).respondents.length).toBeLessThanOrEqual(200);
  });
});

describe('stateToHash / stateFromHash', () => {
  it.each<[string, AppState]>([
    ['the default overview', { view: 'oversikt', consultationId: null, filters: emptyFilters() }],
    ['a view with a remiss', { view: 'granskning', consultationId: 42, filters: emptyFilters() }],
    ['a view with a remiss and filters', { view: 'yttranden', consultationId: 7, filters: normalizeFilters(f({ kinds: ['facknamnd'], themes: ['Påverkan'], stances: ['opposing'] })) }],
    ['the report view', { view: 'rapport', consultationId: 1, filters: normalizeFilters(f({ q: 'budget' })) }],
  ])('round-trips %s', (_name, state) => {
    expect(stateFromHash(stateToHash(state), { themes })).toEqual(state);
  });

  it('writes a readable hash route', () =>
    expect(stateToHash({ view: 'oversikt', consultationId: 3, filters: f({ kinds: ['facknamnd'] }) })).toBe('#/oversikt?remiss=3&typ=facknamnd'));

  it('writes no query for an empty state', () =>
    expect(stateToHash({ view: 'import', consultationId: null, filters: emptyFilters() })).toBe('#/import'));

  it.each<[string, string, Partial<AppState>]>([
    ['an empty hash', '', { view: 'oversikt', consultationId: null }],
    ['a hash without a slash', '#bibliotek', { view: 'bibliotek', consultationId: null }],
    ['a trailing slash', '#/rapport/', { view: 'rapport', consultationId: null }],
    ['an unknown view', '#/admin?remiss=2', { view: 'oversikt', consultationId: 2 }],
    ['a negative remiss id', '#/oversikt?remiss=-1', { consultationId: null }],
    ['a fractional remiss id', '#/oversikt?remiss=1.5', { consultationId: null }],
    ['a huge remiss id', '#/oversikt?remiss=99999999999999999999', { consultationId: null }],
    ['a non-numeric remiss id', '#/oversikt?remiss=abc', { consultationId: null }],
  ])('reads %s safely', (_name, hash, expected) => {
    expect(stateFromHash(hash)).toMatchObject(expected);
  });
});
