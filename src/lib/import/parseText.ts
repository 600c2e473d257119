/**
 * Plain text / Markdown: one yttrande a file. The respondent comes from the document
 * ("Till Arbetsmarknadsnämnden", "Yttrande från X", "Nämnd: X") or else from the file
 * name; the date from the first date written in it; the decision from the paragraphs
 * under a "Förslag till beslut" / "Beslut" heading. Only the first lines are searched for
 * the respondent, and every regex is anchored to one line: linear in the text length.
 */
import { cleanName } from '../domain/normalize.ts';
import { findDateInText } from './dates.ts';
import { ImportError } from './errors.ts';
import { shorten, type IssueCollector } from './issues.ts';
import { restore, type RawValue } from './restore.ts';
import type { ParsedBody } from './types.ts';

/** Where the respondent is looked for: the letterhead, not the body. */
const HEAD_LINES = 40;
const MAX_DECISION = 4000;

const LEAD = new Set([...'#>*_ \t•']);
const TRAIL = new Set([...'*_:. \t']);

/** A line without Markdown/decoration: "# ", "**", "> ", trailing ":" and ".". A loop, not a regex: `[…]+$` is quadratic on long runs. */
export function bare(line: string): string {
  const s = cleanName(line);
  let a = 0;
  let b = s.length;
  while (a < b && LEAD.has(s[a])) a++;
  while (b > a && TRAIL.has(s[b - 1])) b--;
  return s.slice(a, b);
}

/** A respondent name starts with a capital and is short; "Till följd av …" is prose. */
const nameLike = (s: string) => s.length <= 100 && /^[\p{Lu}]/u.test(s);

const TILL = /^till:?$/i;
const TILL_NAME = /^till:? +(.+)$/i;
const FROM = /^(?:yttrande|remissvar|svar|remissyttrande)(?: över [^\n]{1,200})? från +(.+)$/i;
const LABELLED = /^(?:nämnd|remissinstans|avsändare|från|instans|organisation) *: *(.+)$/i;
/** "Förslag till beslut", "Beslut", "Arbetsmarknadsförvaltningens förslag till beslut", "Styrelsens beslut". */
const DECISION_HEAD = /^(?:[\p{L}-]{2,40}s )?(?:förslag till beslut|beslut|förslag till nämndbeslut)$/iu;

/** "arbetsmarknads_namnden-yttrande.txt" → "Arbetsmarknads namnden yttrande". */
export function nameFromFile(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]{1,10}$/, '');
  const s = cleanName(base.replace(/[_-]+/g, ' '));
  return s.charAt(0).toLocaleUpperCase('sv-SE') + s.slice(1);
}

/** The respondent and the line it was found on (a meeting date often follows it). */
function respondentFrom(lines: readonly string[]): { name: string; line: number } | null {
  const n = Math.min(lines.length, HEAD_LINES);
  for (let i = 0; i < n; i++) {
    const l = bare(lines[i]);
    if (!l) continue;
    let m: RegExpExecArray | null;
    if (TILL.test(l)) {
      // "Till" on its own line, the name on the next non-empty one.
      for (let j = i + 1; j < n; j++) {
        const next = bare(lines[j]);
        if (next) {
          if (nameLike(next)) return { name: next, line: j };
          break;
        }
      }
    } else if ((m = TILL_NAME.exec(l) ?? FROM.exec(l) ?? LABELLED.exec(l))) {
      if (nameLike(bare(m[1]))) return { name: bare(m[1]), line: i };
    }
  }
  return null;
}

/** A heading-like line: Markdown heading, or short with no sentence punctuation. */
const isHeading = (line: string) => /^#{1,6} /.test(line.trim()) || (line.trim().length <= 60 && /^[\p{Lu}]/u.test(line.trim()) && !/[.!?,;:]$/.test(line.trim()));

/** The paragraphs under the decision heading, up to the next heading-like paragraph. */
export function decisionFrom(lines: readonly string[]): string | null {
  const start = lines.findIndex((l) => DECISION_HEAD.test(bare(l)));
  if (start === -1) return null;
  const out: string[] = [];
  let size = 0;
  let content = false;
  for (let i = start + 1; i < lines.length && size < MAX_DECISION; i++) {
    const l = lines[i];
    const paragraphStart = l.trim() !== '' && (i === start + 1 || lines[i - 1].trim() === '');
    if (content && paragraphStart && isHeading(l)) break;
    if (/^#{1,6} /.test(l.trim())) break;
    if (l.trim() !== '') content = true;
    out.push(l);
    size += l.length + 1;
  }
  const s = out.join('\n').trim();
  return s || null;
}

export function parseText(text: string, file: string, collector: IssueCollector): ParsedBody {
  const body = text.replace(/\r\n?/g, '\n');
  if (body.trim() === '') throw new ImportError('empty-file', file, { kind: 'text' });
  const lines = body.split('\n');
  const found = respondentFrom(lines);
  const respondent = found?.name ?? nameFromFile(file);
  const values: RawValue[] = [
    { field: 'respondent', value: respondent, column: 'remissinstans' },
    { field: 'text', value: body, column: 'text' },
  ];
  // "Till\nSocialnämnden\n2016-09-20": the date right under the addressee is the meeting
  // date, which beats the document date above it; else the first date in the text.
  const near = found ? findDateInText(lines.slice(found.line + 1, found.line + 3).join('\n')) : null;
  const date = near?.iso ? near : findDateInText(body);
  // A date in prose is a guess, so an impossible one is a warning, not a lost yttrande.
  if (date?.iso) values.push({ field: 'date', value: date.iso, column: 'datum' });
  else if (date) collector.add('invalid-date-in-text', 'warning', { line: 1 + (body.slice(0, body.indexOf(date.raw)).match(/\n/g)?.length ?? 0) }, () => ({ value: shorten(date.raw) }));
  const decision = decisionFrom(lines);
  if (decision) values.push({ field: 'decision', value: decision, column: 'förslag till beslut' });
  const r = restore(values, { collector, at: { line: 1 }, sourceFile: file, sourceLine: 1 });
  return {
    format: 'text', headers: [], mapping: [], unknownColumns: [], duplicateHeaders: [],
    responses: r.response ? [r.response] : [], goodRows: r.response ? 1 : 0, badRows: r.response ? 0 : 1,
  };
}
