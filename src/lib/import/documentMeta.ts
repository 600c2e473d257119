/**
 * What a published yttrande says about itself in its letterhead and headings: who wrote it
 * ("Till Arbetsmarknadsnämnden", "Yttrande från …", a letterhead naming the nämnd, else the
 * file name), when (the date under the addressee, the meeting date, a date in the head),
 * its dnr and the remiss it answers ("Yttrande över remissen …", "Remiss från X: …").
 * Pure; only the first lines are searched, and every pattern is anchored to one line, so
 * it is linear in the length of the text.
 */
import { findDateInText } from './dates.ts';
import { bare, nameFromFile } from './parseText.ts';
import type { DocumentFields, DocumentSource } from './types.ts';

export interface DocumentMeta {
  fields: DocumentFields & { respondent: string };
  sources: Partial<Record<keyof DocumentFields, DocumentSource>>;
}

/** Lines searched: the letterhead and the headings, not the body. */
const HEAD_LINES = 40;


const nameLike = (s: string) => s.length >= 3 && s.length <= 100 && /^[\p{Lu}]/u.test(s) && !/\d{4}/.test(s);
const TILL = /^till:?$/i;
const TILL_NAME = /^till:? +(.+)$/i;
const FROM = /^(?:yttrande|remissvar|svar|remissyttrande)(?: över [^\n]{1,200})? från +(.+)$/i;
const LABELLED = /^(?:nämnd|remissinstans|avsändare|från|instans|organisation) *: *(.+)$/i;
/** A letterhead line that names a body able to answer: "Kulturnämnden", "Stockholms Hamn AB". */
const BODY_NAME = /^[\p{Lu}][\p{L}\- ]{1,80}(?:nämnd|nämnden|styrelse|styrelsen|fullmäktige|\bAB|bolaget|råd|rådet)$/u;

const MEETING = /^(?:(?:nämndens |styrelsens )?sammanträde(?:sdatum)?|mötesdatum|beslutsdatum|datum)\b/i;
const DNR = /^(?:dnr|diarienummer|diarienr|ärendenr|ärendenummer|ärende nr)\.?:? *([\p{L}\p{N}][\p{L}\p{N}.\-/: ]{0,40})$/iu;

/** "Yttrande över remissen ”X”", "Remissvar avseende X", "Svar på remiss om X". */
const OVER = /^(?:yttrande|remissvar|svar|remissyttrande|tjänsteutlåtande)(?: och [^\n]{1,40})? (?:över|angående|avseende|gällande|om|på) (?:remissen?|remiss av|remissen av|remissen om|remiss om|remissen gällande)?[:, ]*(.+)$/i;
/** "Remiss från kommunstyrelsen: X", "Remiss från Stadsledningskontoret – X", "Remiss: X". */
const REMISS_FROM = /^(?:remiss(?: från [^:–—]{1,80})?|remiss|ärende|remissens titel) *[:–—] *(.+)$/i;

const QUOTES = /^[”“"'»«‘’\s]+|[”“"'»«‘’\s.,]+$/g;
const unquote = (s: string) => s.replace(QUOTES, '').trim();

/** The respondent and where it was found, with the line (a meeting date often follows it). */
function respondentFrom(lines: readonly string[], fileName: string): { name: string; line: number; source: DocumentSource } {
  let letterhead: { name: string; line: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l) continue;
    let m: RegExpExecArray | null;
    if (TILL.test(l)) {
      const j = lines.findIndex((x, k) => k > i && x !== '');
      if (j !== -1 && nameLike(lines[j])) return { name: lines[j], line: j, source: 'till' };
    } else if ((m = TILL_NAME.exec(l)) && nameLike(bare(m[1]))) return { name: bare(m[1]), line: i, source: 'till' };
    else if ((m = FROM.exec(l)) && nameLike(bare(m[1]))) return { name: bare(m[1]), line: i, source: 'from' };
    else if ((m = LABELLED.exec(l)) && nameLike(bare(m[1]))) return { name: bare(m[1]), line: i, source: 'label' };
    else if (!letterhead && i < 10 && BODY_NAME.test(l)) letterhead = { name: l, line: i };
  }
  if (letterhead) return { ...letterhead, source: 'letterhead' };
  return { name: nameFromFile(fileName), line: -1, source: 'file-name' };
}

/** The remiss title, joining a quoted title that goes on to the next line. */
function remissFrom(lines: readonly string[]): string | undefined {
  for (let i = 0; i < lines.length; i++) {
    const m = OVER.exec(lines[i]) ?? REMISS_FROM.exec(lines[i]);
    if (!m) continue;
    let title = m[1];
    const opens = (title.match(/[”“"»«]/g) ?? []).length;
    if (opens % 2 === 1 && lines[i + 1]) title += ' ' + lines[i + 1];
    const t = unquote(title);
    if (t.length >= 3) return t;
  }
  return undefined;
}

function dateFrom(lines: readonly string[], after: number): { iso: string; source: DocumentSource } | undefined {
  if (after >= 0) {
    const near = findDateInText(lines.slice(after + 1, after + 3).join('\n'));
    if (near?.iso) return { iso: near.iso, source: 'till' };
  }
  for (const l of lines) {
    if (!MEETING.test(l)) continue;
    const d = findDateInText(l);
    if (d?.iso) return { iso: d.iso, source: 'meeting' };
  }
  for (const l of lines) {
    const d = findDateInText(l);
    if (d?.iso) return { iso: d.iso, source: 'text' };
  }
  return undefined;
}

/** Respondent, date, dnr and remiss of one document's text (from its first lines). */
export function findDocumentMeta(text: string, fileName: string): DocumentMeta {
  const head: string[] = [];
  let start = 0;
  while (head.length < HEAD_LINES && start <= text.length) {
    const end = text.indexOf('\n', start);
    head.push(bare(text.slice(start, end === -1 ? text.length : end)));
    if (end === -1) break;
    start = end + 1;
  }
  const who = respondentFrom(head, fileName);
  const fields: DocumentMeta['fields'] = { respondent: who.name };
  const sources: DocumentMeta['sources'] = { respondent: who.source };
  const date = dateFrom(head, who.source === 'till' ? who.line : -1);
  if (date) [fields.date, sources.date] = [date.iso, date.source];
  for (const l of head) {
    const m = DNR.exec(l);
    if (m) {
      [fields.reference, sources.reference] = [m[1].trim(), 'label'];
      break;
    }
  }
  const remiss = remissFrom(head);
  if (remiss) [fields.consultation, sources.consultation] = [remiss, 'text'];
  return { fields, sources };
}
