import { describe, expect, it } from 'vitest';
import { nestedQueue, trainStance, type LabelledItem } from '../../../src/lib/learn/trainStance.ts';
import type { Stance } from '../../../src/lib/domain/types.ts';

// Own sentences: four families, each said by several bodies.
const BODIES = ['Nämnden', 'Förvaltningen', 'Regionen', 'Förbundet', 'Styrelsen', 'Myndigheten', 'Kommunen', 'Bolaget'];
const SAY: Record<Stance, (b: string) => string> = {
  supporting: (b) => `${b} tillstyrker förslaget.`,
  conditional: (b) => `${b} tillstyrker förslaget under förutsättning att staten finansierar det.`,
  opposing: (b) => `${b} avstyrker förslaget.`,
  none: (b) => `${b} avstår från att yttra sig.`,
};
const ITEMS: LabelledItem[] = (Object.keys(SAY) as Stance[]).flatMap((label) =>
  BODIES.map((b, i) => ({ id: `${label}-${i}`, text: SAY[label](b), label, groups: [`who:${b}`, `url:${label}${i % 4}`] })),
);

describe('trainStance', () => {
  const r = trainStance(ITEMS, { folds: 4 });
  it('scores every item out of fold', () => {
    expect(r.outOfFold).toHaveLength(ITEMS.length);
    expect(r.outOfFold.filter((o) => o.gold === o.predicted).length).toBeGreaterThanOrEqual(ITEMS.length * 0.9);
  });
  it('fits a final model on all items with a temperature and a review threshold', () => {
    expect(r.model.weights).toHaveLength(4);
    expect(r.temperature).toBeGreaterThan(0);
    expect(r.reviewThreshold).toBeGreaterThan(0.25);
  });
  it('is deterministic', () => {
    expect(trainStance(ITEMS, { folds: 4 }).model).toEqual(r.model);
  });
  it('refuses too few items', () => {
    expect(() => trainStance(ITEMS.slice(0, 5))).toThrow(TypeError);
  });
});

describe('nestedQueue', () => {
  // Twenty items in four groups (a fold each): the even ones at confidence 0.9 and right, the
  // odd ones at 0.6 and wrong.
  const items: LabelledItem[] = Array.from({ length: 20 }, (_, i) => ({ id: `i${i}`, text: '', label: 'supporting', groups: [`g${i % 4}`] }));
  const oof = items.map((it, i) => {
    const high = i % 2 === 0;
    const wrong = !high;
    return { id: it.id, gold: 'supporting' as const, predicted: wrong ? ('opposing' as const) : ('supporting' as const), confidence: high ? 0.9 : 0.6, uncertain: false, alwaysReviewed: false };
  });
  it('chooses each fold\'s threshold on the other folds only, and scores that fold with it', () => {
    const r = nestedQueue(items, oof, 0.95, 4);
    expect(r.thresholds).toHaveLength(4);
    // Every fold's threshold keeps the 0.9 items and drops the 0.6 ones: half decided, all right.
    expect(r.coverage).toBeCloseTo(0.5, 5);
    expect(r.precision).toBe(1);
  });
  it('scores a fold with a threshold its own verdicts did not choose', () => {
    // Group g0's 0.9 verdicts are wrong: the threshold chosen on the other groups (0.9) decides them.
    const spoiled = oof.map((o) => (+o.id.slice(1) % 4 === 0 && o.confidence === 0.9 ? { ...o, predicted: 'opposing' as const } : o));
    const r = nestedQueue(items, spoiled, 0.95, 4);
    expect(r.precision).toBeLessThan(1);
    expect(r.coverage).toBeGreaterThan(0);
  });
});
