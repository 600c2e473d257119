/**
 * Conditions (villkor) as clauses a handläggare can put in a tjänsteutlåtande. The
 * classifier finds the span a condition rests on; here it becomes a clean clause:
 * "att …" after "under förutsättning att", "X saknas" for "saknar X", a modal sentence
 * as it is; trailing procedure ("och överlämnar tjänsteutlåtandet …") and leading
 * conjunctions go; back-references ("detta framgår") and verb-first fragments are not
 * clauses and are dropped. Near-duplicates (the decision and the body often say the same
 * thing) are merged per instans.
 */

/** What the respondent does after its condition, not part of it. */
const TAIL = /,?\s+(?:och\s+)?(?:överlämnar|lämnar|översänder|hänvisar|antar|godkänner|beslutar)\b.*$/i;
/** Conjunctions a fragment can start with when it was cut from a longer sentence. */
const LEAD = /^(?:och|samt|men|dock|även|också)\s+/i;
/** "saknar (vidare/också/dock) (förvaltningen) X": the respondent misses X. */
const MISSING = /^saknar\s+(?:(?:vidare|också|även|dock)\s+)?(?:(?:förvaltningen|nämnden|bolaget|rådet|styrelsen|kontoret)\s+)?(?:(?:vidare|också|även|dock)\s+)?(.+)$/i;
/** A fragment that only points back ("detta framgår …") says nothing on its own. */
const BACK_REFERENCE = /^(?:detta|dessa|så|vilket|som)\b/i;
/** A fragment that starts with a finite verb has lost its subject: not a clause. */
const VERB_FIRST = /^(?:är|var|har|hade|blir|kan|ska|skall)\s/i;
/** A subject and a modal early on: the text is a sentence ("Strategin bör kompletteras …"), not an att-clause. */
const SENTENCE = /^\S+(?:\s+\S+){0,6}?\s+(?:bör|behöver|måste|borde)\s/i;
/** Words too common to tell two conditions apart. */
const STOP = new Set(['att', 'och', 'i', 'av', 'för', 'med', 'som', 'det', 'den', 'en', 'ett', 'till', 'på', 'om', 'är', 'de', 'inte', 'hur', 'ska', 'bör', 'kan', 'så', 'eller', 'också', 'även', 'sådan', 'sådana', 'strategin', 'förslaget']);
const MIN_WORDS = 2;

/** A cleaned condition: the clause and whether it reads as an att-clause. */
export interface CleanCondition {
  /** "att staden tar fram en gemensam modell", "En beskrivning av uppföljningen saknas." */
  text: string;
  /** The key two near-duplicates share (content words, lower case). */
  words: Set<string>;
}

const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('sv-SE') + s.slice(1);

/** One raw condition span as a clean clause, or null when it is not one. */
export function cleanCondition(raw: string): CleanCondition | null {
  let s = raw.replace(/\s+/g, ' ').trim().replace(TAIL, '').replace(/[\s.;:,!?]+$/, '');
  for (let i = 0; i < 3 && LEAD.test(s); i++) s = s.replace(LEAD, '');
  s = s.replace(/^att\s+/i, '');
  if (s.split(' ').length < MIN_WORDS) return null;
  if (BACK_REFERENCE.test(s) || VERB_FIRST.test(s)) return null;
  let text: string;
  const missing = MISSING.exec(s);
  if (missing) {
    // "saknar X, och den lokala nivåns perspektiv bör framgå" keeps only what is missed.
    const what = missing[1].split(/,?\s+och\s+(?:anser|bör|menar|vill|att)\b|,\s+(?:och|men)\s+/)[0];
    if (what.split(' ').length < 2) return null;
    text = `${upperFirst(what)} saknas.`;
  } else if (SENTENCE.test(s)) text = `${upperFirst(s)}.`;
  else text = `att ${s.charAt(0).toLocaleLowerCase('sv-SE') + s.slice(1)}`;
  return { text, words: contentWords(text) };
}

function contentWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.toLocaleLowerCase('sv-SE').split(/[^\p{L}\p{N}-]+/u)) {
    if (w.length < 3 || STOP.has(w)) continue;
    // A crude stem, so "kostnader"/"kostnaderna" and "riktlinjer"/"riktlinjerna" meet.
    out.add(w.replace(/(?:erna|arna|orna|en|et|na|er|ar|or|n)$/, '').slice(0, 7));
  }
  return out;
}

/** True when two clauses say the same thing: most content words shared, or one holds the other. */
export function sameCondition(a: CleanCondition, b: CleanCondition): boolean {
  if (a.words.size === 0 || b.words.size === 0) return a.text === b.text;
  let shared = 0;
  for (const w of a.words) if (b.words.has(w)) shared++;
  const small = Math.min(a.words.size, b.words.size);
  const union = a.words.size + b.words.size - shared;
  return shared / small >= 0.6 || shared / union >= 0.5;
}

/**
 * Clean and deduplicate one instans's conditions, keeping the first of near-duplicates
 * (its theme wins if the first had none). `theme` is null for the remiss as a whole.
 */
export function cleanConditions<T extends { text: string; theme: string | null }>(raw: readonly T[]): Array<{ text: string; theme: string | null }> {
  const kept: Array<CleanCondition & { theme: string | null }> = [];
  for (const r of raw) {
    const c = cleanCondition(r.text);
    if (!c) continue;
    const twin = kept.find((k) => sameCondition(k, c));
    if (twin) {
      if (twin.theme === null && r.theme !== null) twin.theme = r.theme;
      continue;
    }
    kept.push({ ...c, theme: r.theme });
  }
  return kept.map(({ text, theme }) => ({ text, theme }));
}
