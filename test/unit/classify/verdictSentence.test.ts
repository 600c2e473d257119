import { describe, expect, it } from 'vitest';
import { findEvidence } from '../../../src/lib/classify/evidenceSet.ts';
import { FEATURE_NAMES, featuresOf } from '../../../src/lib/classify/features.ts';
import { VERDICT_MODEL } from '../../../src/lib/classify/model.ts';
import { SENTENCE_FEATURE_NAMES, VERDICT_FEATURE_NAMES, basisLabels, verdictFeatures, verdictSentences } from '../../../src/lib/classify/verdictSentence.ts';
import { fitVerdictModel, prepare } from '../../../src/lib/learn/trainStance.ts';
import type { LogisticModel } from '../../../src/lib/learn/logistic.ts';

const TEXT =
  'Nämnden välkomnar att frågan utreds. Samtidigt vill nämnden påpeka att kostnaderna är oklara. Sammantaget avstyrker nämnden förslaget.';

/** A hand-made sentence model that trusts only concluding sentences. */
const concluding = (w: number): LogisticModel => ({
  classes: ['other', 'verdict'],
  features: [...SENTENCE_FEATURE_NAMES],
  mean: SENTENCE_FEATURE_NAMES.map(() => 0),
  scale: SENTENCE_FEATURE_NAMES.map(() => 1),
  weights: [SENTENCE_FEATURE_NAMES.map(() => 0), SENTENCE_FEATURE_NAMES.map((f) => (f === 'concluding' ? w : f === 'bias' ? -1 : 0))],
  temperature: 1,
});

describe('verdictSentences', () => {
  const e = findEvidence({ text: TEXT });
  const sentences = verdictSentences(e);
  it('holds one row per cue-bearing sentence, in the sentence model column order', () => {
    expect(sentences).toHaveLength(3);
    for (const s of sentences) expect(s.features).toHaveLength(SENTENCE_FEATURE_NAMES.length);
    const col = (name: string) => SENTENCE_FEATURE_NAMES.indexOf(name as (typeof SENTENCE_FEATURE_NAMES)[number]);
    expect(sentences.map((s) => s.features[col('concluding')])).toEqual([0, 0, 1]);
    expect(sentences.map((s) => s.features[col('first')])).toEqual([1, 0, 0]);
    expect(sentences[2].no).toBeGreaterThan(0);
    expect(sentences[0].yes).toBeGreaterThan(0);
  });
  it('marks the sentences that overlap the quoted basis, and only body sentences', () => {
    expect(basisLabels(sentences, e.text, 'Sammantaget avstyrker nämnden förslaget')).toEqual([0, 0, 1]);
    expect(basisLabels(sentences, e.text, 'välkomnar att frågan utreds ... avstyrker nämnden förslaget')).toEqual([1, 0, 1]);
    expect(basisLabels(sentences, e.text, 'a phrase not in the text')).toEqual([0, 0, 0]);
  });
});

describe('verdictFeatures', () => {
  const sentences = verdictSentences(findEvidence({ text: TEXT }));
  const at = (name: string) => VERDICT_FEATURE_NAMES.indexOf(name as (typeof VERDICT_FEATURE_NAMES)[number]);
  it('gives the direction of the most verdict-like sentence', () => {
    const v = verdictFeatures(sentences, concluding(4));
    expect(v[at('verdict=no')]).toBe(1);
    expect(v[at('verdict=yes')]).toBe(0);
    expect(v[at('verdictP')]).toBeGreaterThan(0.9);
    expect(v[at('verdictNoShare')]).toBeGreaterThan(v[at('verdictYesShare')]);
  });
  it('is all zeros without a sentence model or without cues', () => {
    expect(verdictFeatures(sentences, null)).toEqual(VERDICT_FEATURE_NAMES.map(() => 0));
    expect(verdictFeatures([], concluding(4))).toEqual(VERDICT_FEATURE_NAMES.map(() => 0));
  });
  it('feeds the stance model: the feature vector holds the verdict columns', () => {
    const x = featuresOf(findEvidence({ text: TEXT }), VERDICT_MODEL);
    expect(x).toHaveLength(FEATURE_NAMES.length);
    expect(x[FEATURE_NAMES.indexOf('verdict=no')]).toBe(1);
  });
});

describe('fitVerdictModel', () => {
  it('learns from the basis which kind of sentence states the verdict', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({
      id: `v${i}`,
      text: `Nämnden ser positivt på delar av arbetet ${i}. Nämnden vill påpeka att underlaget är tunt. Sammantaget ${i % 2 ? 'avstyrker' : 'tillstyrker'} nämnden förslaget.`,
      label: i % 2 ? ('opposing' as const) : ('supporting' as const),
      groups: [`g${i}`],
      basis: `Sammantaget ${i % 2 ? 'avstyrker' : 'tillstyrker'} nämnden förslaget`,
    }));
    const m = fitVerdictModel(prepare(items));
    expect(m).not.toBeNull();
    const s = verdictSentences(findEvidence({ text: 'Nämnden ser positivt på delar av arbetet. Sammantaget avstyrker nämnden förslaget.' }));
    expect(verdictFeatures(s, m)[VERDICT_FEATURE_NAMES.indexOf('verdict=no')]).toBe(1);
  });
  it('is null without enough quoted sentences', () => {
    expect(fitVerdictModel(prepare([{ id: 'x', text: TEXT, label: 'opposing', groups: [] }]))).toBeNull();
  });
});
