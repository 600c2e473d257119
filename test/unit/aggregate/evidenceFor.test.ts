import { describe, expect, it } from 'vitest';
import { evidenceFor } from '../../../src/lib/aggregate/evidenceFor.ts';
import { detailsFor, rec } from './records.ts';

describe('evidenceFor', () => {
  const r = rec({ respondent: 'Bromma stadsdelsnämnd', stance: 'conditional', evidence: ['Nämnden tillstyrker med villkor.'], themes: { Samverkan: ['opposing', true], Påverkan: ['conditional', false] } });
  const d = { ...detailsFor(r), themeEvidence: { Samverkan: [{ start: 0, end: 10, text: 'Samverkan avstyrks.' }] } };
  it('gives the overall evidence for the overall stance', () =>
    expect(evidenceFor(r, null, d)).toEqual({ source: 'overall', text: 'Nämnden tillstyrker med villkor.', stance: 'conditional', explicit: true }));
  it("gives the theme's own sentence for an explicit theme", () =>
    expect(evidenceFor(r, 'Samverkan', d)).toEqual({ source: 'theme', text: 'Samverkan avstyrks.', stance: 'opposing', explicit: true }));
  it('falls back to the overall evidence for an inherited theme', () =>
    expect(evidenceFor(r, 'Påverkan', d)).toMatchObject({ source: 'overall', text: 'Nämnden tillstyrker med villkor.', explicit: false }));
  it('treats a theme the classifier never saw as inherited', () => expect(evidenceFor(r, 'Okänd', d)).toMatchObject({ source: 'overall', explicit: false }));
  it("shows a person's reason when an override decides", () => {
    const o = rec({ respondent: 'X', stance: 'supporting', overall: 'opposing', themeOverrides: { Samverkan: 'none' }, themes: { Samverkan: ['supporting', true] } });
    expect(evidenceFor(o, null)).toEqual({ source: 'override', text: 'Bedömt manuellt', stance: 'opposing', explicit: true });
    expect(evidenceFor(o, 'Samverkan')).toMatchObject({ source: 'override', stance: 'none' });
  });
  it("says 'none' when there is no sentence", () => expect(evidenceFor(rec({ respondent: 'Y' }), null)).toMatchObject({ source: 'none', text: '' }));
});
