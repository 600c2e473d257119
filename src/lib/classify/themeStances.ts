/**
 * A stance for every theme: explicit from the sentences about it (or from its own column
 * in themeTexts), else inherited from the overall stance. Sentences about a theme with only
 * demands or reservations make it conditional (opposing when the whole answer opposes).
 *
 * Which sentences are about a theme: those that name it (themes.ts), the ones under a heading
 * that names it, and the ones pointing back to it ("den delen", "till detta", "Det ställer
 * sig förbundet tveksamt till"). A sentence that names several themes belongs to those it
 * names most fully, and each takes the clause that names it; a sentence that names one is
 * cut at its contrast words (men, dock) when the part is named in a clause with a formal
 * position of its own, or when a later clause names another theme. A theme named by a
 * description that no sentence names whole takes the sentences with one of its distinctive
 * (long, compound) words.
 */
import { dict } from '../domain/own.ts';
import type { Evidence, Stance, ThemeStance } from '../domain/types.ts';
import { analyseText } from './analyse.ts';
import { CONDITION_THRESHOLD, NOISE, decide, tally } from './decide.ts';
import { pickEvidence } from './evidence.ts';
import { head } from './limits.ts';
import { resolve, type AnalysedSentence, type Weighted } from './resolve.ts';
import { bitCount, keywordIn, mentions, mentionsAll, nameHits, themeSet, type ThemeMatcher } from './themes.ts';

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

/** A theme named this much less fully than the best-named one in a sentence is left to that one. */
const COVERAGE_GAP = 0.25;

/** How much of a theme's name the sentence covers: 1 for a keyword of its own, else the share of the name's content words. */
function coverage(m: ThemeMatcher, tokens: AnalysedSentence['ctx']['tokens']): number {
  if (!m.nameStems.length || keywordIn(m, tokens)) return 1;
  return bitCount(nameHits(m, tokens)) / m.nameStems.length;
}

/**
 * Of several themes a sentence names, those it names best: "Prövning av huvudmännens vandel
 * och ekonomiska skötsamhet" is about that part, not about "prövning av ägarnas lämplighet".
 */
function closest(matchers: ThemeMatcher[], here: readonly number[], tokens: AnalysedSentence['ctx']['tokens']): readonly number[] {
  if (here.length < 2) return here;
  const cov = here.map((j) => coverage(matchers[j], tokens));
  const best = Math.max(...cov);
  return here.filter((_, k) => cov[k] >= best - COVERAGE_GAP);
}

function partInfo(part: Analysed, matchers: ThemeMatcher[]): PartInfo {
  const set = themeSet(matchers);
  const about: (readonly number[])[] = [];
  const mentionedHere: boolean[] = [];
  let headed: readonly number[] = [];
  // Sentences that take some position (any signal left standing).
  const positioned = new Set<number>();
  for (const x of part.signals) if (x.eff > 0) positioned.add(x.sentence);
  for (let i = 0; i < part.sentences.length; i++) {
    const a = part.sentences[i];
    const here = closest(matchers, mentionsAll(set, a.ctx.tokens, a.ctx.sentence.text), a.ctx.tokens);
    if (isHeading(a)) {
      // "Avsnitt 5 Antagning", "Kontinuitet i hemtjänsten": the sentences below are about it.
      headed = here;
      about.push(here);
      mentionedHere.push(true);
      continue;
    }
    // "Förvaltningen tar inte ställning till den delen": the theme of the sentence before, or of
    // the one before that when the sentence between takes no position ("X föreslås. Utredningen
    // menar ... . Kommunen ställer sig avvisande till detta.").
    let prev: readonly number[] = i > 0 && !isHeading(part.sentences[i - 1]) ? about[i - 1] : [];
    if (!prev.length && i > 1 && !isHeading(part.sentences[i - 1]) && !isHeading(part.sentences[i - 2]) && !positioned.has(part.sentences[i - 1].ctx.index)) prev = about[i - 2];
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
  if (t.length === 0) return false;
  // "Detta välkomnar nämnden": a pronoun opening the sentence stands for what was just said.
  if ((t[0].w === 'detta' || t[0].w === 'dessa') && !PART_NOUNS.has(t[1]?.w ?? '')) return true;
  // "... ställer sig avvisande till detta", "har inget att invända mot dessa".
  for (let k = 1; k < t.length; k++) if ((t[k].w === 'detta' || t[k].w === 'dessa') && STANCE_PREPS.has(t[k - 1].w) && !PART_NOUNS.has(t[k + 1]?.w ?? '')) return true;
  // "Det ställer sig förbundet tveksamt till": the object put first, its preposition left at the end.
  return t[0].w === 'det' && t.length > 2 && STRANDED_PREPS.has(t[t.length - 1].w);
}

/** Prepositions that take the object of a position ("positiv till", "invändningar mot", "ställer sig bakom"). */
const STANCE_PREPS = new Set(['till', 'mot', 'bakom']);
const STRANDED_PREPS = new Set(['till', 'mot', 'på', 'i', 'om', 'med', 'för', 'bakom']);

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
  // "Nämnden tillstyrker, med hänsyn till X, ...": the verb governing the clause; with the
  // contrast that opens the clause ("positiv till förslagen, men anser att X och Y behöver
  // övervägas ytterligare": a reservation about X and Y).
  const before = signals.filter((x) => x.at < named[0][0]);
  return before.length ? [...before, ...inside] : signals;
}

