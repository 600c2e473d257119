/**
 * From raw signals to weighted evidence, using what a single phrase cannot see:
 * the section, whether the sentence describes the proposal, and the signals around.
 * - The first sentence that takes a position (the lead) states the overall view: ×1.5.
 * - A contrast word (men, dock, samtidigt) after a yes is a reservation: in the same
 *   sentence, or (dock, samtidigt, däremot ...) when the last position taken was a yes.
 *   After a no it marks a concession: the yes it introduces counts less.
 *   Followed by a no in its sentence it strengthens that no ("Dock ... inte ändamålsenlig").
 * - A position inside a hypothetical ("Om avgifterna ... avvisar föreningen") is a condition.
 * - A qualifier (i huvudsak, delvis) counts only beside a yes in its sentence.
 * - A demand (bör, behöver) after a stance verb is that verb's content, not a demand.
 * - Agreeing with a statement that the same sentence then opposes is no yes.
 * - A stance whose subject is another named body ("SKR tillstyrker", "Kulturnämnden
 *   avstyrker") counts little when the respondent speaks for itself elsewhere in the text
 *   (subject.ts); with the respondent's name known, its own name is the respondent.
 * - "i sin helhet" after a stance verb makes it the headline: ×1.4; a formal verb whose
 *   object is the proposal itself ("avstyrker förslaget", not "förslaget om X") is marked
 *   `whole`, and a formal verb in a concluding sentence ("avstyrker därför", "Sammantaget
 *   ...", "Trots detta tillstyrker ...") counts ×1.4: that is where a yttrande states its verdict.
 * - A negated opinion whose clause judges the proposal ("anser inte att förslaget ...") is a
 *   no to the whole, ×1.4, unless the clause asks for a change.
 */
import type { SentenceContext, Signal } from './rules/types.ts';
import { REPORTED } from './rules/phraseRule.ts';
import { DESCRIPTION_FACTOR, descriptionFactor, namesProposal } from './description.ts';
import { quotedFromOthers } from './quotes.ts';
import { NOT_CONTRAST_AFTER } from './lexicon.ts';
import { SECTION_WEIGHT } from './sections.ts';
import { isRespondentName, sharedEnding, subjectOf, type RespondentName, type SubjectKind } from './subject.ts';

/** A signal with its effective weight and where it was found. */
export interface Weighted extends Signal {
  eff: number;
  /** A formal stance on the proposal as a whole ("avstyrker förslaget", "... i sin helhet"). */
  whole?: boolean;
  sentence: number;
  /** Evidence.source: section label or 'decision'. */
  source: string;
  /** Another body's stance (subject.ts), discounted: a multi-body text. */
  other?: boolean;
  /** A cue a rule set aside (a "men" inside an att-clause, a modal read as a stance's content). */
  neutralised?: boolean;
  /** A yes to the proposal's aim, not to the proposal ("positiv till intentionen", "välkomnar ambitionen"). */
  aim?: boolean;
  /**
   * A stance on a part: under a part heading, after "Vad gäller X", or with an object that is
   * not the proposal ("motsätter sig de föreslagna ikraftträdandetidpunkterna").
   */
  part?: boolean;
}

export interface AnalysedSentence {
  ctx: SentenceContext;
  signals: Signal[];
  /** True when the sentence mostly describes the proposal or others' views. */
  descriptive: boolean;
}

