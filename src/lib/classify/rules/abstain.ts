/**
 * No position: avstår från att yttra sig, berör inte nämndens verksamhet, har inga
 * synpunkter, tar inte ställning, avgränsar sitt yttrande till ...
 *
 * Decision: "har inga synpunkter" alone is none (declining to comment), while "inget att
 * erinra/invända" is a yes (support.ts). "I övrigt har nämnden inga (ytterligare)
 * synpunkter" closes a text that took a stance, and says nothing here.
 */
import { ABSTAIN } from '../lexicon.ts';
import { phraseRule } from './phraseRule.ts';

// "inga särskilda synpunkter": nothing to add, not a refusal to take a position.
const CLOSING = new Set(['övrigt', 'ytterligare', 'utöver', 'vidare', 'andra', 'fler', 'därutöver', 'övriga', 'särskilda', 'särskild', 'närmare']);

export const abstainRule = phraseRule('abstain', ABSTAIN, (s, m, ctx) => {
  const t = ctx.tokens;
  const lo = Math.max(0, m.first - 4);
  for (let k = lo; k <= m.last + 1 && k < t.length; k++) if (CLOSING.has(t[k].w)) return null;
  // "inga synpunkter på X utöver att ...": only a remark to add; "inga synpunkter på förslaget
  // i övrigt": nothing to add to what was said.
  if (m.phrase.data.kind === 'abstain' && t[m.last].w.startsWith('synpunkt')) for (let k = m.last + 1; k < t.length && k <= m.last + 10; k++) if (t[k].w === 'utöver' || (t[k].w === 'övrigt' && t[k - 1].w === 'i')) return null;
  return s;
});