const STANCE_KINDS = new Set(['support', 'agree', 'oppose', 'abstain']);
/** A content word of a name this long (its stem: the word less two letters) is distinctive alone: a compound like kontrolluppgifter. */
const DISTINCT_STEM = 8;

/** Does the clause (tokens s..e) name the theme, by its words or a distinctive word of its name? */
function namesIn(m: ThemeMatcher, a: AnalysedSentence, s: number, e: number, weak: boolean): boolean {
  const sub = a.ctx.tokens.slice(s, e);
  if (sub.length === 0) return false;
  if (mentions(m, sub, a.ctx.text.slice(sub[0].start, sub[sub.length - 1].end).toLowerCase())) return true;
  return weak && (nameHits(m, sub) & distinctStems(m)) !== 0;
}

/**
 * A sentence that names one theme, cut at its contrast words (men, dock): "Vi tillstyrker
 * flertalet av ändringarna, men kan inte tillstyrka ändringarna om X" takes the clause that
 * names X when that clause takes a position of its own; "välkomnar X men belyser problem
 * kring Y" leaves the clause about another theme Y out. A contrast clause that names nothing
 * else is about X ("säger ja till X, men kräver överväganden om hur det ska utformas").
 */
function contrastClauses(a: AnalysedSentence, signals: Weighted[], matchers: ThemeMatcher[], mi: number): Weighted[] {
  const t = a.ctx.tokens;
  const cuts: number[] = [0];
  for (let k = 1; k < t.length; k++) if (CLAUSE_CONTRAST.has(t[k].w)) cuts.push(k);
  if (cuts.length === 1) return signals;
  cuts.push(t.length);
  const m = matchers[mi];
  let first = -1;
  for (let c = 0; c + 1 < cuts.length && first < 0; c++) if (namesIn(m, a, cuts[c], cuts[c + 1], false)) first = c;
  if (first < 0) return signals;
  const from = cuts[first];
  if (first > 0) {
    // Named after the contrast: that clause's own position, if it takes one.
    const after = signals.filter((x) => x.at >= from);
    return after.some((x) => STANCE_KINDS.has(x.kind) && x.formal) ? after : signals;
  }
  // Named first: up to a later clause that names another theme.
  let to = t.length;
  for (let c = 1; c + 1 < cuts.length && to === t.length; c++) {
    if (matchers.some((o, j) => j !== mi && namesIn(o, a, cuts[c], cuts[c + 1], true))) to = cuts[c];
  }
  return signals.filter((x) => x.at < to);
}

/** Bits of the name's distinctive stems (nameHits order). */
function distinctStems(m: ThemeMatcher): number {
  let distinct = 0;
  m.nameStems.forEach((st, i) => {
    if (st.length >= DISTINCT_STEM) distinct |= 1 << i;
  });
  return distinct;
}

interface PartSentences {
  part: Analysed;
  sentences: AnalysedSentence[];
  signals: Weighted[];
}

/**
 * A part named by a description ("månatliga kontrolluppgifter") that no sentence names whole:
 * the sentences about no other theme that have one of its distinctive words
 * ("kontrolluppgift en gång i månaden").
 */
function weakSentences(m: ThemeMatcher, parts: Analysed[], infos: Map<Analysed, PartInfo>): PartSentences[] {
  const distinct = distinctStems(m);
  const out: PartSentences[] = [];
  if (!distinct) return out;
  for (const part of parts) {
    const info = infos.get(part)!;
    const sentences: AnalysedSentence[] = [];
    const signals: Weighted[] = [];
    for (let i = 0; i < part.sentences.length; i++) {
      if (info.about[i].length) continue;
      const a = part.sentences[i];
      if (!(nameHits(m, a.ctx.tokens) & distinct)) continue;
      sentences.push(a);
      for (const x of info.bySentence.get(a.ctx.index) ?? []) if (x.eff > 0) signals.push(x);
    }
    out.push({ part, sentences, signals });
  }
  return out;
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
    let perPart: PartSentences[] = [];
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
        // Two themes in one sentence: each takes the clause that names it ("X tillstyrks, men Y
        // avstyrks"); one theme: the clauses about it, cut at the contrast words.
        const here = info.mentionedHere[i];
        const picked = here && info.about[i].some((j) => j !== mi) ? clauseSignals(a, own, m) : here ? contrastClauses(a, own, matchers, mi) : own;
        for (const x of picked) sig.push(x);
      }
      for (const x of sig) local.push(x);
      perPart.push({ part, sentences: about, signals: sig });
    }
    let stance = localStance(local, overall);
    if (stance === null && m.nameStems.length > 1) {
      // Nothing said where the name stands whole: the sentences that name its distinctive word.
      const weak = weakSentences(m, parts, infos);
      const ws = localStance(weak.flatMap((p) => p.signals), overall);
      if (ws !== null) {
        stance = ws;
        perPart = weak;
      }
    }
    if (stance === null) {
      out[m.name] = { stance: overall, explicit: false, evidence: [] };
      continue;
    }
    for (const p of perPart) evidence = evidence.concat(pickEvidence(p.part.text, p.part.sentences, p.signals, stance, 2));
    out[m.name] = { stance, explicit: true, evidence: evidence.slice(0, 3) };
  }
  return out;
}
