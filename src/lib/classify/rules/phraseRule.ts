/**
 * Build a rule from a lexicon list: find the phrases, apply negation scope.
 * Negated yes becomes no and negated no becomes a (weaker) yes; phrases with their own
 * negation are taken as they are; 'drop' phrases say nothing when negated.
 */
import type { Stance } from '../../domain/types.ts';
import { NOT_FOLLOWED_BY, NOT_PRECEDED_BY, type Entry, type SignalKind } from '../lexicon.ts';
import { isNegated, neitherNor, raisedNegation } from '../negation.ts';
import { compile, findPhrases, type PhraseMatch } from '../patterns.ts';
import type { LexList, Rule, SentenceContext, Signal } from './types.ts';

const STANCE_OF: Record<SignalKind, Stance> = {
  support: 'supporting',
  agree: 'supporting',
  oppose: 'opposing',
  abstain: 'none',
  condition: 'conditional',
  demand: 'conditional',
  contrast: 'conditional',
  qualifier: 'conditional',
  reference: 'none',
};

/** Turn one match into a signal, or null. */
export function toSignal(ctx: SentenceContext, m: PhraseMatch<Entry>): Signal | null {
  const e = m.phrase.data;
  const t = ctx.tokens;
  let kind = e.kind;
  let weight = e.w;
  let muted = false;
  let past = false;
  const stanceKind = kind === 'support' || kind === 'agree' || kind === 'oppose';
  const nextWords = NOT_FOLLOWED_BY[t[m.last].w];
  if (nextWords && m.last + 1 < t.length && nextWords.includes(t[m.last + 1].w)) return null;
  const prevWords = NOT_PRECEDED_BY[t[m.last].w];
  if (prevWords && m.last > m.first && prevWords.includes(t[m.last - 1].w)) return null;
  // "det godkända avtalet", "en tidigare antagen plan": a participle describing a thing, not a stance.
  if (stanceKind && m.first === m.last && PARTICIPLES.has(t[m.first].w) && m.first > 0 && ATTRIBUTIVE_BEFORE.has(t[m.first - 1].w)) return null;
  // "ansökan om godkännande av installationer": the noun names a procedure; "ger sitt godkännande" is a yes.
  if (stanceKind && m.first === m.last && STANCE_NOUNS.has(t[m.first].w) && !GIVES_STANCE.has(t[m.first - 1]?.w ?? '')) return null;
  // "godkännandeprocessen", "godkännandebeviset": a compound noun that names a thing.
  if (stanceKind && m.first === m.last && isCompoundOfStanceNoun(t[m.first].w)) return null;
  // "varken tillstyrker eller avstyrker": no position (rules/neither.ts says so).
  if (stanceKind && neitherNor(t, m.first)) return null;
  if (e.neg !== 'own' && stanceKind && !isNegated(t, m.first, m.last) && raisedNegation(t, m.first)) {
    // "anser inte att förslaget bör genomföras": the opinion's negation turns the clause.
    kind = kind === 'oppose' ? 'support' : 'oppose';
    weight = Math.min(weight, kind === 'support' ? 0.8 : 1.2);
  } else if (e.neg !== 'own' && isNegated(t, m.first, m.last)) {
    if (e.neg === 'drop') return null;
    if (kind === 'agree') {
      // "delar inte den bedömningen": disagreeing with a statement, often a critic's, is a
      // reservation at most; "instämmer inte (i förslaget)" is a weak no.
      const statement = STATEMENT_NOUNS.some((n) => t.slice(m.first, m.last + 1).some((x) => x.w.startsWith(n)));
      kind = statement ? 'demand' : 'oppose';
      weight = Math.min(weight, 0.3);
      muted = true;
    } else if (kind === 'support') kind = 'oppose';
    else if (kind === 'oppose') {
      kind = 'support';
      weight = Math.min(weight, 0.8);
    } else return null;
  }
  if (kind === 'condition' && inDependentClause(t, m.first)) return null; // "personal som saknar utbildning"
  if ((kind === 'support' || kind === 'agree') && aimsOnly(t, m.last)) {
    // "ställer sig bakom syftet", "välkomnar att frågan utreds": the aim, not the remedy.
    kind = 'agree';
    weight = Math.min(weight, 0.5);
    muted = true;
  }
  if (kind === 'support' || kind === 'oppose' || kind === 'agree') {
    if (inDependentClause(t, m.first)) weight *= 0.2;
    else if (reported(t, m.first)) {
      weight *= REPORTED;
      past = true;
    } else if (moved(t, m.first)) weight *= REPORTED;
    muted ||= weight < e.w * 0.5 && e.kind !== 'agree';
  }
  const s: Signal = { stance: STANCE_OF[kind], weight, kind, start: t[m.first].start, end: t[m.last].end, at: m.first };
  if (muted) s.muted = true;
  if (past) s.past = true;
  if (e.comment && kind === 'condition') s.comment = true;
  if (e.w >= 1.2 && (kind === 'support' || kind === 'oppose')) s.formal = true;
  return s;
}

