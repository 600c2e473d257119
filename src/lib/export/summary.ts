/**
 * The remissammanställning: a Swedish draft a handläggare pastes into the
 * tjänsteutlåtande and then edits. Plain text (for Word) or Markdown (for the intranet).
 * Facts come from summaryModel.ts; this file only words them.
 */
import type { ClassificationDetails, Consultation, ResponseRecord, Stance } from '../domain/types.ts';
import { STANCES } from '../domain/types.ts';
import { STANCE_LABEL } from './labels.ts';
import { joinSwedish } from './names.ts';
import { summaryModel, type SummaryEntry, type SummaryModel } from './summaryModel.ts';
import { renderDraft, type DraftBlock } from './draftBlocks.ts';

/** Options for {@link buildSummary}. */
export interface SummaryOptions {
  format: 'text' | 'markdown';
  /** responseId → the sentence to cite. Without one, machine evidence that agrees with the stance is cited. */
  quotes?: Map<number, string>;
  /** responseId → evidence and conditions (stored apart; see db/details.ts): conditions and machine quotes come from here. */
  details?: ReadonlyMap<number, ClassificationDetails>;
}

/** How each stance reads in a sentence; `{o}` is "förslaget" first, then "det". */
const VERB: Record<Stance, string> = {
  supporting: 'tillstyrker {o}',
  conditional: 'tillstyrker {o} med villkor',
  opposing: 'avstyrker {o}',
  none: 'tar inte ställning till {o}',
};

/** The overall stance in "X tillstyrker men avstyrker inriktningen Y". */
const SPLIT_VERB: Record<Stance, string> = {
  supporting: 'tillstyrker', conditional: 'tillstyrker med villkor', opposing: 'avstyrker', none: 'tar inte ställning',
};
const THEME_VERB: Record<Stance, string> = {
  supporting: 'tillstyrker', conditional: 'tillstyrker med villkor', opposing: 'avstyrker', none: 'tar inte ställning till',
};

/** Said of a conditional yttrande whose text names no condition. */
export const IMPLICIT_CONDITION = 'villkoret framgår inte uttryckligen';

/** "Bromma stadsdelsnämnd (manuellt bedömd) (citat 3)". */
function entry(e: SummaryEntry): string {
  return e.name + (e.manual ? ' (manuellt bedömd)' : '') + (e.quote ? ` (citat ${e.quote})` : '');
}

/** The sub-items of a conditional entry: its conditions, or what stands in for them. */
function conditionLines(e: SummaryEntry, inTheme: boolean): string[] {
  const out = e.conditions.map((k) => `Villkor: ${k}`);
  if (!inTheme && e.conditionThemes.length > 0) out.push(`Villkor för ${e.conditionThemes.length === 1 ? 'inriktningen' : 'inriktningarna'} ${joinSwedish(e.conditionThemes)}: se under ${e.conditionThemes.length === 1 ? 'inriktningen' : 'respektive inriktning'}.`);
  if (inTheme && e.conditions.length === 0 && !e.implicitCondition) out.push('Villkoren gäller förslaget i stort (se ovan).');
  if (e.implicitCondition) out.push(`${IMPLICIT_CONDITION.charAt(0).toUpperCase()}${IMPLICIT_CONDITION.slice(1)}.`);
  return out;
}

function intro(b: DraftBlock[], m: SummaryModel): void {
  const s: string[] = [];
  if (m.recipients.length > 0) {
    s.push(`Remissen har skickats till ${m.recipients.length} remissinstanser. ${m.answeredRecipients.length} av dem har svarat`
      + (m.notAnswered.length > 0 ? ` och ${m.notAnswered.length} har inte svarat (${joinSwedish(m.notAnswered)}).` : '.'));
  } else s.push('Sändlistan finns inte i underlaget, så det går inte att säga vilka som inte har svarat.');
  if (m.extra.length > 0 && m.recipients.length > 0) {
    s.push(`Därutöver har ${m.extra.length} ${m.extra.length === 1 ? 'instans' : 'instanser'} som inte fanns på sändlistan yttrat sig: ${joinSwedish(m.extra)}.`);
  }
  if (m.responses === 0) s.push('Inga yttranden har kommit in.');
  else {
    s.push(`Sammanlagt har ${m.responses} ${m.responses === 1 ? 'yttrande' : 'yttranden'} kommit in`
      + (m.jointResponses > 0 ? `, varav ${m.jointResponses} ${m.jointResponses === 1 ? 'gemensamt yttrande' : 'gemensamma yttranden'}.` : '.'));
    const counts = STANCES.filter((st) => m.byStance[st].length > 0)
      .map((st, i) => `${m.byStance[st].length} ${VERB[st].replace('{o}', i === 0 ? 'förslaget' : 'det')}`);
    s.push(`Fördelningen är följande: ${joinSwedish(counts)}.`);
    const none = m.byStance.none;
    if (none.length > 0) s.push(`${joinSwedish(none.map((e) => e.name))} har svarat utan att ta ställning i sak.`);
  }
  b.push({ kind: 'para', text: s.join(' ') });
}

