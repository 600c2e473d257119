import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, featuresOf } from '../../../src/lib/classify/features.ts';
import { findEvidence } from '../../../src/lib/classify/evidenceSet.ts';
import { MODEL, REVIEW_THRESHOLD, STORED, VERDICT_MODEL, driversOf, stanceOf } from '../../../src/lib/classify/model.ts';
import { STANCES } from '../../../src/lib/domain/types.ts';
import { parseLabelled } from '../../../src/lib/learn/labelled.ts';
import { textHash } from '../../../src/lib/learn/textHash.ts';

describe('the stored model', () => {
  it('is in step with the features (else `npm run train`)', () => {
    expect(STORED.features).toEqual([...FEATURE_NAMES]);
    expect(MODEL.classes).toEqual([...STANCES]);
    expect(MODEL.weights).toHaveLength(STANCES.length);
    for (const w of MODEL.weights) expect(w).toHaveLength(FEATURE_NAMES.length);
  });
  it('states the same review threshold in model.json and reviewThreshold.ts', () => {
    expect(REVIEW_THRESHOLD).toBe(STORED.reviewThreshold);
  });
  it('states its calibration for the page in step with the model (calibration.ts, written by the same `npm run train`)', async () => {
    const { CALIBRATION } = await import('../../../src/lib/classify/calibration.ts');
    expect(CALIBRATION.threshold).toBe(REVIEW_THRESHOLD);
    expect(CALIBRATION.items).toBe(STORED.items);
    expect(CALIBRATION.decided).toBeGreaterThan(0);
    expect(CALIBRATION.right).toBeGreaterThan(0.5);
    for (let i = 1; i < CALIBRATION.bands.length; i++) expect(CALIBRATION.bands[i].from).toBeGreaterThanOrEqual(CALIBRATION.bands[i - 1].to);
    expect(CALIBRATION.bands.reduce((a, b) => a + b.n, 0)).toBe(STORED.items);
  });
  it('has a review threshold between a guess and certainty, and a fitted temperature', () => {
    expect(REVIEW_THRESHOLD).toBeGreaterThan(0.25);
    expect(REVIEW_THRESHOLD).toBeLessThan(1);
    expect(MODEL.temperature).toBeGreaterThan(0);
  });
  it('holds hashes of its training texts, never the texts', () => {
    expect(MODEL.trainingHashes.length).toBeGreaterThanOrEqual(MODEL.items * 0.9);
    for (const h of MODEL.trainingHashes) expect(h).toMatch(/^[0-9a-f]{8}$/);
  });
  it('names the evidence that weighed most', () => {
    const x = featuresOf(findEvidence({ text: 'Nämnden avstyrker förslaget i sin helhet.' }), VERDICT_MODEL);
    const v = { ...stanceOf(x), drivers: driversOf(x, 'opposing') };
    expect(v.stance).toBe('opposing');
    expect(v.drivers.length).toBeGreaterThan(0);
    expect(FEATURE_NAMES).toContain(v.drivers[0][0]);
  });
});

describe('textHash and parseLabelled', () => {
  it('hashes normalised text stably', () => {
    expect(textHash('Nämnden  tillstyrker\n')).toBe(textHash('nämnden tillstyrker'));
    expect(textHash('a')).not.toBe(textHash('b'));
  });
  it('reads labelled lines with their fold keys, and names a bad line', () => {
    const items = parseLabelled('{"id":"x1","text":"T","label":"none","source_url":"U","remissinstans":"SKR ","notes":"UNCERTAIN"}\n', 'f.jsonl');
    expect(items[0]).toMatchObject({ id: 'x1', label: 'none', groups: ['url:u', 'who:skr'], uncertain: true, respondent: 'SKR ' });
    expect(() => parseLabelled('{"id":"x","text":"T","label":"maybe"}', 'f.jsonl')).toThrow(/f.jsonl:1/);
  });
});
