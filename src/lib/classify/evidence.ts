/**
 * Evidence spans: the sentences the verdict rests on, strongest first. A long sentence is
 * cut to a window around the phrase, at white space, so the span stays readable.
 * Offsets always point into the text the sentence came from.
 */
import { trimEndOf } from './trimEnd.ts';
import type { Evidence, Stance } from '../domain/types.ts';
import type { AnalysedSentence, Weighted } from './resolve.ts';

const MAX_SPAN = 300;
const BEFORE = 120;
const AFTER = 160;

/** The span for a signal: its sentence, or a window around the phrase when long. */
export function spanOf(text: string, a: AnalysedSentence, s: Weighted): { start: number; end: number; text: string } {
  let { start, end } = a.ctx.sentence;
  if (end - start > MAX_SPAN) {
    let ws = Math.max(start, s.start - BEFORE);
    let we = Math.min(end, s.end + AFTER);
    if (ws > start) {
      const sp = text.indexOf(' ', ws);
      if (sp >= 0 && sp < s.start) ws = sp + 1;
    }
    if (we < end) {
      const sp = text.lastIndexOf(' ', we);
      if (sp > s.end) we = sp;
    }
    start = ws;
    end = we;
  }
  const body = trimEndOf(text.slice(start, end), '.;:,');
  return { start, end: start + body.length, text: body };
}

/** Which kinds of signal speak for a stance. */
export function speaksFor(stance: Stance, s: Weighted): boolean {
  switch (stance) {
    case 'supporting':
      return s.kind === 'support' || s.kind === 'agree';
    case 'opposing':
      return s.kind === 'oppose';
    case 'none':
      return s.kind === 'abstain';
    default:
      return s.kind !== 'abstain' && s.kind !== 'reference';
  }
}

/** A signal's rank within its sentence: the stance verb before a condition cue. */
function rank(x: Weighted): number {
  return x.eff + (x.kind === 'support' || x.kind === 'oppose' || x.kind === 'abstain' ? 10 : 0);
}

/** Up to `max` evidence spans, one per sentence, strongest first. `sentences` is the whole text's list (indexed by sentence number). */
export function pickEvidence(
  text: string,
  sentences: AnalysedSentence[],
  signals: Weighted[],
  stance: Stance,
  max = 4,
): Evidence[] {
  const best = new Map<number, Weighted>();
  for (const s of signals) {
    if (s.eff <= 0 || !speaksFor(stance, s)) continue;
    const cur = best.get(s.sentence);
    // Within a sentence prefer the stance verb over a condition cue.
    if (!cur || rank(s) > rank(cur)) best.set(s.sentence, s);
  }
  return [...best.values()]
    .sort((a, b) => b.eff - a.eff || a.start - b.start)
    .slice(0, max)
    .map((s) => {
      const sp = spanOf(text, sentences[s.sentence], s);
      return { start: sp.start, end: sp.end, text: sp.text, source: s.source, stance: s.stance };
    });
}
