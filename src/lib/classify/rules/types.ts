/**
 * The one signature every rule has: a sentence in its context in, signals out.
 */
import type { Stance } from '../../domain/types.ts';
import type { Entry, SignalKind } from '../lexicon.ts';
import type { SectionKind } from '../sections.ts';
import type { Segment } from '../sentences.ts';
import type { Token } from '../tokens.ts';

/** A sentence, its words and where it stands. */
export interface SentenceContext {
  /** The whole text the sentence belongs to (body, decision column or a theme text). */
  text: string;
  sentence: Segment;
  tokens: Token[];
  section: SectionKind;
  /** Index of the sentence in its text. */
  index: number;
  /** Under a heading that names a part of the proposal ("Avsnitt 8 Tillsyn"), not the whole. */
  underPart?: boolean;
  /**
   * Set by runRules while the rules run: the token indices where some rule's trigger may start
   * (every other token starts no phrase of any rule), so phrase rules look only there.
   */
  starts?: readonly number[];
}

/** One piece of evidence: a phrase that points to a stance. */
export interface Signal {
  /** The stance it points to ('conditional' for reservations and demands). */
  stance: Stance;
  /** Base weight from the lexicon (section and description factors come later). */
  weight: number;
  kind: SignalKind;
  /** The phrase: offsets into ctx.text. */
  start: number;
  end: number;
  /** Token index of the phrase's first word, to order signals inside a sentence. */
  at: number;
  /** A reported or subordinate stance (har tillstyrkt, verktyg som stöder): never the lead. */
  muted?: boolean;
  /** Muted for its tense: a stance in the perfect or past ("har tillstyrkt", "tillstyrkte"). */
  past?: boolean;
  /** A comment rather than a requirement ("vill påpeka", "har följande synpunkter"): lexicon Entry.comment. */
  comment?: boolean;
  /** The lexicon entry is a formal stance (weight ≥ 1.2: avstyrker, avslår, tillstyrker), whatever the discounts did to `weight`. */
  formal?: boolean;
}

/** A lexicon list: [phrase, entry] pairs (lexicon.ts). */
export type LexList = readonly (readonly [string, Entry])[];

/**
 * The words a rule can fire on, declared with the rule. runRules skips a sentence in which
 * no rule's triggers occur (rules/index.ts derives that filter from these declarations).
 */
export interface Triggers {
  /** Lexicon lists the rule matches: a sentence qualifies when one of their phrases can start in it. */
  readonly lists?: readonly LexList[];
  /** First words in the phrase language of patterns.ts: "varken", "yttra*", "vare|varken". */
  readonly words?: readonly string[];
  /**
   * The words count only beside another rule's trigger, and do not admit a sentence on
   * their own: what the rule finds weighs nothing without the other rule's signal.
   */
  readonly alongside?: boolean;
}

/** A rule: sentence in, signals out. Pure. It declares the words it can fire on. */
export interface Rule {
  readonly name: string;
  readonly triggers: Triggers;
  /** A fresh array each call: runRules may add other rules' signals to it. */
  readonly run: (ctx: SentenceContext) => Signal[];
  /**
   * The rule finds signals only at words where one of its declared triggers can start (true of
   * every phraseRule): runRules then skips it in a sentence without such a word.
   */
  readonly onlyAtTriggers?: boolean;
}
