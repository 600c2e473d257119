import { describe, expect, it } from 'vitest';
import { trainStance, type LabelledItem } from '../../../src/lib/learn/trainStance.ts';
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
