/**
 * A stance for every theme: explicit from the sentences about it (or from its own column
 * in themeTexts), else inherited from the overall stance. Sentences about a theme with only
 * demands or reservations make it conditional (opposing when the whole answer opposes).
 */
import { dict } from '../domain/own.ts';
import type { Evidence, Stance, ThemeStance } from '../domain/types.ts';
import { analyseText } from './analyse.ts';
import { CONDITION_THRESHOLD, NOISE, decide, tally } from './decide.ts';
import { pickEvidence } from './evidence.ts';
import { head } from './limits.ts';
import { resolve, type AnalysedSentence, type Weighted } from './resolve.ts';
import { mentions, mentionsAll, themeSet, type ThemeMatcher } from './themes.ts';

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

interface PartInfo {
  /** Per sentence: indices of the themes it is about. */
  about: (readonly number[])[];
  /** Per sentence: true when the themes are named in the sentence itself (not only by a heading). */
  mentionedHere: boolean[];
  bySentence: Map<number, Weighted[]>;
}

/** A heading line: short, no closing punctuation, a line of its own. */
function isHeading(a: AnalysedSentence): boolean {
  const { sentence, tokens, text } = a.ctx;
  if (tokens.length === 0 || tokens.length > 8) return false;
  const last = sentence.text[sentence.text.length - 1];
  if (last === '.' || last === '!' || last === '?' || last === ';' || last === ',' || last === ':') return false;
  const next = text[sentence.end];
  return next === undefined || next === '\n' || next === '\r';
}

function partInfo(part: Analysed, matchers: ThemeMatcher[]): PartInfo {
  const set = themeSet(matchers);
  const about: (readonly number[])[] = [];
  const mentionedHere: boolean[] = [];
  let headed: readonly number[] = [];
  for (let i = 0; i < part.sentences.length; i++) {
    const a = part.sentences[i];
    const here = mentionsAll(set, a.ctx.tokens, a.ctx.sentence.text);
    if (isHeading(a)) {
      // "Avsnitt 5 Antagning", "Kontinuitet i hemtjänsten": the sentences below are about it.
      headed = here;
      about.push(here);
      mentionedHere.push(true);
      continue;
    }
    // "Förvaltningen tar inte ställning till den delen": the theme of the sentence before.
    const prev = i > 0 && !isHeading(part.sentences[i - 1]) ? about[i - 1] : [];
    about.push(here.length ? here : prev.length && anaphoric(a.ctx.tokens) ? prev : headed);
    mentionedHere.push(here.length > 0);
  }
  const bySentence = new Map<number, Weighted[]>();
  for (const x of part.signals) {
    const l = bySentence.get(x.sentence);
    if (l) l.push(x);
    else bySentence.set(x.sentence, [x]);
  }
  return { about, mentionedHere, bySentence };
}

const DEMONSTRATIVES = new Set(['den', 'denna', 'detta', 'dessa', 'det']);
const PART_NOUNS = new Set(['delen', 'del', 'delar', 'delarna', 'inriktningen', 'inriktning', 'inriktningar', 'inriktningarna', 'förslaget', 'förslag', 'förslagen', 'frågan', 'fråga', 'frågor', 'frågorna', 'punkten', 'avsnittet', 'åtgärden']);

/** Does the sentence point back to the part just named ("den delen", "detta förslag")? */
function anaphoric(t: AnalysedSentence['ctx']['tokens']): boolean {
  for (let k = 0; k + 1 < t.length; k++) if (DEMONSTRATIVES.has(t[k].w) && PART_NOUNS.has(t[k + 1].w)) return true;
  return false;
}

const CLAUSE_CONTRAST = new Set(['men', 'dock', 'däremot', 'medan', 'emellertid', 'samtidigt']);

/** The signals of the clauses that name the theme; else of the nearest clause before. */
function clauseSignals(a: AnalysedSentence, signals: Weighted[], m: ThemeMatcher): Weighted[] {
  const t = a.ctx.tokens;
  const clauses: [number, number][] = [];
  let from = 0;
  for (let k = 1; k < t.length; k++) {
    if (t[k].brk || CLAUSE_CONTRAST.has(t[k].w)) {
      clauses.push([from, k]);
      from = k;
    }
  }
  clauses.push([from, t.length]);
  const text = a.ctx.text;
  const named = clauses.filter(([s, e]) => {
    const sub = t.slice(s, e);
    return mentions(m, sub, text.slice(sub[0].start, sub[sub.length - 1].end).toLowerCase());
  });
  if (named.length === 0) return signals;
  const inside = signals.filter((x) => named.some(([s, e]) => x.at >= s && x.at < e));
  if (inside.some((x) => x.kind !== 'contrast')) return inside;
  // "Nämnden tillstyrker, med hänsyn till X, ...": the verb governing the clause.
  const before = signals.filter((x) => x.at < named[0][0]);
  return before.length ? before : signals;
}

export function classifyThemes(
  matchers: ThemeMatcher[],
  overall: Stance,
  themeTexts: Record<string, string> | undefined,
  parts: Analysed[],
): Record<string, ThemeStance> {
  const out = dict<ThemeStance>();
  // Per part, once: which themes each sentence is about (its words, or the heading above it).
  const infos = new Map<Analysed, PartInfo>();
  for (let mi = 0; mi < matchers.length; mi++) {
    const m = matchers[mi];
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
      let info = infos.get(part);
      if (!info) infos.set(part, (info = partInfo(part, matchers)));
      const about: AnalysedSentence[] = [];
      const sig: Weighted[] = [];
      for (let i = 0; i < part.sentences.length; i++) {
        if (!info.about[i].includes(mi)) continue;
        const a = part.sentences[i];
        about.push(a);
        const own = (info.bySentence.get(a.ctx.index) ?? []).filter((x) => x.eff > 0);
        // Two themes in one sentence: each takes the clause that names it ("X tillstyrks, men Y avstyrks").
        const others = info.about[i].some((j) => j !== mi) && info.mentionedHere[i];
        for (const x of others ? clauseSignals(a, own, matchers[mi]) : own) sig.push(x);
      }
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
