import { describe, expect, it } from 'vitest';
import { themeStanceCode, STANCE_INDEX } from '../../../src/lib/aggregate/stanceCode.ts';
import { classify } from '../../../src/lib/classify/index.ts';
import { summarise } from '../../../src/lib/domain/classificationParts.ts';
import { overridesInForce } from '../../../src/lib/db/overridesInForce.ts';
import { effectiveThemeStance } from '../../../src/lib/domain/effective.ts';

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

describe('theme names that are Object.prototype members', () => {
  it.each(NAMES)('classifies, summarises and reads a theme called %s like any other', (name) => {
    const c = classify({ text: `Nämnden avstyrker förslaget om ${name}.` }, [{ name, keywords: [name] }]);
    expect(Object.keys(c.themes)).toEqual([name]);
    const summary = summarise(c);
    expect(Object.keys(summary.themes)).toEqual([name]);
    // Read back as IndexedDB gives it: a plain object with Object.prototype.
    const stored = JSON.parse(JSON.stringify({ classification: summary, overrides: { themes: {} } }));
    const eff = effectiveThemeStance(stored, name);
    expect(eff.stance).toBe(c.themes[name].stance);
    expect(themeStanceCode(stored, name) & 3).toBe(STANCE_INDEX[c.themes[name].stance]);
  });

  it.each(NAMES)('a missing theme called %s falls back to the overall stance, not to Object.prototype', (name) => {
    const r = { classification: { stance: 'opposing' as const, confidence: 1, themes: {}, explanation: '', disagreement: false, needsReview: false }, overrides: { themes: {} } };
    expect(effectiveThemeStance(r, name)).toEqual({ stance: 'opposing', explicit: false, overridden: false });
    expect(themeStanceCode(r, name)).toBe(STANCE_INDEX.opposing);
  });

  it.each(NAMES)('keeps an override on a theme called %s', (name) => {
    const o = overridesInForce([{ id: 1, responseId: 1, consultationId: 1, theme: name, stance: 'supporting', reason: 'r', initials: 'AB', at: 'now' }]);
    expect(Object.keys(o.themes)).toEqual([name]);
    expect(o.themes[name].stance).toBe('supporting');
    expect(({} as Record<string, unknown>).stance).toBeUndefined();
  });
});
