import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/classify/index.ts';
import type { Theme } from '../../../src/lib/domain/types.ts';

const THEMES: Theme[] = [
  { name: 'Samverkan', keywords: ['samverkan', 'samverka', 'samarbete'] },
  { name: 'Finansiering', keywords: ['finansiering', 'kostnad'] },
];

// Own genre texts with headings, abbreviations, lists, odd spacing and long sentences.
const INPUTS: { text: string; decision?: string }[] = [
  { text: 'Nämnden tillstyrker förslaget.' },
  { text: '  \n\nFörvaltningens synpunkter\n\nFörvaltningen ser positivt på samverkan, t.ex. med regionen.  Dock bör finansieringen förtydligas.\n' },
  { text: 'Sammanfattning\r\nKontoret tillstyrker under förutsättning att kostnaden täcks av staten.\r\n\r\nBakgrund\r\nI förslaget anges bl.a. att samarbetet ska öka.' },
  { text: '1. Nämnden avstyrker förslaget.\n2. Nämnden överlämnar tjänsteutlåtandet som svar.', decision: '  Nämnden hänvisar till förvaltningens tjänsteutlåtande.  ' },
  { text: 'Förbundet välkomnar förslaget men efterfrågar en plan för finansiering. Förbundet saknar en analys av samverkan med civilsamhället. ' + 'Vidare behöver uppföljningen stärkas. '.repeat(3) },
  { text: `Förvaltningen är positiv till ${'en mycket lång beskrivning av olika delar av förslaget '.repeat(20)}men förutsätter att samverkan fungerar.` },
  { text: 'Rådet avstår från att yttra sig.', decision: 'Beslut: Rådet avstår.' },
  { text: 'Förvaltningen tillstyrker  förslaget\u00a0i sin helhet!  Vi vill understryka vikten av att samverkan prioriteras.' },
  { text: 'Nämnden ställer sig bakom programmet (dnr 2016.09) enl. kap. 3 § 2. Programmet bör dock kompletteras med en kostnadsanalys.' },
  { text: '«Vi tillstyrker» skriver förbundet. Förbundet måste dock få ersättning för sina kostnader.' },
];

describe('evidence and condition offsets', () => {
  it.each(INPUTS.map((x, i) => [i, x] as const))('slice(start, end) equals the span text for input %i', (_i, input) => {
    const c = classify(input, THEMES);
    const all = [...c.evidence, ...Object.values(c.themes).flatMap((t) => t.evidence)];
    for (const e of all) {
      const src = e.source === 'decision' ? input.decision ?? '' : input.text;
      expect(src.slice(e.start, e.end)).toBe(e.text);
      expect(e.text.length).toBeGreaterThan(0);
    }
    for (const cond of c.conditions) expect(input.text.slice(cond.start, cond.end)).toBe(cond.text);
  });

  it('keeps evidence spans short in a very long sentence', () => {
    const text = `Förvaltningen ${'beskriver ett sammanhang '.repeat(200)}tillstyrker förslaget ${'med många ord '.repeat(200)}`;
    const c = classify({ text }, []);
    expect(c.stance).toBe('supporting');
    for (const e of c.evidence) {
      expect(e.text.length).toBeLessThanOrEqual(300);
      expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });
});

describe('conditions', () => {
  it.each([
    ['the clause after "under förutsättning att"', 'Nämnden tillstyrker under förutsättning att staten står för kostnaderna.', 'staten står för kostnaderna'],
    ['the clause after "förutsätter att"', 'Förvaltningen är positiv men förutsätter att samverkan med skolan fortsätter.', 'samverkan med skolan fortsätter'],
    ['the demand after "efterfrågar"', 'Kontoret stöder förslaget. Kontoret efterfrågar en tydligare tidsplan.', 'efterfrågar en tydligare tidsplan'],
    ['the clause with "bör"', 'Nämnden tillstyrker planen. Nämnden anser att planen bör kompletteras med mål.', 'planen bör kompletteras med mål'],
    ['the clause after "vikten av att"', 'Förbundet välkomnar förslaget men vill understryka vikten av att finansieringen säkras.', 'finansieringen säkras'],
  ])('extracts %s', (_name, text, expected) => {
    const c = classify({ text }, THEMES);
    expect(c.conditions.map((x) => x.text)).toContain(expected);
  });

  it('gives a condition the theme its sentence concerns, or null', () => {
    const text = 'Nämnden tillstyrker. Nämnden förutsätter att samverkan med regionen fortsätter. Nämnden efterfrågar en tidsplan.';
    const c = classify({ text }, THEMES);
    expect(c.conditions.map((x) => x.theme)).toEqual(['Samverkan', null]);
  });

  it('does not take conditions from descriptions of the proposal', () => {
    const c = classify({ text: 'I förslaget anges att kommunerna bör samverka. Nämnden tillstyrker förslaget.' }, THEMES);
    expect(c.conditions).toEqual([]);
  });

  it('does not read "en förutsättning för" as a condition', () => {
    const c = classify({ text: 'Nämnden tillstyrker. Det är en förutsättning för digitalisering.' }, []);
    expect(c.conditions).toEqual([]);
    expect(c.stance).toBe('supporting');
  });
});
