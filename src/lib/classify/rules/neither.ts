/**
 * "varken tillstyrker eller avstyrker", "vare sig positiv eller negativ": the respondent
 * explicitly takes no position. phraseRule drops the stance verbs inside; this says 'none'.
 */
import type { Rule, SentenceContext, Signal, Triggers } from './types.ts';

const STANCE_STEMS = ['tillstyrk', 'avstyrk', 'bifall', 'avslå', 'positiv', 'negativ', 'stöd', 'för', 'emot', 'ställ', 'motsätt', 'välkomn'];
const isStanceWord = (w: string) => STANCE_STEMS.some((s) => w.startsWith(s));

export const neitherTriggers: Triggers = { words: ['varken', 'vare'] };

function run(ctx: SentenceContext): Signal[] {
  const t = ctx.tokens;
  const out: Signal[] = [];
  for (let i = 0; i < t.length; i++) {
    const w = t[i].w;
    const vare = w === 'vare' && t[i + 1]?.w === 'sig';
    if (w !== 'varken' && !vare) continue;
    let stance = false;
    for (let j = i + (vare ? 2 : 1); j < t.length && j <= i + 9; j++) {
      if (t[j].brk) break;
      if (isStanceWord(t[j].w)) stance = true;
      if (t[j].w === 'eller') {
        if (stance || isStanceWord(t[j + 1]?.w ?? '')) {
          out.push({ stance: 'none', weight: 1.5, kind: 'abstain', start: t[i].start, end: t[j + 1]?.end ?? t[j].end, at: i });
        }
        break;
      }
    }
  }
  return out;
}

export const neitherRule: Rule = { name: 'neither', triggers: neitherTriggers, run, onlyAtTriggers: true };
