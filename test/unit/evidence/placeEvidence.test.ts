import { describe, expect, it } from 'vitest';
import type { Classification } from '../../../src/lib/domain/types.ts';
import { partText, placeEvidence } from '../../../src/lib/evidence/placeEvidence.ts';

const body = 'Förvaltningen tillstyrker förslaget. Samverkan bör stärkas med fler nätverk.';
const decision = 'Nämnden tillstyrker förslaget.';
const own = 'Påverkansarbetet avstyrks.';

function classification(over: Partial<Classification> = {}): Classification {
  return {
    stance: 'conditional',
    confidence: 0.5,
    evidence: [
      { start: 8, end: 29, text: 'tillstyrker förslaget', source: 'decision', stance: 'supporting' },
      { start: 14, end: 35, text: 'tillstyrker förslaget', source: 'synpunkter', stance: 'supporting' },
    ],
    themes: {
      Samverkan: { stance: 'conditional', explicit: true, evidence: [{ start: 37, end: 75, text: 'Samverkan bör stärkas med fler nätverk', stance: 'conditional', source: 'synpunkter' }] },
      Påverkan: { stance: 'opposing', explicit: true, evidence: [{ start: 0, end: 25, text: 'Påverkansarbetet avstyrks', stance: 'opposing', source: 'tema: Påverkan' }] },
      Profilering: { stance: 'conditional', explicit: false, evidence: [] },
    },
    conditions: [{ theme: 'Samverkan', text: 'stärkas med fler nätverk', start: 51, end: 75 }],
    explanation: '',
    disagreement: false,
    needsReview: true,
    ...over,
  };
}

describe('placeEvidence', () => {
  it('puts each span on the text it quotes: decision, body or theme column', () => {
    const p = placeEvidence(classification(), { body, decision, themeTexts: { påverkan: own } });
    expect(p.spans.decision).toEqual([{ key: 'e0', start: 8, end: 29, stance: 'supporting' }]);
    expect(p.spans.body.map((s) => [s.key, body.slice(s.start, s.end)])).toEqual([
      ['e1', 'tillstyrker förslaget'],
      ['e2', 'Samverkan bör stärkas med fler nätverk'],
      ['c4', 'stärkas med fler nätverk'],
    ]);
    expect(p.spans.themes['Påverkan']).toEqual([{ key: 'e3', start: 0, end: 25, stance: 'opposing' }]);
    expect(p.overall.map((e) => e.key)).toEqual(['e0', 'e1']);
    expect(p.conditions).toEqual([{ key: 'c4', part: { kind: 'body' }, text: 'stärkas med fler nätverk', stance: undefined, theme: 'Samverkan' }]);
  });

  it('gives a span quoted both overall and for a theme one key', () => {
    const c = classification();
    c.themes.Samverkan.evidence = [{ ...c.evidence[1] }];
    const p = placeEvidence(c, { body, decision });
    expect(p.themes.Samverkan[0].key).toBe('e1');
    expect(p.spans.body.filter((s) => s.key.startsWith('e'))).toHaveLength(1);
  });

  it('marks evidence that is no longer in the text as not found (key null)', () => {
    const p = placeEvidence(classification(), { body: 'En helt ny text.' });
    expect(p.overall.map((e) => e.key)).toEqual([null, null]);
    expect(p.spans.body).toEqual([]);
  });

  it('finds a theme column whatever its case', () => {
    expect(partText({ body, themeTexts: { PÅVERKAN: own } }, { kind: 'theme', theme: 'Påverkan' })).toBe(own);
    expect(partText({ body }, { kind: 'decision' })).toBe('');
  });
});
