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
import { cleanConditions } from './conditionText.ts';

/** One yttrande as it is named in the summary. */
export interface SummaryEntry {
  /** Display name (joint answers name every party). */
  name: string;
  /** Number of its quote in the quote list, when it has one. */
  quote?: number;
  /** A person set this stance (override). */
  manual: boolean;
  /**
   * Conditions as clean clauses, each once per instans (conditional entries only). In the
   * overall list: the conditions on the proposal as a whole; per inriktning: those on it.
   */
  conditions: string[];
  /** Conditional, but no condition in the text: the summary says "villkoret framgår inte uttryckligen". */
  implicitCondition: boolean;
  /** Overall entries: inriktningar the instans attached conditions to (listed under them). */
  conditionThemes: string[];
  /** Per-inriktning entries: a short quote of what it says about the inriktning. */
  themeQuote?: string;
}

/** Entries per inriktning; only yttranden that discuss it (explicit or overridden). */
export interface ThemeSummary {
  name: string;
  byStance: Record<Stance, SummaryEntry[]>;
  /** Yttranden that do not discuss the theme (their stance is only inherited). */
  silent: number;
}

/** "X tillstyrker men avstyrker inriktningen Y" (and the reverse). */
export interface SplitStance {
  name: string;
  overall: Stance;
  /** Inriktningar discussed with the opposite view, and that view. */
  themes: Array<{ theme: string; stance: Stance }>;
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
  /** Instanser whose view on an inriktning goes the other way than their overall stance. */
  splits: SplitStance[];
  quotes: Array<{ n: number; name: string; text: string }>;
}

/** Quotes longer than this are cut with "…": the summary cites, the source has the rest. */
const MAX_QUOTE = 300;
/** Quotes per inriktning are shorter: one line each under the inriktning. */
const MAX_THEME_QUOTE = 180;
const collator = new Intl.Collator('sv-SE');
const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
const emptyGroups = (): Record<Stance, SummaryEntry[]> => ({ supporting: [], conditional: [], opposing: [], none: [] });
const flat = (s: string) => cleanName(s.replace(/[\r\n\t]+/g, ' '));

/** The quote for a record: the one given, else machine evidence that agrees with its stance. */
function quoteText(r: ResponseRecord, given: Map<number, string> | undefined, d: ClassificationDetails | undefined): string | undefined {
  const q = (r.id !== undefined ? given?.get(r.id) : undefined) ??
    d?.evidence.find((e) => e.stance === effectiveStance(r))?.text;
  const t = q ? flat(q) : '';
  return t ? cut(t, MAX_QUOTE) : undefined;
}

function cut(t: string, max: number): string {
  return t.length > max ? t.slice(0, max - 1).trimEnd() + '…' : t;
}

/** What the yttrande says about one inriktning: its theme evidence agreeing with the stance. */
function themeQuoteText(d: ClassificationDetails | undefined, theme: string, stance: Stance): string | undefined {
  const ev = d?.themeEvidence[theme] ?? [];
  const best = ev.find((e) => e.stance === stance) ?? ev[0];
  const t = best ? flat(best.text) : '';
  return t ? cut(t, MAX_THEME_QUOTE) : undefined;
}

const OPPOSITE: Record<Stance, Stance[]> = { supporting: ['opposing'], conditional: ['opposing'], opposing: ['supporting', 'conditional'], none: [] };

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

  // Each instans's conditions, cleaned and deduplicated once, attached to the inriktning
  // they concern (or to the proposal as a whole).
  const themeKey = new Map(c.themes.map((t) => [t.name.toLocaleLowerCase('sv-SE'), t.name]));
  const conditions = new Map<ResponseRecord, Array<{ text: string; theme: string | null }>>();
  for (const { r } of entries) {
    const clean = cleanConditions(conditionsOf(r)).map((k) => ({ text: k.text, theme: k.theme === null ? null : themeKey.get(k.theme.toLocaleLowerCase('sv-SE')) ?? null }));
    conditions.set(r, clean);
  }

  const byStance = emptyGroups();
  const splits: SplitStance[] = [];
  for (const { r, name, stance } of entries) {
    const all = conditions.get(r)!;
    const conditional = stance === 'conditional';
    const general = conditional ? all.filter((k) => k.theme === null).map((k) => k.text) : [];
    const conditionThemes = conditional ? [...new Set(all.filter((k) => k.theme !== null).map((k) => k.theme!))] : [];
    byStance[stance].push({
      name, quote: quoteNo.get(r), manual: !!r.overrides.overall, conditions: general,
      implicitCondition: conditional && all.length === 0, conditionThemes,
    });
    const opposite = c.themes
      .map((t) => ({ theme: flat(t.name), ...effectiveThemeStance(r, t.name) }))
      .filter((ts) => ts.explicit && OPPOSITE[stance].includes(ts.stance))
      .map(({ theme, stance: st }) => ({ theme, stance: st }));
    if (opposite.length > 0) splits.push({ name, overall: stance, themes: opposite });
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
      const all = conditions.get(r)!;
      const own = ts.stance === 'conditional' ? all.filter((k) => k.theme === t.name).map((k) => k.text) : [];
      groups[ts.stance].push({
        name, quote: quoteNo.get(r), manual: ts.overridden, conditions: own,
        // No condition on the inriktning and none on the proposal as a whole either.
        implicitCondition: ts.stance === 'conditional' && own.length === 0 && !all.some((k) => k.theme === null),
        conditionThemes: [],
        themeQuote: themeQuoteText(det(r), t.name, ts.stance),
      });
    }
    for (const st of STANCES) groups[st].sort(byName);
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
    splits,
    quotes: quoteList,
  };
}