const ADVERB_CONTRASTS = new Set(['dock', 'samtidigt', 'däremot', 'emellertid', 'ändå']);
const HYPOTHETICAL = new Set(['om', 'ifall', 'såvida', 'försåvitt']);
const LEAD_BOOST = 1.5;
const CONCESSION = 0.35;
/** A signal in a question ("Bör vi stödja förslaget?"): nearly nothing. */
const QUESTION = 0.1;
const WHOLE = 1.4;
const GUESSED_OTHER_NO = 0.4;
/** Another body's stance, the respondent's own name known: a report, not even noise. */
const KNOWN_OTHER = 0.1;
const MODALS = new Set(['bör', 'behöver', 'måste']);
/** A present-tense stance of the respondent's own, standing in a background section. */
const OWN_IN_BACKGROUND = 0.8;
/** What the respondent's own stance in the perfect or past keeps of its weight (phraseRule discounts it by REPORTED). */
const OWN_PAST = 0.7;
const namesRespondent = (w: string, r: RespondentName | null) => w === 'vi' || w === 'jag' || isRespondentName(r, w);
/** "har tidigare avstyrkt", "avstyrkte 2019": an earlier occasion, whose position may since have changed. */
const EARLIER = new Set(['tidigare', 'ursprungligen', 'förut', 'förra', 'då', 'senast']);
function earlierOccasion(t: SentenceContext['tokens'], at: number): boolean {
  for (let k = Math.max(0, at - 4); k < t.length && k <= at + 4; k++) if (EARLIER.has(t[k].w) || /^(19|20)\d\d$/.test(t[k].w)) return true;
  return false;
}
/**
 * "TCO delar den uppfattningen": agreeing with what the sentence before says. A yes to the
 * proposal only when that sentence is about the proposal ("I promemorian görs bedömningen
 * att ..."); after a statement of the law's history or of another body, agreement with that.
 */
const ANAPHORS = new Set(['den', 'denna', 'detta', 'det', 'dessa', 'de']);
const ANAPHORIC_AGREEMENT = 0.3;
function anaphoricAgreement(t: SentenceContext['tokens'], s: Signal): boolean {
  if (s.kind !== 'agree') return false;
  for (let k = s.at; k < t.length && t[k].end <= s.end; k++) if (ANAPHORS.has(t[k].w)) return true;
  return false;
}
const aboutProposal = (a: AnalysedSentence | undefined) => a !== undefined && a.ctx.tokens.some((tk) => namesProposal(tk.w));
const isYes = (s: Signal) => s.kind === 'support' || s.kind === 'agree';
const isStance = (s: Signal) => isYes(s) || s.kind === 'oppose';

/** Is the contrast word at s a real contrast (not "samtidigt som")? */
function realContrast(ctx: SentenceContext, s: Signal): boolean {
  const w = ctx.tokens[s.at].w;
  // "..., vilket dock bedöms vara hanterbart": a concession inside a relative clause reassures.
  const before = ctx.tokens[s.at - 1]?.w;
  if (s.at > 0 && (before === 'vilket' || before === 'vilka' || before === 'som') && !ctx.tokens[s.at].brk) return false;
  return NOT_CONTRAST_AFTER[w] === undefined || ctx.tokens[s.at + 1]?.w !== NOT_CONTRAST_AFTER[w];
}

/** "men anser att", "men vill", "men saknar": a new main clause of the respondent's, not part of an att-clause. */
const OPINION_AFTER_MEN = new Set(['anser', 'menar', 'bedömer', 'vill', 'påpekar', 'understryker', 'betonar', 'lyfter', 'efterfrågar', 'efterlyser', 'saknar', 'framhåller', 'konstaterar', 'pekar', 'framför', 'kräver', 'förutsätter', 'ser', 'har', 'ifrågasätter', 'noterar', 'vänder']);

/**
 * The respondent's own voice: its own subject, or a passive or modal with no other subject
 * ("Motionen bör därför inte bifallas", "Förslaget tillstyrks").
 */
function ownVoice(t: SentenceContext['tokens'], s: Signal, kind: SubjectKind | undefined): boolean {
  if (kind === 'self') return true;
  if (kind !== 'none') return false;
  const w = t[s.at].w;
  if (w.endsWith('s') && !w.endsWith('ss')) return true;
  for (let k = s.at; k >= 0 && k >= s.at - 3; k--) if (MODALS.has(t[k].w) || t[k].w === 'ska' || t[k].w === 'skall') return true;
  return false;
}

