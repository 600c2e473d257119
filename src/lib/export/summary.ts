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

/** Markdown-significant characters anywhere in a line. */
const MD_SPECIAL = /[\\`*_{}[\]<>#|~]/g;

/** Escape imported text for Markdown; a leading "-", "+" or "1." would start a list. */
function escMarkdown(s: string): string {
  return s.replace(MD_SPECIAL, '\\$&').replace(/^([-+])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Writes headings, paragraphs and lists in the chosen format. */
function writer(format: SummaryOptions['format']) {
  const md = format === 'markdown';
  const lines: string[] = [];
  return {
    esc: (s: string) => (md ? escMarkdown(s) : s),
    heading(level: 1 | 2 | 3, s: string) {
      lines.push(md ? `${'#'.repeat(level)} ${s}` : level === 1 ? `${s}\n${'='.repeat([...s].length)}` : s, '');
    },
    para(s: string) {
      lines.push(s, '');
    },
    list(items: string[]) {
      lines.push(...items.map((i) => `${md ? '-' : '–'} ${i}`), '');
    },
    done: () => lines.join('\n').trimEnd() + '\n',
  };
}

type W = ReturnType<typeof writer>;

/** "Bromma stadsdelsnämnd (manuellt bedömd) (citat 3)". */
function entry(w: W, e: SummaryEntry): string {
  return w.esc(e.name) + (e.manual ? ' (manuellt bedömd)' : '') + (e.quote ? ` (citat ${e.quote})` : '');
}

/** An entry with its conditions: "Kulturnämnden (citat 2). Villkor: a; b". */
function withConditions(w: W, e: SummaryEntry): string {
  const c = e.conditions.map((k) => w.esc(k.replace(/[.;:\s]+$/, '')));
  return entry(w, e) + (c.length > 0 ? `. Villkor: ${c.join('; ')}.` : '');
}

function intro(w: W, m: SummaryModel): void {
  const s: string[] = [];
  if (m.recipients.length > 0) {
    s.push(`Remissen har skickats till ${m.recipients.length} remissinstanser. ${m.answeredRecipients.length} av dem har svarat`
      + (m.notAnswered.length > 0 ? ` och ${m.notAnswered.length} har inte svarat (${joinSwedish(m.notAnswered.map(w.esc))}).` : '.'));
  } else s.push('Sändlistan finns inte i underlaget, så det går inte att säga vilka som inte har svarat.');
  if (m.extra.length > 0 && m.recipients.length > 0) {
    s.push(`Därutöver har ${m.extra.length} ${m.extra.length === 1 ? 'instans' : 'instanser'} som inte fanns på sändlistan yttrat sig: ${joinSwedish(m.extra.map(w.esc))}.`);
  }
  if (m.responses === 0) s.push('Inga yttranden har kommit in.');
  else {
    s.push(`Sammanlagt har ${m.responses} ${m.responses === 1 ? 'yttrande' : 'yttranden'} kommit in`
      + (m.jointResponses > 0 ? `, varav ${m.jointResponses} ${m.jointResponses === 1 ? 'gemensamt yttrande' : 'gemensamma yttranden'}.` : '.'));
    const counts = STANCES.filter((st) => m.byStance[st].length > 0)
      .map((st, i) => `${m.byStance[st].length} ${VERB[st].replace('{o}', i === 0 ? 'förslaget' : 'det')}`);
    s.push(`Fördelningen är följande: ${joinSwedish(counts)}.`);
    const none = m.byStance.none;
    if (none.length > 0) s.push(`${joinSwedish(none.map((e) => w.esc(e.name)))} har svarat utan att ta ställning i sak.`);
  }
  w.para(s.join(' '));
}

function overall(w: W, m: SummaryModel): void {
  w.heading(2, 'Remissinstansernas ställningstaganden');
  for (const st of STANCES) {
    const group = m.byStance[st];
    w.heading(3, `${STANCE_LABEL.sv[st]} (${group.length})`);
    if (group.length === 0) w.para('Ingen remissinstans.');
    else w.list(group.map((e) => (st === 'conditional' ? withConditions(w, e) : entry(w, e))));
  }
}

function themes(w: W, m: SummaryModel): void {
  if (m.themes.length === 0) return;
  w.heading(2, 'Synpunkter per inriktning');
  for (const t of m.themes) {
    w.heading(3, `Inriktning: ${w.esc(t.name)}`);
    const g = t.byStance;
    const said = STANCES.some((st) => g[st].length > 0);
    if (g.supporting.length > 0) w.para(`Tillstyrker: ${joinSwedish(g.supporting.map((e) => entry(w, e)))}.`);
    if (g.conditional.length > 0) {
      w.para('Tillstyrker med villkor:');
      w.list(g.conditional.map((e) => withConditions(w, e)));
    }
    if (g.opposing.length > 0) w.para(`Avstyrker: ${joinSwedish(g.opposing.map((e) => entry(w, e)))}.`);
    if (g.none.length > 0) w.para(`Berör inriktningen utan att ta ställning: ${joinSwedish(g.none.map((e) => entry(w, e)))}.`);
    if (!said) w.para('Ingen remissinstans har särskilt kommenterat inriktningen.');
    else if (t.silent > 0) w.para(`Övriga ${t.silent} yttranden kommenterar inte inriktningen särskilt.`);
  }
}

/**
 * Build the remissammanställning for one remiss: who was asked, who answered and who
 * did not, the counts per stance, every respondent exactly once under its effective
 * overall stance (Swedish collation), the views per inriktning with conditions, and
 * a numbered list of the quotes the text refers to as "(citat n)".
 */
export function buildSummary(consultation: Consultation, records: ResponseRecord[], opts: SummaryOptions = { format: 'text' }): string {
  const w = writer(opts.format);
  const m = summaryModel(consultation, records, opts.quotes, opts.details);
  const ref = consultation.reference ? ` (${consultation.reference})` : '';
  w.heading(1, `Remissammanställning: ${w.esc(consultation.title + ref)}`);
  intro(w, m);
  overall(w, m);
  themes(w, m);
  if (m.quotes.length > 0) {
    w.heading(2, 'Citat');
    const lines = m.quotes.map((q) => `[${q.n}] ${w.esc(q.name)}: ”${w.esc(q.text)}”`);
    if (opts.format === 'markdown') w.list(lines.map((l) => l.replace(/^\[(\d+)\]/, '\\[$1\\]')));
    else w.para(lines.join('\n'));
  }
  return w.done();
}
