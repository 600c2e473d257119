/**
 * Whose stance is it? A stance verb counts for the respondent when its subject is the
 * respondent (förvaltningen, nämnden, vi, the organisation's own name) or when the clause
 * has no explicit subject of its own (passive, "Förslaget tillstyrks"). Another named body
 * ("SKR tillstyrker", "Kulturnämnden har avstyrkt") reports someone else's view.
 *
 * The subject is found in the verb's clause: the words before it (Swedish puts the subject
 * first), or, when the clause opens with an adverbial ("Därför avstyrker förvaltningen"),
 * the word right after the verb. Word lists and token comparisons only: linear, no regex
 * built from user text.
 */
import { inOpinionClause } from './description.ts';
import type { Token } from './tokens.ts';

/** Generic words a respondent uses of itself. */
const SELF_WORDS = new Set([
  'vi', 'jag', 'nämnden', 'nämnderna', 'förvaltningen', 'förvaltningarna', 'kontoret', 'styrelsen', 'bolaget',
  'förbundet', 'institutet', 'myndigheten', 'verket', 'föreningen', 'organisationen', 'rådet', 'kommunen',
  'regionen', 'staden', 'länsstyrelsen', 'universitetet', 'högskolan', 'inspektionen', 'domstolen', 'kammaren',
  'akademien', 'samfundet', 'centret', 'centrum', 'stiftelsen', 'nätverket', 'sekretariatet', 'direktionen',
  'fullmäktige', 'delegationen', 'ombudsmannen', 'rektor', 'fakulteten',
]);
/** Endings of compound names of bodies: stadsbyggnadsnämnden, Kommunförbundet. */
const BODY_ENDINGS = ['nämnden', 'nämnderna', 'nämnd', 'nämnder', 'förbund', 'kammaren', 'kammare', 'förvaltningen', 'kontoret', 'styrelsen', 'bolaget', 'förbundet', 'institutet', 'myndigheten', 'verket', 'föreningen', 'organisationen', 'rådet', 'samfundet', 'inspektionen', 'akademien', 'stiftelsen', 'ombudsmannen', 'domstolen', 'universitetet', 'utskott', 'utskottet'];
/** Subjects that are never the respondent. */
const OTHER = new Set([
  'utredningen', 'utredaren', 'utredarna', 'regeringen', 'departementet', 'motionären', 'motionärerna', 'kommissionen',
  'remissinstanserna', 'remissinstanser', 'förslagsställaren', 'lagstiftaren', 'riksdagen', 'eu-kommissionen',
  'flera', 'många', 'vissa', 'andra', 'kommuner', 'kommunerna', 'regioner', 'regionerna', 'myndigheter', 'aktörer',
  'organisationer', 'instanser', 'nämnder', 'majoriteten', 'minoriteten', 'oppositionen', 'sökanden', 'klaganden',
  // Parties and members in a protocol: "Moderaterna reserverar sig och yrkar avslag".
  'moderaterna', 'socialdemokraterna', 'sverigedemokraterna', 'centerpartiet', 'liberalerna', 'kristdemokraterna',
  'vänsterpartiet', 'miljöpartiet', 'ledamoten', 'ledamöterna', 'ledamot', 'ordföranden', 'reservanten', 'reservanterna',
  'ersättaren', 'partiet', 'partierna', 'gruppen',
]);
/** Words that open a clause without being its subject. */
const NOT_SUBJECT = new Set([
  'därför', 'därmed', 'således', 'sammantaget', 'sammanfattningsvis', 'slutligen', 'vidare', 'även', 'också', 'dock',
  'däremot', 'samtidigt', 'emellertid', 'alltså', 'också', 'inte', 'ej', 'kan', 'vill', 'har', 'hade', 'är', 'var',
  'och', 'men', 'utan', 'så', 'då', 'nu', 'här', 'ändå', 'generellt', 'principiellt', 'i', 'på', 'mot', 'med', 'av',
  'för', 'till', 'om', 'bakgrund', 'denna', 'den', 'detta', 'det', 'sammanfattning', 'helhet', 'sig', 'sin', 'sitt',
]);
/**
 * Generic names several bodies share ("Rinkeby-Kista stadsdelsnämnd", "Spånga-Tensta
 * stadsdelsnämnd"): the place before them tells whose they are.
 */