const PROPOSAL_OBJECTS = new Set([
  'förslaget', 'förslagen', 'promemorian', 'betänkandet', 'remissen', 'det', 'dem', 'denna', 'planen', 'programmet',
  'strategin', 'lagrådsremissen', 'motionen', 'rapporten', 'propositionen', 'handlingsplanen', 'policyn', 'riktlinjerna',
  'utredningens', 'promemorians', 'betänkandets', 'remissens', 'rubricerade', 'rubricerad', 'föreliggande', 'detta',
  'medborgarförslaget', 'motionerna', 'lagförslaget', 'lagförslagen', 'delbetänkandet', 'översikten', 'översiktsplanen', 'detaljplanen',
]);
// The negation too: "tillstyrker inte förslaget" is a no to the proposal itself, not to a part named "inte".
const SKIP = new Set(['därför', 'också', 'även', 'dock', 'däremot', 'emellertid', 'ändå', 'helt', 'således', 'alltså', 'sammantaget', 'fortsatt', 'starkt', 'bestämt', 'i', 'sin', 'helhet', 'inte', 'ej', 'icke', 'heller']);
const PART_AFTER = new Set(['om', 'att', 'avseende', 'gällande', 'rörande', 'beträffande', 'när', 'i', 'till', 'vad', 'såvitt', 'med']);
const CONCLUDING = new Set(['därför', 'trots', 'sammantaget', 'sammanfattningsvis', 'således', 'följaktligen', 'avslutningsvis', 'bakgrund', 'slutsats', 'sammanfattning']);
const CONCLUSION = 1.4;

/**
 * The first token after the stance phrase, past an inverted subject ("Därför tillstyrker
 * Stockholms universitet samtliga förslag"): up to three words ending with the subject's word.
 */
function afterSubject(t: SentenceContext['tokens'], s: Signal, subjectWord: string, text: string): number {
  let k = s.at + 1;
  while (k < t.length && t[k].start < s.end) k++;
  if (!subjectWord) return k;
  for (let j = k; j < t.length && j < k + 3; j++) {
    if (t[j].w !== subjectWord) continue;
    // The rest of a name: "Stockholms universitet", "Sveriges Kommuner och Regioner".
    let e = j + 1;
    while (e < t.length && e <= j + 3 && !t[e].brk && (isCapitalised(text, t[e]) || (t[e].w === 'och' && e + 1 < t.length && isCapitalised(text, t[e + 1])) || SELF_NAME_ENDS.has(t[e].w))) e++;
    return e;
  }
  return k;
}
const SELF_NAME_ENDS = new Set(['universitet', 'högskola', 'kommun', 'stad', 'region', 'län']);
const isCapitalised = (text: string, tk: SentenceContext['tokens'][number]) => {
  const c = text[tk.start];
  return c !== c.toLowerCase();
};

/** "säger ja till förslaget", "ställer sig positiv till förslaget": the object comes after "till". */
const BEFORE_TILL = new Set(['ja', 'nej', 'positiv', 'positivt', 'positiva', 'negativ', 'negativt', 'negativa', 'kritisk', 'kritiskt', 'kritiska', 'tveksam', 'tveksamt', 'tveksamma', 'avvisande', 'välvillig', 'välvilligt', 'välvilliga']);
const pastJaTill = (t: SentenceContext['tokens'], k: number) => (t[k]?.w === 'till' && BEFORE_TILL.has(t[k - 1]?.w ?? '') ? k + 1 : k);

const ALL_WORDS = new Set(['samtliga', 'alla']);
/** What "samtliga/alla" may quantify to mean the whole proposal. */
const ALL_OF = ['förslag', 'föreslagna', 'ändring', 'förändring', 'delförslag', 'lagförslag', 'åtgärd'];

/** Does the formal verb at s take the proposal itself as its object? */
function wholeObject(t: SentenceContext['tokens'], s: Signal, subjectWord = '', text = ''): boolean {
  let k = pastJaTill(t, afterSubject(t, s, subjectWord, text));
  while (k < t.length && SKIP.has(t[k].w) && !(t[k].w === 'i' && t[k + 1]?.w !== 'sin')) k++;
  const obj = t[k]?.w;
  if (obj === undefined) return s.kind === 'oppose' || t[s.at].w.endsWith('s'); // "Förslaget avstyrks."
  // "tillstyrker samtliga föreslagna förändringar", "alla förslag i promemorian": every part is the whole.
  if (ALL_WORDS.has(obj)) return ALL_OF.some((n) => t[k + 1]?.w.startsWith(n) ?? false) && !t[k + 1].brk;
  if (!PROPOSAL_OBJECTS.has(obj)) return false;
  // "promemorians förslag om X": a part.
  let j = k + 1;
  if (obj.endsWith('s') && (t[j]?.w === 'förslag' || t[j]?.w === 'förslaget')) j++;
  const next = t[j];
  if (next === undefined || next.brk) return true;
  // "förslaget i sin helhet", "i dess nuvarande form/utformning": the proposal as it stands.
  if (next.w === 'i' && (t[j + 1]?.w === 'sin' || t[j + 1]?.w === 'dess' || t[j + 1]?.w === 'nuvarande' || t[j + 1]?.w === 'föreliggande')) return true;
  return !PART_AFTER.has(next.w);
}

