import { describe, expect, it } from 'vitest';
import { anyStarts, compileTriggers, mayHaveSignals, RULES, runRules } from '../../../src/lib/classify/rules/index.ts';
import type { SentenceContext } from '../../../src/lib/classify/rules/types.ts';
import { tokenize } from '../../../src/lib/classify/tokens.ts';

// Own sentences in the genre, written for this test: one a rule, each one the rule fires on.
const FIRES_ON: Record<string, string> = {
  support: 'Nämnden tillstyrker förslaget.',
  agree: 'Regionen delar utredningens bedömning.',
  oppose: 'Förbundet avstyrker förslaget om höjda avgifter.',
  abstain: 'Bolaget avstår från att yttra sig över remissen.',
  negatedComment: 'Förslagen är inte av sådan art att nämnden behöver yttra sig.',
  neither: 'Styrelsen varken tillstyrker eller avstyrker promemorian.',
  ifClause: 'Nämnden tillstyrker förslaget om staten tar kostnadsansvaret.',
  decisionFormula: 'Motionen antas.',
  condition: 'Kommunen kan tänka sig reformen under förutsättning att staten betalar.',
  demand: 'Reglerna behöver bli tydligare för kommunerna.',
  contrast: 'Förslaget är genomtänkt men kostnaderna är oklara.',
  qualifier: 'Nämnden tillstyrker i huvudsak förslaget.',
  reference: 'Nämnden hänvisar till förvaltningens tjänsteutlåtande.',
};

function ctxOf(text: string): SentenceContext {
  return { text, sentence: { start: 0, end: text.length, text }, tokens: tokenize(text), section: 'text', index: 0 };
}

describe('rule triggers are declared with the rules', () => {
  it('every rule has a sentence in this table, and every sentence names a rule', () => {
    expect(Object.keys(FIRES_ON).sort()).toEqual(RULES.map((r) => r.name).sort());
  });

  it('rule names are unique', () => {
    expect(new Set(RULES.map((r) => r.name)).size).toBe(RULES.length);
  });

  describe.each(RULES.map((r) => [r.name, r] as const))('%s', (name, rule) => {
    const ctx = ctxOf(FIRES_ON[name] ?? '');

    it('fires on its sentence (the table row is real)', () => {
      expect(rule.run(ctx).length).toBeGreaterThan(0);
    });

    it("its own declared triggers admit the sentence (not just another rule's)", () => {
      expect(anyStarts(compileTriggers([rule.triggers]), ctx.tokens)).toBe(true);
    });

    it('the sentence passes mayHaveSignals, so runRules runs the rule and keeps its signals', () => {
      expect(mayHaveSignals(ctx.tokens)).toBe(true);
      const own = rule.run(ctx).map((s) => `${s.start}:${s.kind}`);
      const all = new Set(runRules(ctx).map((s) => `${s.start}:${s.kind}`));
      for (const k of own) expect(all.has(k)).toBe(true);
    });

    if (rule.onlyAtTriggers) {
      it('finds nothing in a sentence where none of its own triggers starts (runRules skips it there)', () => {
        const own = compileTriggers([rule.triggers]);
        const without = Object.values(FIRES_ON).filter((text) => !anyStarts(own, tokenize(text)));
        expect(without.length).toBeGreaterThan(0);
        for (const text of without) expect(rule.run(ctxOf(text))).toEqual([]);
      });
    }

    if (rule.triggers.alongside) {
      it("counts only beside another rule's trigger: its sentence also has one", () => {
        const others = RULES.filter((r) => r !== rule && !r.triggers.alongside).map((r) => r.triggers);
        expect(anyStarts(compileTriggers(others), ctx.tokens)).toBe(true);
      });
    }
  });

  it.each([
    ['a sentence without any trigger word', 'Mötet hölls den 3 mars.', false],
    ['a bare om-clause: om only counts beside a yes', 'Frågan gäller om staten betalar kostnaden.', false],
    ['a stance verb in any inflection', 'Förslagen tillstyrktes av styrelsen.', true],
    ['yttra* in any inflection', 'Rådet yttrade sig inte.', true],
    ['vare sig', 'Vare sig kommunen eller regionen fick medel.', true],
  ])('mayHaveSignals on %s: %s', (_what, text, expected) => {
    expect(mayHaveSignals(tokenize(text))).toBe(expected);
  });

  it('a rule that declares no triggers admits no sentence (so a forgotten trigger fails the table above)', () => {
    const idx = compileTriggers([{}]);
    for (const text of Object.values(FIRES_ON)) expect(anyStarts(idx, tokenize(text))).toBe(false);
  });
});