const GENERIC_BODIES = new Set(['stadsdelsnämnd', 'stadsdelsnämnden', 'stadsdelsnämnder', 'stadsdelsnämnderna', 'stadsdelsförvaltning', 'stadsdelsförvaltningen']);
const GENERIC_NAME_WORDS = new Set([...GENERIC_BODIES, 'stad', 'stads', 'kommun', 'region', 'och', 'för', 'till', 'med', 'av', 'i', 'sveriges', 'svenska', 'svenskt', 'förslag', 'kungl', 'the']);

export type SubjectKind = 'self' | 'named' | 'other' | 'none';

/** The respondent's name, prepared for matching words of the text against it. */
export interface RespondentName {
  words: string[];
  /** The name is a body (Tekniska nämnden), not only a place (Malmö stad). */
  body: boolean;
  /** The generic body words of the name ("stadsdelsnämnd" in "Kungsholmens stadsdelsnämnd"), without their ending. */
  generic: string[];
}

export function respondentName(name: string | undefined): RespondentName | null {
  if (typeof name !== 'string' || !name.trim()) return null;
  const words: string[] = [];
  let initials = '';
  let generic = false;
  const genericWords: string[] = [];
  for (const m of name.slice(0, 300).matchAll(/[\p{L}\p{N}]+/gu)) {
    const raw = m[0];
    const w = raw.toLowerCase();
    if (raw[0] !== w[0]) initials += w[0];
    if (GENERIC_BODIES.has(w)) {
      generic = true;
      genericWords.push(genericStem(w));
    }
    if (w.length >= 2 && !GENERIC_NAME_WORDS.has(w) && words.length < 24) words.push(w);
  }
  // "Sveriges Kommuner och Regioner" is also "SKR".
  if (initials.length >= 2) words.push(initials);
  const body = generic || words.some((w) => BODY_ENDINGS.some((e) => w.endsWith(e)));
  return words.length || genericWords.length ? { words, body, generic: genericWords } : null;
}

/** Is the word (lower case) the respondent's own name, or part of it? */
export function isRespondentName(r: RespondentName | null, w: string): boolean {
  if (!r) return false;
  const ws = stem(w);
  for (const n of r.words) {
    if (w === n) return true;
    if (n.length >= 5 && w.length >= 5 && (w.startsWith(n) || n.startsWith(w))) return true;
    // The nämnd and its office: stadsbyggnadsnämnden ~ stadsbyggnadskontoret, socialnämnden ~ socialförvaltningen.
    if (ws && ws === stem(n)) return true;
    // A slip of one letter in a long name ("Statsledningskontoret" for Stadsledningskontoret).
    if (n.length >= 10 && oneLetterApart(w, n)) return true;
  }
  return false;
}

/** Same length, one letter different. */
function oneLetterApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && ++diff > 1) return false;
  return diff === 1;
}

/** A body's name without its generic ending (at least four letters left), else ''. */
function stem(w: string): string {
  for (const e of BODY_ENDINGS) if (w.endsWith(e) && w.length - e.length >= 4) return w.slice(0, w.length - e.length);
  return '';
}

const isUpperInitial = (text: string, t: Token) => {
  const c = text[t.start];
  return c !== c.toLowerCase();
};

const genericStem = (w: string) => w.replace(/(en|erna|er)$/, '');

/** Classify one word as a subject. */
function kindOfWord(text: string, t: Token, r: RespondentName | null): SubjectKind | null {
  const w = t.w;
  if (SELF_WORDS.has(w)) return 'self';
  if (OTHER.has(w)) return 'other';
  if (isRespondentName(r, w)) return 'self';
  // "Stadsdelsnämnden tillstyrker" in Kungsholmens stadsdelsnämnd's own answer: the body speaking of itself.
  if (r && GENERIC_BODIES.has(w) && (w.endsWith('en') || w.endsWith('erna')) && r.generic.includes(genericStem(w))) return 'self';
  if (NOT_SUBJECT.has(w)) return null;
  if (BODY_ENDINGS.some((e) => w.endsWith(e) && w.length > e.length)) return 'named';
  const acronym = w.length >= 2 && w.length <= 6 && text.slice(t.start, t.end) === text.slice(t.start, t.end).toUpperCase() && /\p{L}/u.test(w);
  if (acronym) return 'named';
  return null;
}

/**
 * The subject of the stance word at token `at`: 'self' (the respondent), 'named' (a named
 * body that may or may not be the respondent), 'other' (the inquiry, the government, other
 * bodies) or 'none' (no explicit subject found).
 */