/** The weight a reported stance keeps: past or perfect ("har tillstyrkt"), or a member's motion ("yrkar bifall"). */
export const REPORTED = 0.3;
const PARTICIPLES = new Set(['godkänd', 'godkända', 'godkänt', 'antagen', 'antagna', 'antaget', 'avvisad', 'avvisade', 'avvisat', 'avslagen', 'avslagna', 'avslaget', 'beviljad', 'beviljade', 'beviljat']);
const STANCE_NOUNS = new Set(['godkännande', 'godkännandet', 'godkännanden']);
const isCompoundOfStanceNoun = (w: string) => w.length > 'godkännandet'.length + 1 && w.startsWith('godkännande');
const GIVES_STANCE = new Set(['sitt', 'vårt', 'sina', 'våra', 'dess', 'fullt', 'fulla']);
const ATTRIBUTIVE_BEFORE = new Set(['det', 'den', 'en', 'ett', 'detta', 'denna', 'dessa', 'redan', 'tidigare', 'nyligen', 'sedan']);

const STATEMENT_NOUNS = ['bedömning', 'uppfattning', 'syn', 'bild', 'analys', 'slutsats', 'utgångspunkt', 'ambition', 'beskrivning', 'problembeskrivning', 'oro'];
const STANCE_VERBS = ['tillstyrk', 'avstyrk', 'välkomn', 'godkän', 'avvis', 'motsatt', 'bifall', 'ställ', 'stöd', 'stött', 'instäm', 'underkän'];
/**
 * A stance in the perfect or past tense ("Samhällsbyggnadsnämnden har tillstyrkt",
 * "tillstyrkte") reports an earlier or another body's position; the respondent's own
 * position is stated in the present.
 */
function reported(t: SentenceContext['tokens'], first: number): boolean {
  const w = t[first].w;
  if (!STANCE_VERBS.some((v) => w.startsWith(v))) return false;
  if (w.endsWith('de') || w.endsWith('te')) return true;
  if (!w.endsWith('t')) return false;
  for (let k = first - 1; k >= 0 && k >= first - 4; k--) if (t[k].w === 'har' || t[k].w === 'hade') return true;
  return false;
}

const AIMS = new Set(['syftet', 'syftena', 'intentionen', 'intentionerna', 'ambitionen', 'ambitionerna', 'målet', 'målen', 'målsättningen', 'grundtanken', 'tanken', 'avsikten', 'strävan', 'ansatsen', 'initiativet']);
/** "ser positivt på att regeringen vill stärka tryggheten": welcoming an intention. */
const WANTS = new Set(['vill', 'avser', 'strävar', 'önskar', 'ambitionen', 'initiativ', 'initiativet']);
const STUDIED = new Set(['utreds', 'uppmärksammas', 'ses', 'lyfts', 'belyses', 'utretts', 'uppmärksammats', 'setts', 'lyfts', 'analyseras', 'tas',
  // "välkomnar att regeringen agerar i frågan": that someone acts on the matter, not what is proposed.
  'agerar', 'agerat', 'uppmärksammar', 'uppmärksammat', 'prioriterar', 'prioriterat', 'arbetar', 'lyfter']);

/** Is the object of the yes at `last` only the aim of the proposal, or that the matter is studied? */
function aimsOnly(t: SentenceContext['tokens'], last: number): boolean {
  for (let k = last + 1; k < t.length && k <= last + 3; k++) {
    if (t[k].brk) return false;
    if (AIMS.has(t[k].w)) return true;
    if (t[k].w === 'att') {
      for (let j = k + 1; j < t.length && j <= k + 5; j++) {
        if (t[j].brk) return false;
        // "att frågan tas upp" is the matter studied; "att kravet tas bort" is the remedy itself.
        if (t[j].w === 'tas' && t[j + 1]?.w !== 'upp' && t[j + 1]?.w !== 'på') continue;
        if (STUDIED.has(t[j].w) || WANTS.has(t[j].w)) return true;
      }
      return false;
    }
  }
  return false;
}

