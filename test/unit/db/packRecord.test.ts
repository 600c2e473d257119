import { describe, expect, it } from 'vitest';
import { PACKED, packRecord, unpackRecord } from '../../../src/lib/db/index.ts';
import type { ResponseRecord } from '../../../src/lib/domain/types.ts';

const at = '2024-05-01T10:00:00.000Z';
const base: ResponseRecord = {
  id: 7, consultationId: 2, respondent: 'Älvsjö stadsdelsnämnd', respondentKind: 'stadsdelsnamnd', respondentKey: 'älvsjö stadsdelsnämnd',
  date: '2024-04-30', reference: 'Dnr 1', decision: 'Nämnden tillstyrker "förslaget".', sourceFile: 'a.csv', sourceLine: 12,
  classification: {
    stance: 'supporting', confidence: 0.93, conditionCount: 0, explanation: 'Tillstyrker: "Nämnden tillstyrker" (beslut)', disagreement: false, needsReview: false,
    themes: { 'Påverkan, internationellt': { stance: 'opposing', explicit: true }, Samverkan: { stance: 'none', explicit: false } },
  },
  overrides: { themes: {} }, reviewed: false, textLength: 1837, textHash: '791f7cfa:1f1', importedAt: at, updatedAt: at,
};

describe('packed records', () => {
  it.each<[string, ResponseRecord]>([
    ['a usual record', base],
    ['optional fields absent, no themes', { ...base, date: undefined, reference: undefined, decision: undefined, sourceLine: undefined, classification: { ...base.classification, themes: {}, conditionCount: undefined } }],
    ['empty strings, overrides, joint answer, reviewed', {
      ...base, respondent: '', decision: '', jointWith: ['Kista', 'Rinkeby'], reviewed: true, reviewedBy: 'AB', importedStance: 'opposing',
      classification: { ...base.classification, explanation: '', confidence: 0.1 + 0.2 },
      overrides: { overall: { stance: 'opposing', reason: 'Läst', initials: 'AB', at }, themes: { Samverkan: { stance: 'supporting', reason: '', initials: 'CD', at } } },
    }],
    ['the classifier\'s review reasons', { ...base, classification: { ...base.classification, needsReview: true, reviewReasons: ['opposition-present', 'partial-yes'] } }],
    ['review reasons and no themes', { ...base, classification: { ...base.classification, themes: {}, needsReview: true, reviewReasons: ['no-evidence'] } }],
  ])('%s reads back equal to what was written', (_, r) => {
    const stored = packRecord(r) as unknown as Record<string, unknown>;
    expect(typeof stored[PACKED]).toBe('string');
    expect(stored.classification).toBeUndefined();
    expect([stored.id, stored.consultationId, stored.respondentKey, stored.respondentKind]).toEqual([r.id, r.consultationId, r.respondentKey, r.respondentKind]);
    const back = unpackRecord(structuredClone(stored)) as unknown as ResponseRecord;
    expect(back).toEqual(r);
    expect(Object.keys(back).filter((k) => (back as unknown as Record<string, unknown>)[k] === undefined)).toEqual([]);
    // The record written is left alone.
    expect(r.classification.themes).toBeTypeOf('object');
  });

  it('stores a record with a separator character in it as it is', () => {
    const odd = { ...base, respondent: 'Nämnd\u0000X' };
    expect(packRecord(odd)).toBe(odd);
    expect(unpackRecord(odd)).toBe(odd);
    const oddTheme = { ...base, classification: { ...base.classification, themes: { 'A\u0001B': { stance: 'none' as const, explicit: false } } } };
    expect(packRecord(oddTheme)).toBe(oddTheme);
  });

  it('a record without overrides stays without them', () => {
    const { overrides: _, ...r } = base;
    expect(unpackRecord(structuredClone(packRecord(r)))).toEqual(r);
    expect('overrides' in unpackRecord(structuredClone(packRecord(r)))).toBe(false);
  });

  it('reads a string packed before review reasons were stored as a record without them', () => {
    const withReasons = packRecord({ ...base, classification: { ...base.classification, reviewReasons: ['truncated'] } }) as unknown as Record<string, string>;
    const older = { ...withReasons, [PACKED]: withReasons[PACKED].slice(0, withReasons[PACKED].lastIndexOf('\u0000')) };
    const back = unpackRecord(older) as unknown as ResponseRecord;
    expect(back.classification.reviewReasons).toBeUndefined();
    expect(back.classification.themes).toEqual(base.classification.themes);
  });
  it('does not pack a record with an unknown review reason', () => {
    const odd = { ...base, classification: { ...base.classification, reviewReasons: ['made-up'] } } as unknown as ResponseRecord;
    expect(packRecord(odd)).toBe(odd);
  });
});
