/**
 * The facts behind the remissammanställning, apart from its wording (summary.ts):
 * who was asked, who answered, who stands where overall and on each inriktning, and
 * which quote backs each claim. Pure; every stance is the EFFECTIVE one.
 */
import { effectiveStance, effectiveThemeStance } from '../domain/effective.ts';
import { cleanName } from '../domain/normalize.ts';
import { STANCES, type ClassificationDetails, type Consultation, type ResponseRecord, type Stance } from '../domain/types.ts';
import { sandlistaStatus } from '../aggregate/sandlista.ts';
import { respondentDisplayName } from './names.ts';

/** One yttrande as it is named in the summary. */
export interface SummaryEntry {
  /** Display name (joint answers name every party). */
  name: string;
  /** Number of its quote in the quote list, when it has one. */
  quote?: number;
  /** A person set this stance (override). */
  manual: boolean;
  /** Condition texts (conditional entries only). */
  conditions: string[];
}

/** Entries per inriktning; only yttranden that discuss it (explicit or overridden). */
export interface ThemeSummary {
  name: string;
  byStance: Record<Stance, SummaryEntry[]>;
  /** Yttranden that do not discuss the theme (their stance is only inherited). */
  silent: number;
}

/** Everything the summary says. */
export interface SummaryModel {
  /** The sändlista, duplicates dropped. */
  recipients: string[];
  /** Recipients that answered: own, joint or abstaining yttrande (as aggregate/sandlista.ts counts). */
  answeredRecipients: string[];
  notAnswered: string[];
  /** Senders of yttranden that are not on the sändlista. */
  extra: string[];
  responses: number;
  jointResponses: number;
  byStance: Record<Stance, SummaryEntry[]>;
  themes: ThemeSummary[];
  quotes: Array<{ n: number; name: string; text: string }>;
}

/** Quotes longer than this are cut with "…": the summary cites, the source has the rest. */
const MAX_QUOTE = 300;
const collator = new Intl.Collator('sv-SE');
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
const emptyGroups = (): Record<Stance, SummaryEntry[]> => ({ supporting: [], conditional: [], opposing: [], none: [] });
const flat = (s: string) => cleanName(s.replace(/[\r\n\t]+/g, ' '));

/**
 * Condition texts, flattened, each once: the classifier can find the same condition in
 * the decision and in the body, and a draft that repeats it looks careless.
 */
function uniqueConditions(texts: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of texts.map(flat)) {
    const key = t.toLocaleLowerCase('sv-SE').replace(/[.;:,\s]+$/, '');
    if (key && !seen.has(key)) seen.add(key), out.push(t);
  }
  return out;
}

/** The quote for a record: the one given, else machine evidence that agrees with its stance. */
function quoteText(r: ResponseRecord, given: Map<number, string> | undefined, d: ClassificationDetails | undefined): string | undefined {
  const q = (r.id !== undefined ? given?.get(r.id) : undefined) ??
    d?.evidence.find((e) => e.stance === effectiveStance(r))?.text;
  const t = q ? flat(q) : '';
  if (!t) return undefined;
  return t.length > MAX_QUOTE ? t.slice(0, MAX_QUOTE - 1).trimEnd() + '…' : t;
}

/**
 * Build the model. Quotes are numbered in the order the overall section lists them.
 * `details` (responseId → evidence and conditions, stored apart; see db/details.ts)
 * supplies conditions and machine quotes; without it there are none.
 */
export function summaryModel(
  c: Consultation,
  records: ResponseRecord[],
  quotes?: Map<number, string>,
  details?: ReadonlyMap<number, ClassificationDetails>,
): SummaryModel {
  const det = (r: ResponseRecord) => (r.id !== undefined ? details?.get(r.id) : undefined);
  const conditionsOf = (r: ResponseRecord) => det(r)?.conditions ?? [];
  // The same sändlista check as the app's sändlista view, so the numbers agree.
  const list = sandlistaStatus(c.recipients, records);
  const names = (es: Array<{ name: string }>) => es.map((e) => flat(e.name)).filter(Boolean);
  const recipients = names(list.recipients);

  const entries = records
    .map((r) => ({ r, name: respondentDisplayName(r), stance: effectiveStance(r) }))
    .sort((a, b) => STANCES.indexOf(a.stance) - STANCES.indexOf(b.stance) || byName(a, b));
  const quoteList: SummaryModel['quotes'] = [];
  const quoteNo = new Map<ResponseRecord, number>();
  for (const e of entries) {
    const text = quoteText(e.r, quotes, det(e.r));
    if (text === undefined) continue;
    quoteList.push({ n: quoteList.length + 1, name: e.name, text });
    quoteNo.set(e.r, quoteList.length);
  }

  const byStance = emptyGroups();
  for (const { r, name, stance } of entries) {
    const all = conditionsOf(r);
    const general = all.filter((k) => k.theme === null);
    const conds = stance === 'conditional' ? uniqueConditions((general.length > 0 ? general : all).map((k) => k.text)) : [];
    byStance[stance].push({ name, quote: quoteNo.get(r), manual: !!r.overrides.overall, conditions: conds });
  }

  const themes = c.themes.map((t): ThemeSummary => {
    const groups = emptyGroups();
    let silent = 0;
    for (const { r, name } of entries) {
      const ts = effectiveThemeStance(r, t.name);
      if (!ts.explicit) {
        silent++;
        continue;
      }
      const key = t.name.toLocaleLowerCase('sv-SE');
      const conds = ts.stance !== 'conditional' ? [] : uniqueConditions(conditionsOf(r)
        .filter((k) => k.theme === null || k.theme.toLocaleLowerCase('sv-SE') === key)
        .map((k) => k.text));
      groups[ts.stance].push({ name, quote: quoteNo.get(r), manual: ts.overridden, conditions: conds });
    }
    return { name: flat(t.name), byStance: groups, silent };
  });

  return {
    recipients,
    answeredRecipients: names(list.recipients.filter((e) => e.status !== 'missing')),
    notAnswered: names(list.recipients.filter((e) => e.status === 'missing')).sort((a, b) => collator.compare(a, b)),
    extra: [...new Set(list.unlisted.map((u) => flat(u.respondent)).filter(Boolean))].sort((a, b) => collator.compare(a, b)),
    responses: records.length,
    jointResponses: records.filter((r) => (r.jointWith ?? []).length > 0).length,
    byStance,
    themes,
    quotes: quoteList,
  };
}
