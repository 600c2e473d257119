import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/classify/classify.ts';
import { evidenceSection, explanationParts } from '../../../src/lib/classify/explain.ts';
import { MAX_ANALYSED } from '../../../src/lib/classify/limits.ts';
import { explanationText } from '../../../src/i18n/explanation.ts';

describe('the explanation as data', () => {
  it('names the stance, the deciding sentence and its section', () => {
    const c = classify({ text: 'Nämnden tillstyrker förslaget.', decision: 'Nämnden tillstyrker förslaget.' }, []);
    const p = explanationParts(c);
    expect(p.stance).toBe('supporting');
    expect(p.quote).toContain('tillstyrker');
    expect(p.section).toBe('decision');
    expect(p.analysedChars).toBeNull();
  });
  it('maps the classifier labels, older stored ones included, to section codes', () => {
    expect(evidenceSection('förslag till beslut')).toBe('decision');
    expect(evidenceSection('decision')).toBe('decision');
    expect(evidenceSection('sammanfattning')).toBe('summary');
    expect(evidenceSection('synpunkter')).toBe('views');
    expect(evidenceSection(undefined)).toBe('text');
  });
  it('says when only the start of a long text was analysed', () => {
    expect(explanationParts({ stance: 'none', disagreement: false, textLength: MAX_ANALYSED + 1 }).analysedChars).toBe(MAX_ANALYSED);
  });
});

describe('the explanation in words', () => {
  const p = { stance: 'opposing' as const, quote: 'Förvaltningen avstyrker förslaget', section: 'decision' as const, conditions: 2, disagreement: true, analysedChars: null };
  it('in Swedish', () => {
    expect(explanationText(p, 'sv')).toBe('Avstyrker: "Förvaltningen avstyrker förslaget" (beslut); 2 villkor; beslutet och texten pekar åt olika håll');
  });
  it('in English, with no Swedish of the app’s own (the quote stays as written)', () => {
    const en = explanationText(p, 'en');
    expect(en).toBe('Opposes: "Förvaltningen avstyrker förslaget" (decision); 2 conditions; the decision and the text point different ways');
    expect(explanationText({ ...p, quote: null, section: null, stance: 'none', conditions: 0, disagreement: false, analysedChars: 300000 }, 'en')).toBe(
      'No position: no position was found in the text; only the first 300,000 characters were analysed',
    );
  });
});
