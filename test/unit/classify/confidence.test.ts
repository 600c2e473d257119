import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/classify/index.ts';

// Own sentences in the genre. Confidence says how strong and unanimous the evidence is.
const conf = (text: string, decision?: string) => classify({ text, decision }, []);

describe('confidence calibration', () => {
  const SURE: [string, string, string | undefined][] = [
    ['formal yes, said twice', 'Nämnden tillstyrker förslaget. Sammanfattningsvis ställer sig nämnden bakom förslaget i sin helhet.', undefined],
    ['formal no in the decision', 'Förvaltningen bedömer att förslaget får stora konsekvenser för skolan.', 'Nämnden avstyrker förslaget.'],
    ['explicit abstention', 'Bolaget avstår från att yttra sig över remissen.', undefined],
    ['yes with an explicit condition', 'Regionen tillstyrker förslaget under förutsättning att staten finansierar reformen fullt ut.', undefined],
  ];
  it.each(SURE)('is high for %s', (_n, text, decision) => {
    const c = conf(text, decision);
    expect(c.confidence).toBeGreaterThanOrEqual(0.8);
    expect(c.needsReview).toBe(false);
  });

  const UNSURE: [string, string][] = [
    ['only demands, no yes or no', 'Det är viktigt att kommunerna får stöd. Staten behöver ta ansvar. Uppföljningen bör stärkas. Det finns behov av tydligare mål.'],
    ['no stance words at all', 'Planen omfattar tre delområden och gäller från nästa år.'],
  ];
  it.each(UNSURE)('goes to review for %s', (_n, text) => {
    const c = conf(text);
    expect(c.confidence).toBeLessThan(0.6);
    expect(c.needsReview).toBe(true);
  });

  it('is lower for a single weak cue than for a formal verb', () => {
    expect(conf('Förbundet delar utredningens analys.').confidence).toBeLessThan(0.7);
    expect(conf('Förbundet delar utredningens analys.').confidence).toBeLessThan(conf('Förbundet tillstyrker förslaget.').confidence);
  });

  it('is lower when the cues conflict', () => {
    const clean = conf('Nämnden avstyrker förslaget.').confidence;
    const mixed = conf('Nämnden avstyrker förslaget. Nämnden är dock positiv till delar av förslaget och välkomnar satsningen.').confidence;
    expect(mixed).toBeLessThan(clean);
  });

  it('is lower for a yes close to the conditional line', () => {
    const clean = conf('Kommunen ställer sig bakom förslaget.').confidence;
    const near = conf('Kommunen ställer sig bakom förslaget. Det är viktigt att tidplanen hålls. Finansieringen behöver följas upp.').confidence;
    expect(near).toBeLessThan(clean);
  });
});

describe('doubt: what the sums hide goes to review', () => {
  const CASES: [string, string, string | undefined, string][] = [
    ['another body takes the opposite position', 'Kulturnämnden avstyrker förslaget. Stadsbyggnadsnämnden tillstyrker förslaget.', 'Stadsbyggnadsnämnden', 'supporting'],
    ['a reservation read as the content of a yes', 'Förbundet delar bedömningen att ansvaret behöver förtydligas.', undefined, 'supporting'],
    ['a yes, but resting on one contrast word', 'Nämnden tillstyrker förslaget. Det är dock oklart hur reformen ska finansieras.', undefined, 'conditional'],
  ];
  it.each(CASES)('%s', (_n, text, respondent, want) => {
    const c = classify({ text, respondent }, []);
    expect(c.stance).toBe(want);
    expect(c.confidence).toBeLessThan(0.6);
    expect(c.needsReview).toBe(true);
  });

  const CLEAR: [string, string, string | undefined][] = [
    ['others agree with the respondent', 'Kulturnämnden tillstyrker förslaget. Stadsbyggnadsnämnden tillstyrker förslaget.', 'Stadsbyggnadsnämnden'],
    ['a yes with an explicit demand', 'Nämnden tillstyrker förslaget men anser att finansieringen måste säkras.', undefined],
  ];
  it.each(CLEAR)('stays out of review when %s', (_n, text, respondent) => {
    const c = classify({ text, respondent }, []);
    expect(c.confidence).toBeGreaterThanOrEqual(0.6);
  });
});