function overall(b: DraftBlock[], m: SummaryModel): void {
  b.push({ kind: 'heading', level: 2, text: 'Remissinstansernas ställningstaganden' });
  for (const st of STANCES) {
    const group = m.byStance[st];
    b.push({ kind: 'heading', level: 3, text: `${STANCE_LABEL.sv[st]} (${group.length})` });
    if (group.length === 0) b.push({ kind: 'para', text: 'Ingen remissinstans.' });
    else b.push({ kind: 'list', items: group.map((e) => ({ text: entry(e), sub: st === 'conditional' ? conditionLines(e, false) : undefined })) });
  }
  if (m.splits.length > 0) {
    b.push({ kind: 'heading', level: 3, text: 'Olika ställningstaganden till förslaget och till en inriktning' });
    b.push({
      kind: 'para',
      text: m.splits.map((x) => {
        const byVerb = new Map<Stance, string[]>();
        for (const t of x.themes) (byVerb.get(t.stance) ?? byVerb.set(t.stance, []).get(t.stance)!).push(t.theme);
        const parts = [...byVerb].map(([st, ts]) => `${THEME_VERB[st]} ${ts.length === 1 ? 'inriktningen' : 'inriktningarna'} ${joinSwedish(ts)}`);
        return `${x.name} ${SPLIT_VERB[x.overall]} men ${joinSwedish(parts)}.`;
      }).join(' '),
    });
  }
}

function themes(b: DraftBlock[], m: SummaryModel): void {
  if (m.themes.length === 0) return;
  b.push({ kind: 'heading', level: 2, text: 'Synpunkter per inriktning' });
  for (const t of m.themes) {
    b.push({ kind: 'heading', level: 3, text: `Inriktning: ${t.name}` });
    const g = t.byStance;
    const said = STANCES.some((st) => g[st].length > 0);
    for (const st of STANCES) {
      if (g[st].length === 0) continue;
      b.push({ kind: 'para', text: `${STANCE_LABEL.sv[st]} (${g[st].length}):` });
      b.push({
        kind: 'list',
        items: g[st].map((e) => ({
          text: e.name + (e.manual ? ' (manuellt bedömd)' : '') + (e.themeQuote ? `: ”${e.themeQuote}”` : ''),
          sub: st === 'conditional' ? conditionLines(e, true) : undefined,
        })),
      });
    }
    if (!said) b.push({ kind: 'para', text: 'Ingen remissinstans har särskilt kommenterat inriktningen.' });
    else if (t.silent > 0) b.push({ kind: 'para', text: `Övriga ${t.silent} yttranden kommenterar inte inriktningen särskilt; deras ställningstagande till förslaget i stort räknas inte här.` });
  }
}

/**
 * The remissammanställning as blocks: who was asked, who answered and who did not, the
 * counts per stance, every respondent exactly once under its effective overall stance
 * (Swedish collation) with its conditions, those whose view on an inriktning differs
 * ("tillstyrker men avstyrker inriktningen Y"), a section per inriktning with short
 * quotes, and the numbered quotes the text refers to as "(citat n)".
 */
export function summaryBlocks(consultation: Consultation, records: ResponseRecord[], opts: Omit<SummaryOptions, 'format'> = {}): DraftBlock[] {
  const b: DraftBlock[] = [];
  const m = summaryModel(consultation, records, opts.quotes, opts.details);
  const ref = consultation.reference ? ` (${consultation.reference})` : '';
  b.push({ kind: 'heading', level: 1, text: `Remissammanställning: ${consultation.title + ref}` });
  intro(b, m);
  overall(b, m);
  themes(b, m);
  if (m.quotes.length > 0) {
    b.push({ kind: 'heading', level: 2, text: 'Citat' });
    b.push({ kind: 'list', items: m.quotes.map((q) => ({ text: `[${q.n}] ${q.name}: ”${q.text}”` })) });
  }
  return b;
}

/** The remissammanställning as text (for Word) or Markdown (see summaryBlocks). */
export function buildSummary(consultation: Consultation, records: ResponseRecord[], opts: SummaryOptions = { format: 'text' }): string {
  return renderDraft(summaryBlocks(consultation, records, opts), opts.format);
}