/** The body at k follows "liksom", "i likhet med", "enligt", "precis som" (within two words). */
function comparedOrCited(tokens: Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) {
    const w = tokens[j].w;
    if (w === 'liksom' || w === 'enligt') return true;
    if (w === 'med' && tokens[j - 1]?.w === 'likhet') return true;
    if (w === 'som' && tokens[j - 1]?.w === 'precis') return true;
  }
  return false;
}

/** `viaClause`: called for the verb governing an att-clause, which looks no further left (one level, so the time stays linear). */
export function subjectOf(text: string, tokens: Token[], at: number, r: RespondentName | null, viaClause = false): { kind: SubjectKind; word: string } {
  // A passive stance verb ("Medborgarförslaget avslogs av tekniska nämnden", "Förslaget
  // tillstyrks"): the word before it is what was decided on; the agent, if any, follows "av".
  if (isPassive(tokens[at].w)) {
    for (let k = at + 1; k < tokens.length && k <= at + 3; k++) {
      if (tokens[k].brk) break;
      if (tokens[k].w !== 'av') continue;
      for (let j = k + 1; j < tokens.length && j <= k + 3; j++) {
        if (tokens[j].brk) break;
        const kind = kindOfWord(text, tokens[j], r);
        if (kind) return { kind, word: tokens[j].w };
      }
      break;
    }
    let k = at - 1;
    while (k >= 0 && !tokens[k + 1].brk && (NOT_SUBJECT.has(tokens[k].w) || PASSIVE_HELPERS.has(tokens[k].w))) k--;
    if (k >= 0 && isDecidedOn(tokens[k].w)) return (viaClause ? null : proposerOf(text, tokens, k - 1, r)) ?? { kind: 'none', word: '' };
  }
  for (let k = at - 1; k >= 0 && k >= at - 8; k--) {
    const t = tokens[k];
    if (t.w === 'att') {
      const proposer = viaClause ? null : proposerOf(text, tokens, k, r);
      if (proposer) return proposer;
      break;
    }
    if (t.w === 'som') break;
    const kind = kindOfWord(text, t, r);
    // "Liksom kommunstyrelsen avstyrker nämnden ...", "I likhet med SKR ...", "Enligt Boverket ...":
    // a body compared with or cited, not the subject (that comes after the verb).
    if (kind && comparedOrCited(tokens, k)) continue;
    // "Spånga-Tensta stadsdelsnämnd": the respondent when the place before it is its own.
    if (kind === 'named' && GENERIC_BODIES.has(t.w) && k > 0 && isRespondentName(r, tokens[k - 1].w)) return { kind: 'self', word: t.w };
    // "Förbundet menar att regeringen bör avstå ...": what the respondent wants another to do.
    if (kind === 'other' && inOpinionClause(tokens, k)) return { kind: 'none', word: '' };
    if (kind) return { kind, word: t.w };
    if (k === 0 || t.brk) {
      // A capitalised word opening the sentence right before the verb: a name ("Advokatsamfundet avstyrker").
      if (k === at - 1 && k === 0 && isUpperInitial(text, t) && !NOT_SUBJECT.has(t.w) && !t.w.endsWith('vis')) return { kind: 'named', word: t.w };
      break;
    }
  }
  // Inverted order: "Därför avstyrker förvaltningen ...", "Mot denna bakgrund tillstyrker SKR ...".
  for (let k = at + 1; k < tokens.length && k <= at + 2; k++) {
    if (tokens[k].brk || tokens[k].w === 'att' || tokens[k].w === 'som') break;
    const kind = kindOfWord(text, tokens[k], r);
    if (kind === 'self' || kind === 'other') return { kind, word: tokens[k].w };
    if (kind === 'named' && isUpperInitial(text, tokens[k])) return { kind, word: tokens[k].w };
  }
  return (viaClause ? null : sharedSubject(text, tokens, at, r)) ?? { kind: 'none', word: '' };
}

const COORDINATORS = new Set(['men', 'och', 'samt', 'utan']);
const CLAUSE_ADVERBS = new Set(['också', 'även', 'dock', 'ändå', 'samtidigt', 'däremot', 'därför', 'därtill', 'vidare', 'i', 'stället', 'istället']);
/**
 * "Arbetsgivarverket avstår från att kommentera förslaget, men håller med om att ...": a
 * verb right after a coordinating conjunction has no subject of its own and shares that of
 * the sentence's main clause, its first word (or the first after one opening adverbial word:
 * "Även SKR ..."). Only the sentence's first two words are read, so the cost is constant.
 */
