import { describe, expect, it } from 'vitest';
import { NBSP, formatNumber, formatPercent } from '../../../src/lib/format/numbers.ts';
import { KIND_LABEL, STANCE_LABEL } from '../../../src/lib/format/labels.ts';
import { RESPONDENT_KINDS, STANCES } from '../../../src/lib/domain/types.ts';

describe('formatNumber', () => {
  it.each<[number, string]>([
    [0, '0'],
    [12, '12'],
    [1234, `1${NBSP}234`],
    [1234567, `1${NBSP}234${NBSP}567`],
    [1.5, '1,5'],
    [-1234, `-1${NBSP}234`],
  ])('writes %d in Swedish as %j', (n, expected) => expect(formatNumber(n)).toBe(expected));
  it('writes English with commas', () => expect(formatNumber(1234, 'en')).toBe('1,234'));
  it('gives the same text for a remembered integer, per language, and keeps -0 and fractions apart', () => {
    expect([formatNumber(10_046), formatNumber(10_046), formatNumber(10_046, 'en')]).toEqual([`10${NBSP}046`, `10${NBSP}046`, '10,046']);
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(-0)).toBe(new Intl.NumberFormat('sv-SE').format(-0).replace(/\u2212/g, '-'));
    expect([formatNumber(2.5), formatNumber(2.25, 'sv', 2)]).toEqual(['2,5', '2,25']);
  });
  it('pins the group separator to U+00A0', () => expect(NBSP).toBe('\u00A0'));
});

describe('formatPercent', () => {
  it.each<[number, string]>([
    [0.256, `26${NBSP}%`],
    [0, `0${NBSP}%`],
    [1, `100${NBSP}%`],
    [0.005, `1${NBSP}%`],
  ])('writes %d in Swedish as %j', (n, expected) => expect(formatPercent(n)).toBe(expected));
  it('writes English without a space', () => expect(formatPercent(0.256, 'en')).toBe('26%'));
  it('takes fraction digits', () => expect(formatPercent(0.2561, 'sv', 1)).toBe(`25,6${NBSP}%`));
});

describe('labels', () => {
  it('names the stances as a tjänsteutlåtande does', () =>
    expect(STANCE_LABEL.sv).toEqual({ supporting: 'Tillstyrker', conditional: 'Tillstyrker med villkor', opposing: 'Avstyrker', none: 'Ingen ställning' }));
  it('names the kinds in Swedish', () =>
    expect(KIND_LABEL.sv).toEqual({ stadsdelsnamnd: 'Stadsdelsnämnd', facknamnd: 'Facknämnd', bolagsstyrelse: 'Bolagsstyrelse', ovrig: 'Övrig' }));
  it.each(['sv', 'en'] as const)('has a %s label for every stance and kind', (lang) => {
    for (const s of STANCES) expect(STANCE_LABEL[lang][s]).toBeTruthy();
    for (const k of RESPONDENT_KINDS) expect(KIND_LABEL[lang][k]).toBeTruthy();
  });
});
