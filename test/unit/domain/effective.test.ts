import { describe, expect, it } from 'vitest';
import { effectiveStance, effectiveThemeStance } from '../../../src/lib/domain/effective.ts';
import type { Classification, ResponseRecord } from '../../../src/lib/domain/types.ts';

const cls: Classification = {
  stance: 'supporting', confidence: 0.9, evidence: [], conditions: [], explanation: '',
  disagreement: false, needsReview: false,
  themes: {
    Samverkan: { stance: 'conditional', explicit: true, evidence: [] },
    Påverkan: { stance: 'supporting', explicit: false, evidence: [] },
  },
};
const rec = (overrides: ResponseRecord['overrides']) => ({ classification: cls, overrides });

describe('effectiveStance', () => {
  it('uses the machine stance when there is no override', () => {
    expect(effectiveStance(rec({ themes: {} }))).toBe('supporting');
  });
  it('lets an overall override win', () => {
    const o = { stance: 'opposing' as const, reason: 'r', initials: 'AB', at: '2026-01-01' };
    expect(effectiveStance(rec({ overall: o, themes: {} }))).toBe('opposing');
  });
});

describe('effectiveThemeStance', () => {
  const o = { stance: 'opposing' as const, reason: 'r', initials: 'AB', at: '2026-01-01' };
  it('keeps an explicit machine theme stance under an overall override', () => {
    expect(effectiveThemeStance(rec({ overall: o, themes: {} }), 'Samverkan')).toEqual({ stance: 'conditional', explicit: true, overridden: false });
  });
  it('makes an inherited theme follow the overall override', () => {
    expect(effectiveThemeStance(rec({ overall: o, themes: {} }), 'Påverkan')).toEqual({ stance: 'opposing', explicit: false, overridden: true });
  });
  it('lets a theme override win over everything', () => {
    expect(effectiveThemeStance(rec({ themes: { Samverkan: o } }), 'Samverkan').stance).toBe('opposing');
  });
});
