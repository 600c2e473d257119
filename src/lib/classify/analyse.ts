/**
 * Text to analysed sentences: split, tokenise, place in a section, run the rules.
 * Body text gets sections from its headings; the decision column is all 'decision';
 * a per-theme column is plain text.
 */
import { isDescriptiveSentence } from './description.ts';
import { runRules } from './rules/index.ts';
import type { AnalysedSentence } from './resolve.ts';
import type { SentenceContext } from './rules/types.ts';
import { headingKind, inlineDecision, type SectionKind } from './sections.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';

export type TextKind = 'body' | 'decision' | 'theme';

export function analyseText(text: string, kind: TextKind): AnalysedSentence[] {
  const out: AnalysedSentence[] = [];
  let current: SectionKind = kind === 'decision' ? 'decision' : 'text';
  let underPart = false;
  const segments = splitSentences(text);
  for (let index = 0; index < segments.length; index++) {
    const sentence = segments[index];
    const tokens = tokenize(text, sentence.start, sentence.end);
    let section: SectionKind = current;
    const ctx: SentenceContext = { text, sentence, tokens, section, index, starts: undefined };
    const signals = runRules(ctx);
    if (kind === 'body') {
      const h = headingKind(sentence, tokens) ?? labelKind(sentence.text, tokens);
      if (h) {
        current = section = h;
        underPart = false;
      } else if (inlineDecision(tokens)) section = 'decision';
      else if (signals.length === 0 && otherHeading(text, sentence, tokens)) {
        // "Avsnitt 8 Tillsyn", "Kontinuitet i hemtjänsten": a part of the proposal. It ends
        // the summary, the decision or the background above it.
        if (current !== 'views' && current !== 'text') current = section = 'text';
        underPart = true;
      }
      ctx.section = section;
      if (underPart) ctx.underPart = true;
    }
    out.push({ ctx, signals, descriptive: isDescriptiveSentence(tokens) });
  }
  return out;
}

/** "Förslag till beslut: Nämnden ..." — a heading followed by a colon, on the same line. */
function labelKind(text: string, tokens: ReturnType<typeof tokenize>): SectionKind | null {
  const colon = text.indexOf(':');
  if (colon < 3 || colon > 45) return null;
  const base = tokens.length ? tokens[0].start : 0;
  const head = tokens.filter((t) => t.end - base <= colon);
  if (head.length === 0 || head.length === tokens.length) return null;
  return headingKind({ start: 0, end: colon, text: text.slice(0, colon) }, head);
}

/** A heading of a kind sections.ts does not name: a short line of its own, no closing punctuation, capitalised. */
function otherHeading(text: string, seg: { start: number; end: number; text: string }, tokens: ReturnType<typeof tokenize>): boolean {
  if (tokens.length === 0 || tokens.length > 7) return false;
  const last = seg.text[seg.text.length - 1];
  if (last === '.' || last === ',' || last === ';' || last === ':' || last === '!' || last === '?') return false;
  const next = text[seg.end];
  if (next !== undefined && next !== '\n' && next !== '\r') return false;
  const first = seg.text[0];
  return first !== first.toLowerCase() || (first >= '0' && first <= '9');
}
