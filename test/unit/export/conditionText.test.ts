import { describe, expect, it } from 'vitest';
import { cleanCondition, cleanConditions } from '../../../src/lib/export/conditionText.ts';

describe('cleanCondition', () => {
  it.each([
    ['an att-clause after "under förutsättning att"', 'kommunstyrelsen tar fram ett stöd innan strategin tillämpas', 'att kommunstyrelsen tar fram ett stöd innan strategin tillämpas'],
    ['drops what the nämnd does after the condition', 'profileringen även omfattar ytterområdena, och överlämnar tjänsteutlåtandet som svar på remissen', 'att profileringen även omfattar ytterområdena'],
    ['turns "saknar X" into "X saknas"', 'saknar vidare en beskrivning av hur uppföljningen ska gå till', 'En beskrivning av hur uppföljningen ska gå till saknas.'],
    ['keeps only what is missed, not the next clause', 'saknar ett tydligt elevperspektiv och bör kompletteras med en beskrivning', 'Ett tydligt elevperspektiv saknas.'],
    ['skips the subject after "saknar"', 'saknar förvaltningen en tydlig koppling till miljöprogrammet', 'En tydlig koppling till miljöprogrammet saknas.'],
    ['keeps a modal sentence as a sentence', 'strategin bör kompletteras med riktlinjer för studiebesök;', 'Strategin bör kompletteras med riktlinjer för studiebesök.'],
    ['drops a leading conjunction', 'och besöken måste ske med hänsyn till de boende', 'Besöken måste ske med hänsyn till de boende.'],
    ['folds white space', 'medel\n  tillförs', 'att medel tillförs'],
  ])('%s', (_, raw, expected) => expect(cleanCondition(raw)?.text).toBe(expected));

  it.each([
    ['a back-reference', 'detta framgår i strategin'],
    ['a fragment that lost its subject', 'är politiska frågor som bör drivas av staden'],
    ['a single word', 'finansiering.'],
  ])('is null for %s', (_, raw) => expect(cleanCondition(raw)).toBeNull());
});

describe('cleanConditions', () => {
  const c = (text: string, theme: string | null = null) => ({ text, theme, start: 0, end: 0 });
  it('merges near-duplicates of one instans, keeping the first and the theme of either', () => {
    expect(cleanConditions([
      c('strategin inte medför ökade kostnader eller nya rapporteringskrav för bolaget, och överlämnar tjänsteutlåtandet'),
      c('strategin inte leder till ökade kostnader eller nya rapporteringskrav för bolaget', 'Samverkan'),
      c('bolagets styrelse avgör vilka engagemang bolaget deltar i'),
    ])).toEqual([
      { text: 'att strategin inte medför ökade kostnader eller nya rapporteringskrav för bolaget', theme: 'Samverkan' },
      { text: 'att bolagets styrelse avgör vilka engagemang bolaget deltar i', theme: null },
    ]);
  });
  it('keeps conditions that differ', () => {
    expect(cleanConditions([c('medel tillförs'), c('samråd sker med stadsdelsnämnderna')])).toHaveLength(2);
  });
  it('drops what is not a clause', () => {
    expect(cleanConditions([c('detta framgår'), c('x')])).toEqual([]);
  });
});
