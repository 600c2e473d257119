/**
 * The one signature every rule has: a sentence in its context in, signals out.
 */
import type { Stance } from '../../domain/types.ts';
import type { SignalKind } from '../lexicon.ts';
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
}

/** A rule: sentence in, signals out. Pure. */
export type Rule = (ctx: SentenceContext) => Signal[];
