/**
 * Conditions (villkor) as data: the clause a respondent attaches to its yes.
 * - "under förutsättning att X", "förutsätter att X", "vikten av att X": X;
 * - "efterfrågar X", "efterlyser X", "saknar X": the trigger and X;
 * - "X bör/behöver/måste Y": from the start of the clause (after "att") to its end.
 * Only from sentences that carry the respondent's own view (not descriptions of the
 * proposal, not background), and not a modal that is the content of a stance verb
 * ("tillstyrker förslaget att det bör införas").
 */
import { trimEndOf } from './trimEnd.ts';
import type { Condition } from '../domain/types.ts';
import { compile, findPhrases } from './patterns.ts';
import type { AnalysedSentence, Weighted } from './resolve.ts';

type Mode = 'after' | 'from' | 'clause';
const TRIGGERS = compile<Mode>([
  ['under förutsättning* att', 'after'],
  ['förutsatt|givet att', 'after'],
  ['förutsätter … att', 'after'],
  ['förutsättningen … är att', 'after'],
  ['vikten av att', 'after'],
  ['vikten av', 'after'],
  ['på villkor att', 'after'],
  ['efterfråga*|efterlys*|saknar|önskar', 'from'],
  ['bör|behöver|måste', 'clause'],
]);
const MAX_CONDITIONS = 50;

export function extractConditions(
  text: string,
  sentences: AnalysedSentence[],
  signals: Weighted[],
  themeOf: (a: AnalysedSentence) => string | null,
): Condition[] {
  const out: Condition[] = [];
  // Signals by sentence, built once: filtering per sentence would be quadratic.
  const bySentence = new Map<number, Weighted[]>();
  for (const x of signals) if (x.eff > 0) (bySentence.get(x.sentence) ?? bySentence.set(x.sentence, []).get(x.sentence)!).push(x);
  for (const a of sentences) {
    if (out.length >= MAX_CONDITIONS) break;
    if (a.descriptive || a.ctx.section === 'background') continue;
    const t = a.ctx.tokens;
    const own = bySentence.get(a.ctx.index);
    if (!own) continue; // every trigger is also a lexicon cue
    const m = findPhrases(TRIGGERS, t)[0];
    if (!m) continue;
    const mode = m.phrase.data;
    if (mode === 'clause') {
      if (own.some((s) => (s.kind === 'support' || s.kind === 'agree' || s.kind === 'oppose') && s.at < m.first)) continue;
      if (own.some((s) => s.kind === 'oppose')) continue;
    }
    let start: number;
    if (mode === 'after') start = t[m.last].end;
    else if (mode === 'from') start = t[m.first].start;
    else {
      let k = m.first;
      while (k > 0 && t[k].brk === false && t[k - 1].w !== 'att') k--;
      start = t[k].start;
    }
    const end = a.ctx.sentence.end;
    let s = start;
    while (s < end && /\s/.test(text[s])) s++;
    const body = trimEndOf(text.slice(s, end), '.;:!?,');
    if (body.length < 3) continue;
    out.push({ theme: themeOf(a), text: body, start: s, end: s + body.length });
  }
  return out;
}
