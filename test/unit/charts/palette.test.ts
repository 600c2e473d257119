import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance, textColorOn, tint } from '../../../src/lib/charts/contrast.ts';
import { STANCE_COLOR, STANCE_TEXT, STANCE_TINT, STANCE_TINT_TEXT } from '../../../src/lib/charts/palette.ts';
import { INHERITED_PATTERN, PATTERNS, STANCE_PATTERN, patternId, patternUrl } from '../../../src/lib/charts/patterns.ts';
import { STANCES } from '../../../src/lib/domain/types.ts';

describe('contrast (WCAG formula)', () => {
  it.each<[string, string, number]>([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#0072B2', '#ffffff', 5.19],
  ])('gives %s on %s a ratio of %d', (a, b, ratio) => expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2));
  it('gives white a luminance of 1 and black 0', () => {
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000000')).toBe(0);
  });
  it('mixes towards white', () => {
    expect(tint('#000000', 0.5)).toBe('#808080');
    expect(tint('#0072b2', 0)).toBe('#0072b2');
  });
  it.each(['red', '#fff', '', '#12345g'])('rejects %j and names the expectation', (bad) =>
    expect(() => relativeLuminance(bad)).toThrow(/expected a colour/));
});

describe('stance palette', () => {
  it.each(STANCES)('gives %s a fill with at least 3:1 against white', (s) =>
    expect(contrastRatio(STANCE_COLOR[s], '#ffffff')).toBeGreaterThanOrEqual(3));
  it.each(STANCES)('gives %s label text with at least 4.5:1 on its fill', (s) =>
    expect(contrastRatio(STANCE_TEXT[s], STANCE_COLOR[s])).toBeGreaterThanOrEqual(4.5));
  it.each(STANCES)('gives %s label text with at least 4.5:1 on its inherited tint', (s) =>
    expect(contrastRatio(STANCE_TINT_TEXT[s], STANCE_TINT[s])).toBeGreaterThanOrEqual(4.5));
  it('uses four different colours', () => expect(new Set(Object.values(STANCE_COLOR)).size).toBe(4));
  it('picks black or white text by contrast', () => {
    expect(textColorOn('#ffff00')).toBe('#000000');
    expect(textColorOn('#000080')).toBe('#ffffff');
  });
  it('makes inherited tints lighter than the stance colour', () => {
    for (const s of STANCES) expect(relativeLuminance(STANCE_TINT[s])).toBeGreaterThan(relativeLuminance(STANCE_COLOR[s]));
  });
});

// Machado et al. (2009) full-severity simulation in linear RGB, then CIE76 ΔE in Lab:
// adjacent segments must stay apart for the two common red–green deficiencies.
const SIM = {
  trichromat: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
};
function lab(hex: string, m: number[][]): number[] {
  const v = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const [r, g, b] = m.map((row) => Math.min(1, Math.max(0, row[0] * v[0] + row[1] * v[1] + row[2] * v[2])));
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const fx = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const fy = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const fz = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}
describe('colour-vision deficiency', () => {
  it.each(Object.keys(SIM) as (keyof typeof SIM)[])('keeps every pair of stance colours ΔE ≥ 20 for %s', (kind) => {
    for (const a of STANCES) for (const b of STANCES) {
      if (a >= b) continue;
      const d = Math.hypot(...lab(STANCE_COLOR[a], SIM[kind]).map((x, i) => x - lab(STANCE_COLOR[b], SIM[kind])[i]));
      expect(d, `${a} vs ${b}`).toBeGreaterThanOrEqual(20);
    }
  });
});

describe('patterns', () => {
  it('gives every stance a distinct mark set as its second cue', () =>
    expect(new Set(STANCES.map((s) => STANCE_PATTERN[s].paths.slice(1).map((p) => p.d).join())).size).toBe(4));
  it('starts each tile with its background so one fill paints the mark', () => {
    for (const s of STANCES) {
      expect(STANCE_PATTERN[s].paths[0].fill).toBe(STANCE_COLOR[s]);
      expect(INHERITED_PATTERN[s].paths[0].fill).toBe(STANCE_TINT[s]);
    }
  });
  it('has unique ids, usable as fill URLs', () => {
    expect(new Set(PATTERNS.map((p) => p.id)).size).toBe(8);
    expect(patternId('opposing')).toBe('rr-stance-opposing');
    expect(patternId('opposing', true)).toBe('rr-inherited-opposing');
    expect(patternUrl('rr-stance-none')).toBe('url(#rr-stance-none)');
  });
  it('is plain JSON', () => expect(JSON.parse(JSON.stringify(PATTERNS))).toEqual(PATTERNS));
});
