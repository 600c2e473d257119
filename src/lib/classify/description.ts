/**
 * Description is not stance. Sentences that report what the proposal says ("I förslaget
 * anges att ...", "Utredningen föreslår ...") or what someone else thinks ("Regeringen ser
 * positivt på ...", "Motionären anser ...") weigh little: the stance verb must have the
 * respondent (förvaltningen, nämnden, vi, an organisation) as its subject.
 */
import { lexSlot, type Token } from './tokens.ts';

/** Weight of a stance phrase in a descriptive sentence. */
export const DESCRIPTION_FACTOR = 0.15;

const PROPOSAL_NOUNS = new Set([
  'förslaget', 'förslagen', 'remissen', 'promemorian', 'betänkandet', 'rapporten', 'rapporterna',
  'motionen', 'strategin', 'utredningen', 'planen', 'programmet', 'lagrådsremissen', 'direktiven',
  'uppdraget', 'propositionen', 'skrivelsen', 'handlingsplanen', 'policyn', 'riktlinjerna',
]);
/** Subjects that are not the respondent. */
const OTHER_SUBJECTS = new Set([
  'utredningen', 'utredaren', 'utredarna', 'regeringen', 'departementet', 'motionären',
  'motionärerna', 'kommissionen', 'remissinstanserna', 'remissinstanser', 'länsstyrelsen',
  'förslagsställaren', 'lagstiftaren', 'riksdagen', 'eu-kommissionen',
  // Other bodies, reported: "Flera av länets kommuner har avstyrkt ..."
  'flera', 'många', 'vissa', 'andra', 'kommuner', 'kommunerna', 'regioner', 'regionerna', 'myndigheter',
  'aktörer', 'organisationer', 'remissinstanserna', 'instanser', 'nämnder', 'motionärerna',
]);
const QUANTIFIERS = new Set(['flera', 'många', 'vissa', 'andra']);
const RESPONDENT_ENDINGS = ['nämnden', 'nämnderna', 'förvaltningen', 'kontoret', 'styrelsen', 'bolaget', 'förbundet', 'institutet', 'myndigheten', 'verket', 'föreningen', 'organisationen', 'rådet'];
const RESPONDENT_WORDS = new Set(['vi', 'oss', 'vår', 'våra', 'vårt', 'jag']);

/** Opinion verbs whose att-clause says what another party should do: "anser att regeringen bör avstå". */
const OPINION = new Set(['anser', 'menar', 'tycker', 'bedömer', 'förordar', 'rekommenderar', 'föreslår', 'vill', 'kräver', 'uppmanar', 'understryker', 'betonar']);

/**
 * Is the subject at k inside an att-clause of the respondent's opinion ("Förbundet menar att
 * regeringen bör avstå från förslaget")? Then the stance is the respondent's own.
 */
export function inOpinionClause(tokens: Token[], k: number): boolean {
  if (tokens[k - 1]?.w !== 'att') return false;
  for (let j = k - 2; j >= 0 && j >= k - 4; j--) {
    if (tokens[j].brk && j < k - 2) return false;
    if (OPINION.has(tokens[j].w)) return true;
  }
  return false;
}

/** Is the word the respondent speaking of itself? */
export function isRespondentWord(w: string): boolean {
  return RESPONDENT_WORDS.has(w) || RESPONDENT_ENDINGS.some((e) => w.endsWith(e));
}

const SLOT = lexSlot();
/** isRespondentWord of a token's word, cached on the word. */
function respondentToken(t: Token): boolean {
  const lex = t.lex;
  if (lex === undefined || lex.w !== t.w) return isRespondentWord(t.w);
  const hit = lex.c[SLOT] as boolean | undefined;
  return hit !== undefined ? hit : (lex.c[SLOT] = isRespondentWord(t.w)) as boolean;
}