/** The proposal as the subject of a clause: "anser inte att förslaget ...", "... att detta förslag ...". */
const CLAUSE_PROPOSALS = new Set(['förslaget', 'förslagen', 'promemorian', 'betänkandet', 'delbetänkandet', 'remissen', 'planen', 'programmet', 'strategin', 'rapporten', 'motionen', 'handlingsplanen', 'lagförslaget', 'lagförslagen']);
const CLAUSE_DETERMINERS = new Set(['detta', 'dessa', 'det', 'de', 'den', 'utredningens', 'promemorians', 'betänkandets', 'remissens']);
const CHANGE_MODALS = new Set(['bör', 'behöver', 'ska', 'skall', 'måste', 'borde', 'behövs']);

/**
 * "anser inte att förslaget går att införa", "Vi anser däremot inte att detta förslag utgör
 * ...": a negated opinion whose clause judges the proposal itself is a no to the whole. Not
 * when the clause asks for a change ("anser inte att förslaget behöver ändras" is a yes).
 */
function negatedOpinionOnProposal(t: SentenceContext['tokens'], s: Signal): boolean {
  let k = s.at + 1;
  while (k < t.length && t[k].start < s.end) k++;
  if (t[k - 1]?.w !== 'att') return false;
  let j = k;
  if (CLAUSE_DETERMINERS.has(t[j]?.w ?? '') && (t[j + 1]?.w === 'förslag' || t[j + 1]?.w === 'föreslagna' || CLAUSE_PROPOSALS.has(t[j + 1]?.w ?? ''))) j++;
  if (t[j]?.w === 'föreslagna') j++;
  const w = t[j]?.w ?? '';
  if (!(CLAUSE_PROPOSALS.has(w) || (w === 'förslag' && j > k))) return false;
  for (let m = j + 1; m < t.length && m <= j + 4; m++) {
    if (t[m].brk) break;
    if (CHANGE_MODALS.has(t[m].w)) return false;
  }
  return true;
}

/** Words naming a proposal's aim rather than the proposal: a yes to them is a yes to the aim. */
const AIM_WORDS = ['syfte', 'intention', 'ambition', 'avsikt', 'målsättning', 'grundtank', 'ansats', 'tanke', 'tanken', 'idé', 'initiativ'];
/** Weight of a yes whose object is the aim: kept, but no longer a yes to the proposal itself. */
const AIM = 0.5;

/** Does the yes phrase at s take an aim as its object, within the next four words? */
function aimObject(t: SentenceContext['tokens'], s: Signal): boolean {
  let k = s.at + 1;
  while (k < t.length && t[k].start < s.end) k++;
  for (let j = k; j < t.length && j < k + 4; j++) {
    if (t[j].brk && j > k) return false;
    const w = t[j].w;
    if (w === 'att' || w === 'som') return false;
    if (AIM_WORDS.some((a) => w.startsWith(a) && !w.startsWith('initiativtag'))) return true;
    // "utredningens syfte": a genitive, then the aim.
  }
  return false;
}

/** "Vad gäller ...", "När det gäller ...", "Beträffande ...": the sentence is about one part. */
const PART_OPENERS = new Set(['beträffande', 'avseende', 'gällande', 'rörande', 'angående']);
function partOpener(t: SentenceContext['tokens']): boolean {
  const w0 = t[0]?.w;
  if (w0 === undefined) return false;
  if (PART_OPENERS.has(w0)) return true;
  if (w0 === 'vad' && t[1]?.w === 'gäller') return true;
  if (w0 === 'när' && t[1]?.w === 'det' && t[2]?.w === 'gäller') return true;
  if (w0 === 'i' && t[1]?.w === 'fråga' && t[2]?.w === 'om') return true;
  return w0 === 'för' && t[1]?.w === 'förslaget' && t[2]?.w === 'om';
}

