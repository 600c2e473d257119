/**
 * Whose words are quoted? A report quotes several bodies ("”Otydligt, men positiv till
 * förslagen”, skriver Flens kommun."): the sentences inside a quotation attributed to
 * another speaker are that speaker's view, not the respondent's. The attribution follows the
 * closing mark: ", skriver / säger / menar ... X". The respondent quoted ("skriver
 * myndigheten") speaks for itself; an attribution the words do not settle ("skriver man")
 * changes nothing.
 *
 * One pass over each sentence's characters, so linear in the text.
 */
import type { AnalysedSentence } from './resolve.ts';
import { speakerKind, type RespondentName } from './subject.ts';

const QUOTE_MARKS = new Set(['”', '“', '"', '«', '»']);
const SAYS = new Set(['skriver', 'säger', 'sa', 'menar', 'anser', 'konstaterar', 'tillägger', 'uppger', 'framhåller', 'betonar', 'påpekar']);

/** The indices (in `sentences`) of the sentences quoted from another speaker. */
export function quotedFromOthers(sentences: readonly AnalysedSentence[], r: RespondentName | null): Set<number> {
  const out = new Set<number>();
  if (!r) return out;
  let open = -1; // the sentence where the current quotation opened
  for (let i = 0; i < sentences.length; i++) {
    const { ctx } = sentences[i];
    const { text, sentence, tokens } = ctx;
    let k = 0; // the first token after the mark: only moves forward, so a sentence costs its length
    for (let c = sentence.start; c < sentence.end; c++) {
      if (!QUOTE_MARKS.has(text[c])) continue;
      if (open < 0) {
        open = i;
        continue;
      }
      // A closing mark: who is said to have said it?
      const from = open;
      open = -1;
      while (k < tokens.length && tokens[k].start <= c) k++;
      if (k >= tokens.length || !SAYS.has(tokens[k].w)) continue;
      if (speakerKind(text, tokens, k + 1, r) === 'other') for (let j = from; j <= i; j++) out.add(j);
    }
    // A quotation never runs on for long: one left open past a few sentences was a stray mark.
    if (open >= 0 && i - open >= 4) open = -1;
  }
  return out;
}
