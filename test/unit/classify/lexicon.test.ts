import { describe, expect, it } from 'vitest';
import type { Stance } from '../../../src/lib/domain/types.ts';
import * as lexicon from '../../../src/lib/classify/lexicon.ts';
import type { Entry } from '../../../src/lib/classify/lexicon.ts';
import { LEXICON_EXAMPLES, type LexiconExample } from '../../../src/lib/classify/lexiconExamples.ts';
import { compile, findPhrases } from '../../../src/lib/classify/patterns.ts';
import { RULES } from '../../../src/lib/classify/rules/index.ts';
import type { LexList, SentenceContext } from '../../../src/lib/classify/rules/types.ts';
import { tokenize } from '../../../src/lib/classify/tokens.ts';

// Generated from lexicon.ts: every exported list of [pattern, entry] pairs, every entry.
// The examples live in src/lib/classify/lexiconExamples.ts.

const isEntry = (x: unknown): x is Entry => typeof x === 'object' && x !== null && 'kind' in x && 'w' in x && 'neg' in x;
const isLex = (v: unknown): v is LexList =>
  Array.isArray(v) && v.length > 0 && v.every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && isEntry(e[1]));

const LISTS: [string, LexList][] = Object.entries(lexicon).filter((kv): kv is [string, LexList] => isLex(kv[1]));
const ENTRIES = LISTS.flatMap(([list, lex]) => lex.map(([pattern, entry]) => ({ list, lex, pattern, entry })));

const STANCE_OF: Record<Entry['kind'], Stance> = {
  support: 'supporting',
  agree: 'supporting',
  oppose: 'opposing',
  abstain: 'none',
  condition: 'conditional',
  demand: 'conditional',
  contrast: 'conditional',
  qualifier: 'conditional',
  reference: 'none',
};
const FLIPPED: Partial<Record<Entry['kind'], Stance>> = { support: 'opposing', agree: 'opposing', oppose: 'supporting' };
/** The formal verbs: their negation must be proved to turn the stance. */
const FORMAL = [
  ['SUPPORT', 'tillstyrk*'],
  ['OPPOSE', 'avstyrk*'],
  ['SUPPORT', 'ställ* sig|oss|mig … bakom'],
];

const textOf = (ex: LexiconExample) => (typeof ex === 'string' ? ex : ex.text);
const ctxOf = (text: string): SentenceContext => ({ text, sentence: { start: 0, end: text.length, text }, tokens: tokenize(text), section: 'text', index: 0 });
const matchesOf = (pattern: string, entry: Entry, text: string) => findPhrases(compile([[pattern, entry]]), tokenize(text));
const ruleOf = (lex: LexList) => RULES.find((r) => r.triggers.lists?.includes(lex));

/** The stances the list's own rule gives at the places the entry's pattern matches. */
function stancesAtMatches(lex: LexList, pattern: string, entry: Entry, text: string): Stance[] {
  const rule = ruleOf(lex);
  if (!rule) return [];
  const at = new Set(matchesOf(pattern, entry, text).map((m) => m.first));
  return rule.run(ctxOf(text)).filter((s) => at.has(s.at)).map((s) => s.stance);
}

describe('lexicon examples', () => {
  it('finds the lexicon lists (SUPPORT, OPPOSE, ... are exported lists of entries)', () => {
    const names = LISTS.map(([n]) => n);
    for (const n of ['SUPPORT', 'AGREE', 'OPPOSE', 'ABSTAIN', 'CONDITION', 'DEMAND', 'CONTRAST', 'QUALIFIER', 'REFERENCE']) expect(names).toContain(n);
  });

  it.each(LISTS)('%s: every pattern is written once (an example is keyed by it)', (_name, lex) => {
    const patterns = lex.map(([p]) => p);
    expect(patterns.filter((p, i) => patterns.indexOf(p) !== i)).toEqual([]);
  });

  it.each(LISTS)('%s: a rule matches this list (its phrases are triggers, its signals reach the model)', (_name, lex) => {
    expect(ruleOf(lex)).toBeDefined();
  });

  describe.each(ENTRIES.map((e) => [`${e.list} '${e.pattern}'`, e] as const))('%s', (name, { list, lex, pattern, entry }) => {
    const ex = LEXICON_EXAMPLES[list]?.[pattern];

    it('has an example in lexiconExamples.ts', () => {
      expect(ex, `no example for ${name}: add one to LEXICON_EXAMPLES.${list}`).toBeDefined();
    });

    it('its own pattern matches its example', () => {
      if (ex === undefined) return; // reported above
      expect(matchesOf(pattern, entry, textOf(ex)).length, `${name} does not match "${textOf(ex)}"`).toBeGreaterThan(0);
    });

    it(`its list's rule gives the example the entry's stance (${STANCE_OF[entry.kind]})`, () => {
      if (ex === undefined) return;
      expect(stancesAtMatches(lex, pattern, entry, textOf(ex))).toContain(STANCE_OF[entry.kind]);
    });

    if (typeof ex === 'object') {
      it("its negated example turns the stance, through the list's rule", () => {
        expect(entry.neg).toBe('flip');
        expect(matchesOf(pattern, entry, ex.negated).length, `${name} does not match "${ex.negated}"`).toBeGreaterThan(0);
        const flipped = FLIPPED[entry.kind];
        expect(flipped).toBeDefined();
        const got = stancesAtMatches(lex, pattern, entry, ex.negated);
        expect(got).toContain(flipped);
        expect(got).not.toContain(STANCE_OF[entry.kind]);
      });
    }
  });

  it.each(FORMAL)('the formal verb %s %s has a negated example', (list, pattern) => {
    const ex = LEXICON_EXAMPLES[list]?.[pattern];
    expect(typeof ex).toBe('object');
  });

  it('has no stale examples: every key names an entry of lexicon.ts', () => {
    const known = new Set(ENTRIES.map((e) => `${e.list} '${e.pattern}'`));
    const stale = Object.entries(LEXICON_EXAMPLES).flatMap(([list, exs]) => Object.keys(exs).map((p) => `${list} '${p}'`)).filter((k) => !known.has(k));
    expect(stale).toEqual([]);
  });
});