const WHOLE_QUANTIFIERS = new Set(['samtliga', 'alla', 'allt', 'båda', 'bägge', 'huvuddragen', 'inriktningen', 'detta', 'dessa', 'denna', 'remissens', 'remissen', 'rubricerade', 'dess', 'nuvarande', 'föreliggande']);

/** The stance phrase at s has an object right after it that is not the proposal itself. */
function partObject(t: SentenceContext['tokens'], s: Signal, subjectWord = '', text = ''): boolean {
  let k = pastJaTill(t, afterSubject(t, s, subjectWord, text));
  while (k < t.length && SKIP.has(t[k].w)) k++;
  const obj = t[k];
  if (obj === undefined || obj.brk || WHOLE_QUANTIFIERS.has(obj.w)) return false;
  if (PROPOSAL_OBJECTS.has(obj.w)) {
    // "förslaget om X", "förslagen i avsnitt 5": a part named after the proposal word.
    const next = t[k + 1];
    return next !== undefined && !next.brk && (next.w === 'om' || next.w === 'att' || next.w === 'avseende' || next.w === 'gällande' || next.w === 'rörande');
  }
  // "de föreslagna ändringarna", "två av förslagen", "en nationell taxa": a noun phrase of its own.
  return obj.w === 'de' || obj.w === 'den' || obj.w === 'det' || obj.w === 'en' || obj.w === 'ett' || /^\p{L}{4,}$/u.test(obj.w);
}

/**
 * "avstyrker förslagen i de delar det går längre än direktivet", "tillstyrker i den del som
 * avser ...": a stance limited to some parts, within the next six words.
 */
function limitedToParts(t: SentenceContext['tokens'], s: Signal): boolean {
  let k = s.at + 1;
  while (k < t.length && t[k].start < s.end) k++;
  for (let j = k; j + 2 < t.length && j <= k + 6; j++) {
    if (t[j].brk && j > k) return false;
    if (t[j].w === 'i' && (t[j + 1].w === 'de' || t[j + 1].w === 'den' || t[j + 1].w === 'vissa') && (t[j + 2].w === 'delar' || t[j + 2].w === 'del')) return true;
  }
  return false;
}

/** "i sin helhet" right after the stance phrase. */
function whole(t: SentenceContext['tokens'], s: Signal): boolean {
  let k = s.at + 1;
  while (k < t.length && t[k].start < s.end) k++;
  for (let j = k; j < t.length && j <= k + 3; j++) {
    if (t[j].w === 'helhet' && t[j - 1]?.w === 'sin' && t[j - 2]?.w === 'i') return true;
  }
  return false;
}

/** Verbs of sending a matter on: remittera, skicka, sända, översända, överlämna. */
const SEND_STEMS = ['remitter', 'skicka', 'sänd', 'sänt', 'översänd', 'översänt', 'överlämna'];
const isSendVerb = (w: string) => SEND_STEMS.some((st) => w.startsWith(st));

/**
 * "Kommunstyrelsen har remitterat ärendet utan eget ställningstagande", "Ärendet har
 * remitterats utan ställningstagande": how the matter was sent, the sender's abstention,
 * not the respondent's. A sending verb before the phrase in its clause, passive (the sender
 * is not named) or with a subject that is not the respondent ("Nämnden överlämnar ärendet
 * utan eget ställningstagande" is the respondent abstaining, and stays so).
 */
function sentWithout(t: SentenceContext['tokens'], s: Signal, text: string, r: RespondentName | null): boolean {
  for (let k = s.at - 1; k >= 0 && k >= s.at - 8; k--) {
    const w = t[k].w;
    if (w === 'att' || w === 'som') return false;
    if (isSendVerb(w)) return w.endsWith('s') || subjectOf(text, t, k, r).kind !== 'self';
    if (t[k].brk) return false;
  }
  return false;
}

