/**
 * A stance for every theme: explicit from the sentences about it (or from its own column
 * in themeTexts), else inherited from the overall stance. Sentences about a theme with only
 * demands or reservations make it conditional (opposing when the whole answer opposes).
 */
import type { Evidence, Stance, ThemeStance } from '../domain/types.ts';
import { analyseText } from './analyse.ts';
import { CONDITION_THRESHOLD, NOISE, decide, tally } from './decide.ts';
import { pickEvidence } from './evidence.ts';
import { head } from './limits.ts';
import { resolve, type AnalysedSentence, type Weighted } from './resolve.ts';
import { mentions, type ThemeMatcher } from './themes.ts';

export interface Analysed {
  text: string;
  sentences: AnalysedSentence[];
  signals: Weighted[];
}

function localStance(signals: Weighted[], overall: Stance): Stance | null {
  const t = tally(signals);
  if (t.yes >= NOISE || t.no >= NOISE) return decide(t);
  if (t.cond >= NOISE) return overall === 'opposing' ? 'opposing' : 'conditional';
  if (t.abstain >= NOISE) return 'none';
  if (t.cond >= CONDITION_THRESHOLD) return 'conditional';
  return null;
}

function findText(themeTexts: Record<string, string> | undefined, name: string): string {
  if (!themeTexts) return '';
  const key = name.toLocaleLowerCase('sv-SE');
  for (const [k, v] of Object.entries(themeTexts)) {
    if (k.toLocaleLowerCase('sv-SE') === key && typeof v === 'string') return v;
  }
  return '';
}

export function classifyThemes(
  matchers: ThemeMatcher[],
  overall: Stance,
  themeTexts: Record<string, string> | undefined,
  parts: Analysed[],
): Record<string, ThemeStance> {
  const out: Record<string, ThemeStance> = {};
  // Each sentence lower-cased once for all themes (toLowerCase() equals the sv-SE lower case).
  const lowers = new Map<Analysed, string[]>();
  const lowerOf = (part: Analysed) => {
    let l = lowers.get(part);
    if (!l) lowers.set(part, (l = part.sentences.map((a) => a.ctx.sentence.text.toLowerCase())));
    return l;
  };
  for (const m of matchers) {
    const own = findText(themeTexts, m.name);
    if (own.trim()) {
      const sentences = analyseText(head(own), 'theme');
      const signals = resolve(sentences, () => `tema: ${m.name}`);
      const stance = localStance(signals, overall) ?? overall;
      out[m.name] = { stance, explicit: true, evidence: pickEvidence(own, sentences, signals, stance, 2) };
      continue;
    }
    let evidence: Evidence[] = [];
    const local: Weighted[] = [];
    const perPart: { part: Analysed; sentences: AnalysedSentence[]; signals: Weighted[] }[] = [];
    for (const part of parts) {
      const lower = lowerOf(part);
      const about = part.sentences.filter((a, i) => mentions(m, a.ctx.tokens, lower[i]));
      const idx = new Set(about.map((a) => a.ctx.index));
      const sig = part.signals.filter((s) => idx.has(s.sentence) && s.eff > 0);
      for (const x of sig) local.push(x);
      perPart.push({ part, sentences: about, signals: sig });
    }
    const stance = localStance(local, overall);
    if (stance === null) {
      out[m.name] = { stance: overall, explicit: false, evidence: [] };
      continue;
    }
    for (const p of perPart) evidence = evidence.concat(pickEvidence(p.part.text, p.part.sentences, p.signals, stance, 2));
    out[m.name] = { stance, explicit: true, evidence: evidence.slice(0, 3) };
  }
  return out;
}