/** Stems that name the proposal, the inquiry or the motion in any form: "utredningens", "promemorian", "motionärerna". */
const PROPOSAL_STEMS = ['förslag', 'föreslå', 'utredning', 'utredare', 'promemori', 'betänkande', 'lagrådsremiss', 'motion'];

/** Does the word name the proposal, the inquiry or the motion (any inflection; compounds in -förslaget)? */
export function namesProposal(w: string): boolean {
  return PROPOSAL_NOUNS.has(w) || PROPOSAL_STEMS.some((p) => w.startsWith(p)) || w.endsWith('förslaget') || w.endsWith('förslagen');
}

/** The reasons given for a proposal: "Bakgrunden till medborgarförslaget är ...", "Syftet med förslaget är ...". */
const REASON_NOUNS = new Set(['bakgrunden', 'syftet', 'motiveringen', 'skälet', 'skälen', 'argumentet', 'argumenten']);

/**
 * Does the sentence open by quoting the proposal ("I förslaget ...", "Enligt utredningen ...",
 * "Enligt motionärerna ..."), or by giving the proposer's reasons ("Bakgrunden till
 * medborgarförslaget är att ...", "Syftet med utredningens förslag är att ...")?
 */
function opensWithProposal(tokens: Token[]): boolean {
  const a = tokens[0]?.w;
  const b = tokens[1]?.w ?? '';
  if ((a === 'i' || a === 'enligt') && PROPOSAL_NOUNS.has(b)) return true;
  if (a === 'enligt' && OTHER_SUBJECTS.has(b) && !QUANTIFIERS.has(b)) return true;
  return a !== undefined && REASON_NOUNS.has(a) && givesReasons(tokens);
}

/**
 * "Bakgrunden till medborgarförslaget är (enligt motionären) att ...": the proposal named before
 * the copula, an att-clause within a few words after it. "Syftet med förslaget är gott" is the
 * respondent's view of the aim.
 */
function givesReasons(tokens: Token[]): boolean {
  let proposal = false;
  for (let k = 2; k < tokens.length && k <= 5; k++) {
    if (tokens[k].brk) return false;
    const w = tokens[k].w;
    if (w === 'är' || w === 'var') {
      if (!proposal) return false;
      for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
        if (tokens[j].brk) return false;
        if (tokens[j].w === 'att') return true;
      }
      return false;
    }
    if (namesProposal(w)) proposal = true;
  }
  return false;
}

/** Weight factor for a stance phrase whose first word is token `at`. */
export function descriptionFactor(tokens: Token[], at: number): number {
  if (opensWithProposal(tokens)) {
    for (let k = 2; k < at; k++) if (respondentToken(tokens[k])) return 1;
    return DESCRIPTION_FACTOR;
  }
  // The subject: words before the verb in its clause (at most 6 back).
  const w = tokens[at]?.w ?? '';
  const passive = w.endsWith('s') && !w.endsWith('ss');
  if (passive) return 1;
  for (let k = at - 1; k >= 0 && k >= at - 6; k--) {
    if (respondentToken(tokens[k])) return 1;
    if (OTHER_SUBJECTS.has(tokens[k].w)) return inOpinionClause(tokens, k) ? 1 : DESCRIPTION_FACTOR;
    if (tokens[k].brk || tokens[k].w === 'att') break;
  }
  return 1;
}

/** Does the whole sentence describe the proposal or another party's view? */
export function isDescriptiveSentence(tokens: Token[]): boolean {
  if (opensWithProposal(tokens)) return !tokens.some((t, i) => i > 1 && respondentToken(t));
  for (let k = 0; k < Math.min(tokens.length, 4); k++) {
    if (respondentToken(tokens[k])) return false;
    // "Flera kommuner har avstyrkt" reports; "Branschen ser dock flera problem" does not.
    if (k > 0 && QUANTIFIERS.has(tokens[k].w)) continue;
    if (OTHER_SUBJECTS.has(tokens[k].w)) return true;
  }
  return false;
}