/** Subjects of the stance and abstain phrases, and whether the respondent speaks of itself. */
function subjects(sentences: AnalysedSentence[], r: RespondentName | null) {
  const of = new Map<Signal, { kind: SubjectKind; word: string }>();
  const selfWords = new Set<string>();
  for (const a of sentences) {
    for (const s of a.signals) {
      if (!isStance(s) && s.kind !== 'abstain') continue;
      const subj = subjectOf(a.ctx.text, a.ctx.tokens, s.at, r);
      of.set(s, subj);
      if (subj.kind === 'self' && !s.muted) selfWords.add(subj.word);
    }
  }
  return { of, selfWords };
}

export interface ResolveOptions {
  /** The respondent's name, when known: its own name is the respondent speaking. */
  respondent?: RespondentName | null;
}

type Subjects = ReturnType<typeof subjects>;

/**
 * Another named body while the respondent speaks for itself elsewhere. `t`: the tokens of the
 * signal's sentence. (The helpers below are module functions, not closures made per sentence.)
 */
function otherBody(s: Signal, t: SentenceContext['tokens'], subj: Subjects, r: RespondentName | null): boolean {
  const x = subj.of.get(s);
  if (!x) return false;
  // The inquiry, the government, a party in a protocol (description.ts knows only some of them).
  if (x.kind === 'other') return isStance(s) && descriptionFactor(t, s.at) === 1;
  if (x.kind !== 'named') return false;
  // Known as a body, the respondent is not "Kulturnämnden", even where it never names itself
  // ("Ärendet har remitterats till ... Trafiknämnden tillstyrker"); as a place (Malmö stad) it may be.
  if (r?.body) return true;
  return subj.selfWords.size > 0 && !sharedEnding(x.word, subj.selfWords);
}

/** "positiv till en reform, men avstyrker förslaget": a yes across a contrast from the formal no. */
function conceded(s: Signal, formalNo: Signal | undefined, contrasts: Signal[]): boolean {
  return formalNo !== undefined && isYes(s) && s.weight < 1.2 && contrasts.some((c) => (c.at > s.at && c.at < formalNo.at) || (c.at > formalNo.at && c.at < s.at));
}

/** A stance of the respondent's own voice, not muted, in a sentence that does not describe. */
function ownVoiced(s: Signal, t: SentenceContext['tokens'], subj: Subjects): boolean {
  return isStance(s) && !s.muted && descriptionFactor(t, s.at) === 1 && ownVoice(t, s, subj.of.get(s)?.kind);
}

/** text.trimEnd().endsWith('?'), without the copy when the last character is no white space. */
function endsWithQuestionMark(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  if (c === 0x3f) return true;
  if (c !== c || !/\s/.test(text[text.length - 1])) return false;
  return text.trimEnd().endsWith('?');
}