function sharedSubject(text: string, tokens: Token[], at: number, r: RespondentName | null): { kind: SubjectKind; word: string } | null {
  let k = at - 1;
  for (let j = 0; j < 2 && k > 0 && CLAUSE_ADVERBS.has(tokens[k].w) && !tokens[k + 1].brk; j++) k--;
  if (k < 2 || !COORDINATORS.has(tokens[k].w) || tokens[k + 1].brk) return null;
  for (let j = 0; j < 2 && j < k - 1; j++) {
    if (j > 0 && tokens[j].brk) return null;
    const kind = kindOfWord(text, tokens[j], r);
    if (kind) return { kind, word: tokens[j].w };
    if (!NOT_SUBJECT.has(tokens[j].w)) return null;
  }
  return null;
}

/** Verbs that put forward what the att-clause after them decides: "Ledningskontoret föreslår att motionen avslås". */
const PROPOSING = new Set(['föreslår', 'föreslog', 'föreslagit', 'hemställer', 'hemställde', 'yrkar', 'yrkade', 'förordar', 'förordade', 'rekommenderar', 'rekommenderade']);

/**
 * The body that proposes the decision of the att-clause opening at token `att` ("X föreslår att
 * motionen avslås": X), found as the subject of the proposing verb; null when the clause is not
 * governed by such a verb or its subject is not named.
 */
function proposerOf(text: string, tokens: Token[], att: number, r: RespondentName | null): { kind: SubjectKind; word: string } | null {
  if (att < 1 || tokens[att]?.w !== 'att' || tokens[att].brk) return null;
  // "X föreslår att ...", or inverted, "Därför föreslår X att ...".
  const v = PROPOSING.has(tokens[att - 1].w) ? att - 1 : att >= 2 && PROPOSING.has(tokens[att - 2].w) && !tokens[att - 1].brk ? att - 2 : -1;
  if (v < 0) return null;
  const found = subjectOf(text, tokens, v, r, true);
  return found.kind === 'none' ? null : found;
}

/** What a body decides on, never the one who decides: "Motionen avslås", "Förslagen tillstyrks". */
const DECIDED_ON = ['förslag', 'motion', 'medborgarförslag', 'ärende', 'skrivelse', 'framställan', 'framställning', 'begäran', 'yrkande', 'promemoria', 'betänkande', 'remiss', 'initiativ', 'e-förslag'];
const PASSIVE_HELPERS = new Set(['bör', 'ska', 'skall', 'kan', 'måste', 'därmed', 'härmed', 'således', 'föreslås', 'blev', 'blir']);
function isDecidedOn(w: string): boolean {
  return DECIDED_ON.some((d) => w.startsWith(d) || w.endsWith(d) || w.endsWith(d + 'et') || w.endsWith(d + 'en') || w.endsWith(d + 'n'));
}
/** A passive verb form: tillstyrks, avslås, avslogs, bifölls, godkändes (not "avslutades"-like actives). */
function isPassive(w: string): boolean {
  return w.length > 4 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is');
}

/** The generic ending a named body shares with a self word: kommunstyrelsen ~ styrelsen. */
export function sharedEnding(named: string, selfWords: Set<string>): boolean {
  for (const s of selfWords) if (named.endsWith(s)) return true;
  return false;
}

/**
 * The speaker named after a verb of saying, from token `from` (at most four words): 'self'
 * when the words name the respondent ("skriver myndigheten", "säger ordföranden Anna Berg" in
 * her body's answer), 'other' when they name someone else (a body, an acronym, a capitalised
 * name), null when they do not say ("skriver man").
 */
export function speakerKind(text: string, tokens: Token[], from: number, r: RespondentName | null): 'self' | 'other' | null {
  let other = false;
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    const t = tokens[k];
    if (k > from && t.brk) break;
    if (isRespondentName(r, t.w)) return 'self';
    const kind = kindOfWord(text, t, r);
    if (kind === 'self') return 'self';
    if (kind === 'named' || kind === 'other' || (isUpperInitial(text, t) && !NOT_SUBJECT.has(t.w))) other = true;
  }
  return other ? 'other' : null;
}

