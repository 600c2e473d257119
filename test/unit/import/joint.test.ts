import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/lib/import/index.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('joint answers (gemensamt yttrande)', () => {
  it('reads jointWith as a list of names from JSON', () => {
    const json = JSON.stringify([{ respondent: 'Exploateringsnämnden', text: 'Gemensamt yttrande.', jointWith: ['Fastighetsnämnden'] }]);
    const p = parseFile(enc(json), 'a.json');
    expect(p.responses[0].jointWith).toEqual(['Fastighetsnämnden']);
    expect(p.unknownColumns).toEqual([]);
  });

  it('splits a CSV cell on semicolons, commas and "och"', () => {
    const csv = 'Nämnd;Yttrande;Gemensamt med\r\nA-nämnden;Text;"B-nämnden, C-nämnden och D-nämnden"\r\n';
    const p = parseFile(enc(csv), 'a.csv');
    expect(p.mapping).toEqual(['respondent', 'text', 'joint']);
    expect(p.responses[0].jointWith).toEqual(['B-nämnden', 'C-nämnden', 'D-nämnden']);
  });

  it('reports a non-string name as a row error', () => {
    const json = JSON.stringify([{ respondent: 'A', text: 'T', jointWith: [{ x: 1 }] }]);
    const p = parseFile(enc(json), 'a.json');
    expect(p.issues.some((i) => i.code === 'wrong-type-name')).toBe(true);
  });
});