/** Weight every signal of a text's sentences (in order). */
export function resolve(sentences: AnalysedSentence[], sourceOf: (s: AnalysedSentence) => string, opts: ResolveOptions = {}): Weighted[] {
  const out: Weighted[] = [];
  let last: 'yes' | 'no' | null = null;
  let leadDone = false;
  const r = opts.respondent ?? null;
  const subj = subjects(sentences, r);
  const quoted = quotedFromOthers(sentences, r);
  for (const a of sentences) {
    const { ctx, signals } = a;
    if (signals.length === 0) continue;
    // Another speaker's quoted words describe their view.
    const descriptive = a.descriptive || quoted.has(ctx.index);
    // Whether the sentence before names the proposal: read once, for the first "delar den uppfattningen" here.
    let prevAboutProposal: boolean | undefined;
    const t = ctx.tokens;
    const base = SECTION_WEIGHT[ctx.section];
    const hypothetical = HYPOTHETICAL.has(t[0]?.w ?? '');
    // "Bör universitetet stödja förslaget?": a question asks for a position, it takes none.
    const question = endsWithQuestionMark(ctx.sentence.text);
    // "Förvaltningen avstyrker därför förslaget", "Sammantaget ...", "Mot denna bakgrund ...".
    let concluding = false;
    for (let i = 0; i < t.length && i < 12; i++) if (CONCLUDING.has(t[i].w)) concluding = true;
    let lastOppose = -1;
    for (const s of signals) if (s.kind === 'oppose' && s.at > lastOppose) lastOppose = s.at;
    const contrasts = signals.filter((s) => s.kind === 'contrast' && realContrast(ctx, s));
    const contrastAt = contrasts.length ? contrasts[0].at : Infinity;
    const concession = last === 'no' && contrasts.some((c) => ADVERB_CONTRASTS.has(t[c.at].w) || c.at <= 1);
    // "positiv till en reform, men avstyrker förslaget": beside a formal no across a contrast,
    // an attitude or an agreement is a concession (a formal yes beside it is a mixed answer).
    const formalNo = signals.find((s) => s.kind === 'oppose' && s.weight >= 1.2 && !s.muted);
    const weighted: Weighted[] = [];
    let contrastUsed = false;
    // "Bakgrund ... Kommunen tillstyrker förslaget, men ...": a heading the text never left.
    const ownHere = ctx.section === 'background' && signals.some((s) => ownVoiced(s, t, subj));
    for (const s of signals) {
      // Stance verbs need the respondent as subject; cues only need a non-descriptive sentence.
      // An implicit (weak) stance in a sentence that reports others ("Flera organisationer har
      // framfört att förslaget riskerar att försämra ...") is theirs, whatever its clause.
      // The respondent named as the subject ("SKR ser positivt på ...") speaks for itself, however
      // much of the proposal the sentence also names.
      const selfSubject = isStance(s) && subj.of.get(s)?.kind === 'self';
      const desc = selfSubject ? 1 : isStance(s) ? (descriptive && s.weight < 1.2 ? DESCRIPTION_FACTOR : descriptionFactor(t, s.at)) : descriptive || (s.kind === 'abstain' && sentWithout(t, s, ctx.text, r)) ? DESCRIPTION_FACTOR : 1;
      // "Förbundet har ställt sig bakom flera av förslagen": the respondent's own position, in the perfect.
      // Only where the words name this respondent ("vi", its own name): a generic "länsstyrelsen" may be another's.
      const ownPast = s.past === true && selfSubject && namesRespondent(subj.of.get(s)!.word, r) && !earlierOccasion(t, s.at);
      let eff = (ownPast ? (s.weight / REPORTED) * OWN_PAST : s.weight) * base * desc;
      // "Många efterfrågar en tidigare start", "Flera remissinstanser saknar ...": others' wishes, not the respondent's conditions.
      if (s.kind === 'condition' && desc === 1 && subjectOf(ctx.text, t, s.at, r).kind === 'other') eff *= DESCRIPTION_FACTOR;
      if (ownHere && (!isStance(s) || ownVoiced(s, t, subj))) eff = s.weight * OWN_IN_BACKGROUND * desc;
      const formal = (s.kind === 'support' || s.kind === 'oppose') && s.weight >= 1.2 && !s.muted;
      let isWhole = false;
      let neutralised = false;
      const reportedOther = otherBody(s, t, subj, r);
      // A no guessed to be another body's keeps enough weight to stop a yes (never opposing →
      // supporting on a wrong guess); only a known respondent body rules it out.
      if (reportedOther) {
        const named = subj.of.get(s)?.kind === 'named';
        eff *= s.kind === 'oppose' && !r?.body && named ? GUESSED_OTHER_NO : r?.body && named ? KNOWN_OTHER : DESCRIPTION_FACTOR;
      }
      else if (isStance(s) && whole(t, s)) {
        eff *= WHOLE;
        isWhole = formal;
      } else if (formal && wholeObject(t, s, subj.of.get(s)?.word, ctx.text)) {
        // "avstyrker förslaget" under "Avsnitt 8 Tillsyn" is about that part, not the whole.
        isWhole = !ctx.underPart && ctx.section !== 'background';
      } else if (s.kind === 'oppose' && !s.muted && negatedOpinionOnProposal(t, s)) {
        eff *= WHOLE;
        isWhole = !ctx.underPart && ctx.section !== 'background';
      }
      if (formal && desc === 1 && concluding) eff *= CONCLUSION;
      if (isWhole && limitedToParts(t, s)) isWhole = false;
      const part = isStance(s) && !isWhole && !reportedOther && (ctx.underPart === true || partOpener(t) || (formal && partObject(t, s, subj.of.get(s)?.word, ctx.text)) || limitedToParts(t, s));
      // phraseRule already makes "positiv till intentionen" a weak agreement; this catches the rest.
      const aim = isYes(s) && aimObject(t, s);
      if (aim && s.kind === 'support') eff *= AIM;
      if (anaphoricAgreement(t, s) && !(prevAboutProposal ??= aboutProposal(sentences[ctx.index - 1]))) eff *= ANAPHORIC_AGREEMENT;
      let kind = s.kind;
      switch (s.kind) {
        case 'agree':
        case 'support':
          if (s.kind === 'agree' && s.weight <= 0.5 && lastOppose > s.at) eff = 0;
          if (concession || conceded(s, formalNo, contrasts)) eff *= CONCESSION;
          break;
        case 'oppose':
          if (contrastAt < s.at) eff *= 1.3;
          break;
        case 'qualifier':
          if (!signals.some(isYes)) eff = 0;
          break;
        case 'contrast': {
          if (!realContrast(ctx, s) || contrastUsed || lastOppose > s.at || concession) {
            eff = 0;
            break;
          }
          // "tillstyrker ... med motivering att färre men större län": a "men" inside the
          // yes verb's att-clause (no comma before it) is not a reservation.
          const yes = signals.find((o) => isYes(o) && o.at < s.at);
          const inClause =
            yes !== undefined && !t[s.at].brk && !OPINION_AFTER_MEN.has(t[s.at + 1]?.w ?? '') && t.some((tk) => tk.w === 'att' && tk.start >= yes.end && tk.start < s.start);
          const adverb = ADVERB_CONTRASTS.has(t[s.at].w) || s.at <= 1;
          if ((yes !== undefined && !inClause) || (adverb && last === 'yes')) contrastUsed = true;
          else {
            eff = 0;
            neutralised = inClause;
          }
          break;
        }
        case 'demand':
          if (signals.some((o) => isStance(o) && o.at < s.at && !contrasts.some((c) => c.at > o.at && c.at < s.at))) eff = 0;
          break;
        case 'condition':
          // "delar bedömningen att ansvaret behöver förtydligas": the modal is the stance's content.
          // Unless a real contrast stands between: "välkomnar ... men anser att förslaget måste kompletteras".
          if (MODALS.has(t[s.at].w) && signals.some((o) => isStance(o) && o.at < s.at && !contrasts.some((c) => c.at > o.at && c.at < s.at))) {
            eff = 0;
            neutralised = s.weight >= 0.8;
          }
          break;
        default:
          break;
      }
      if (hypothetical && isStance(s)) kind = 'condition';
      if (question && kind !== 'contrast') eff *= QUESTION;
      // A plain copy, then the fields (a spread with overrides is much slower); same keys, same order.
      const w = { ...s } as Weighted;
      w.kind = kind;
      w.stance = kind === 'condition' ? 'conditional' : s.stance;
      w.eff = eff;
      w.sentence = ctx.index;
      w.source = sourceOf(a);
      if (isWhole && kind !== 'condition') w.whole = true;
      if (reportedOther && isStance(s)) w.other = true;
      if (ownPast) delete w.muted;
      if (neutralised) w.neutralised = true;
      if (aim) w.aim = true;
      if (part && kind !== 'condition') w.part = true;
      weighted.push(w);
    }
    const stanceHere = weighted.filter((w, i) => isStance(w) && w.eff > 0 && !w.muted && !otherBody(signals[i], t, subj, r) && descriptionFactor(t, w.at) === 1);
    if (!leadDone && ctx.section !== 'background' && stanceHere.length > 0) {
      leadDone = true;
      for (const w of stanceHere) w.eff *= LEAD_BOOST;
    }
    // The last position taken, for the next sentence's contrast words.
    const lastHere = stanceHere.length > 1 ? stanceHere.sort((x, y) => y.at - x.at)[0] : stanceHere[0];
    if (lastHere) last = lastHere.kind === 'oppose' ? 'no' : 'yes';
    for (const w of weighted) out.push(w);
  }
  return out;
}