/** "X (S) yrkar bifall / avslag": a member's motion in a protocol, not the body's position. */
function moved(t: SentenceContext['tokens'], first: number): boolean {
  const w = t[first].w;
  if (w === 'yrkar' || w === 'yrkade' || w === 'yrkat' || w === 'yrkande' || w === 'yrkandet') return true;
  for (let k = first - 1; k >= 0 && k >= first - 3; k--) if (t[k].w === 'yrkar' || t[k].w === 'yrkade' || t[k].w === 'yrkande') return true;
  return false;
}

/**
 * A stance verb in a relative or purpose clause ("verktyg som stöder barn", "för att kunna
 * stödja familjer") is not the respondent's position on the proposal.
 */
const COPULA = new Set(['är', 'var', 'blir', 'också', 'även', 'mycket', 'mer', 'mest', 'särskilt']);
function inDependentClause(t: SentenceContext['tokens'], first: number): boolean {
  let k = first - 1;
  if (t[k]?.w === 'kunna') k--;
  // "förvaltningen, som är positiv till förslaget, ...": a relative clause.
  for (let j = 0; j < 2 && COPULA.has(t[k]?.w ?? '') && !t[k].brk; j++) k--;
  const w = t[k]?.w;
  // "framstår som väl avvägt", "ser förslaget som ett steg framåt": 'som' of a predicative, not a relative clause.
  if (w === 'som' && !t[k + 1].brk) return !(k === first - 1 && predicativeSom(t, k));
  if (w !== 'att') return false;
  const before = t[k - 1]?.w ?? '';
  if (before === 'för') return true;
  // "en aktör får i uppgift att godkänna konstruktionen", "rätt att avslå ansökningar": whose
  // role it is, not a stance; "har inte möjlighet att tillstyrka" stays the respondent's no.
  return ROLE_NOUNS.has(before) && !t.slice(Math.max(0, k - 4), k).some((x) => ROLE_NEGATIONS.has(x.w));
}

/** Verbs after which 'som' introduces what the thing is taken to be: "framstår som", "betraktar förslaget som". */
const PREDICATIVE_VERBS = new Set(['framstår', 'framstod', 'framstått', 'ter', 'tedde', 'uppfattas', 'uppfattar', 'betraktas', 'betraktar', 'bedöms', 'ses', 'ser', 'anses', 'anser', 'beskrivs', 'betecknas', 'betecknar', 'framhålls', 'värderas']);
function predicativeSom(t: SentenceContext['tokens'], som: number): boolean {
  for (let k = som - 1; k >= 0 && k >= som - 4; k--) {
    if (t[k + 1].brk) return false;
    if (PREDICATIVE_VERBS.has(t[k].w)) return true;
  }
  return false;
}

/** Nouns whose att-clause names a role or a power: "uppgift att", "befogenhet att". */
const ROLE_NOUNS = new Set(['uppgift', 'uppgiften', 'uppdrag', 'uppdraget', 'rätt', 'rätten', 'befogenhet', 'befogenheten', 'befogenheter', 'skyldighet', 'skyldigheten', 'mandat', 'mandatet', 'behörighet', 'behörigheten', 'ansvar', 'ansvaret', 'möjlighet', 'möjligheten', 'möjligheter']);
const ROLE_NEGATIONS = new Set(['inte', 'ej', 'ingen', 'inget', 'icke', 'aldrig']);

/** A rule over one lexicon list; `keep` may veto or rewrite a signal. Its triggers are the list. */
export function phraseRule(
  name: string,
  list: LexList,
  keep?: (s: Signal, m: PhraseMatch<Entry>, ctx: SentenceContext) => Signal | null,
): Rule {
  const idx = compile(list);
  const run = (ctx: SentenceContext): Signal[] => {
    const out: Signal[] = [];
    const found = findPhrases(idx, ctx.tokens, ctx.starts);
    if (found.length === 0) return out;
    // Two phrasings of one phrase ("avstått från att yttra sig") count once.
    const seen = new Set<string>();
    for (const m of found) {
      const s = toSignal(ctx, m);
      const k = s && (keep ? keep(s, m, ctx) : s);
      if (!k || seen.has(`${k.at}:${k.kind}`)) continue;
      seen.add(`${k.at}:${k.kind}`);
      out.push(k);
    }
    return out;
  };
  return { name, triggers: { lists: [list] }, run, onlyAtTriggers: true };
}
