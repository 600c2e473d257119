import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/classify/index.ts';
import { REVIEW_THRESHOLD } from '../../../src/lib/classify/model.ts';

// Own sentences in the genre. Confidence is the learned model's calibrated probability of
// the chosen stance; below REVIEW_THRESHOLD a verdict goes to the review queue.
const conf = (text: string, decision?: string, respondent?: string) => classify({ text, decision, respondent }, []);

describe('confidence and the review queue', () => {
  const SURE: [string, string, string | undefined, string][] = [
    ['formal yes, said twice', 'Nämnden tillstyrker förslaget. Sammanfattningsvis ställer sig nämnden bakom förslaget i sin helhet.', undefined, 'supporting'],
    ['formal no in the decision', 'Förvaltningen bedömer att förslaget får stora konsekvenser för skolan.', 'Nämnden avstyrker förslaget.', 'opposing'],
    ['explicit abstention', 'Bolaget avstår från att yttra sig över remissen.', undefined, 'none'],
    ['a plain formal no', 'Nämnden avstyrker förslaget.', undefined, 'opposing'],
  ];
  it.each(SURE)('decides %s without review', (_n, text, decision, want) => {
    const c = conf(text, decision);
    expect(c.stance).toBe(want);
    expect(c.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    expect(c.needsReview).toBe(false);
    expect(c.reviewReasons).toEqual([]);
  });

  const UNSURE: [string, string][] = [
    ['only demands, no yes or no', 'Det är viktigt att kommunerna får stöd. Staten behöver ta ansvar. Uppföljningen bör stärkas. Det finns behov av tydligare mål.'],
    ['no stance words at all', 'Planen omfattar tre delområden och gäller från nästa år.'],
  ];
  it.each(UNSURE)('sends %s to review: no evidence of a position', (_n, text) => {
    const c = conf(text);
    expect(c.needsReview).toBe(true);
    expect(c.reviewReasons).toContain('no-evidence');
  });

  it('is a probability: in 0..1, and above a quarter (four stances)', () => {
    for (const t of ['Nämnden tillstyrker förslaget.', 'Text utan ställning.', 'Förslaget avstyrks men välkomnas.']) {
      const c = conf(t);
      expect(c.confidence).toBeGreaterThanOrEqual(0.25);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('is lower for a single weak cue than for a formal verb', () => {
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

  it('names every reason it sends a verdict to review, and only then', () => {
    const texts = ['Nämnden tillstyrker förslaget.', 'Förbundet delar utredningens analys.', 'Regionen ser positivt på förslaget. Förslaget avstyrks dock i sin helhet av nämnden.'];
    for (const t of texts) {
      const c = conf(t);
      expect(c.needsReview).toBe((c.reviewReasons ?? []).length > 0);
      expect((c.reviewReasons ?? []).includes('low-confidence')).toBe(c.confidence < REVIEW_THRESHOLD);
    }
  });

  it('sends a decision and a body that disagree to review', () => {
    const c = conf('Förvaltningen avstyrker förslaget. Förslaget är inte genomförbart.', 'Nämnden tillstyrker förslaget.');
    expect(c.disagreement).toBe(true);
    expect(c.reviewReasons).toContain('disagreement');
  });
});

describe('doubt: what the sums hide goes to review', () => {
  const CASES: [string, string, string | undefined, string][] = [
    ['another body takes the opposite position', 'Kulturnämnden avstyrker förslaget. Stadsbyggnadsnämnden tillstyrker förslaget.', 'Stadsbyggnadsnämnden', 'supporting'],
    ['a reservation read as the content of a yes', 'Förbundet delar bedömningen att ansvaret behöver förtydligas.', undefined, 'supporting'],
    ['a yes, but resting on one contrast word', 'Nämnden tillstyrker förslaget. Det är dock oklart hur reformen ska finansieras.', undefined, 'conditional'],
  ];
  it.each(CASES)('%s', (_n, text, respondent, want) => {
    const c = conf(text, undefined, respondent);
    expect(c.stance).toBe(want);
    expect(c.needsReview).toBe(true);
  });

  it('stays out of review when others agree with the respondent', () => {
    const c = conf('Kulturnämnden tillstyrker förslaget. Stadsbyggnadsnämnden tillstyrker förslaget.', undefined, 'Stadsbyggnadsnämnden');
    expect(c.needsReview).toBe(false);
  });
});
