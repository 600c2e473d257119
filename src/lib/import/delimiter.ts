/**
 * Choose the delimiter ourselves. papaparse's guess picks ',' for Swedish semicolon files
 * whose texts contain commas; the header row and the consistency of field counts over the
 * first records decide far better. Also handles Excel's "sep=;" first line.
 */
import Papa from 'papaparse';
import { looksLikeHeader, type Field } from './headers.ts';

export type Delimiter = ',' | ';' | '\t';
export const DELIMITERS: readonly Delimiter[] = [';', ',', '\t'];

/** Records looked at to choose the delimiter and to find the header row. */
export const SAMPLE_RECORDS = 50;

/** Excel writes `sep=;` as the first line to announce the delimiter; it is not data. */
export function sepLine(text: string): { delimiter?: Delimiter; length: number } {
  const m = /^"?sep=(.?)"?[ \t]*(\r\n|\n|\r|$)/i.exec(text.slice(0, 16));
  if (!m) return { length: 0 };
  const d = m[1] as Delimiter;
  return { delimiter: DELIMITERS.includes(d) ? d : undefined, length: m[0].length };
}

export const isBlankRow = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/** The first row that looks like a header, scanning only the sample. */
export function findHeaderRow(rows: readonly string[][], themes: ReadonlyMap<string, Field>): { index: number; respondent: boolean } | null {
  let fallback: { index: number; respondent: boolean } | null = null;
  for (let i = 0; i < rows.length; i++) {
    const h = looksLikeHeader(rows[i], themes);
    if (h.known >= 2 && h.respondent) return { index: i, respondent: true };
    if (h.known >= 2 && !fallback) fallback = { index: i, respondent: false };
  }
  return fallback;
}

interface Score {
  delimiter: Delimiter;
  header: number;
  consistency: number;
  width: number;
}

function score(rows: string[][], delimiter: Delimiter, themes: ReadonlyMap<string, Field>): Score {
  const h = findHeaderRow(rows, themes);
  const body = rows.slice(h?.index ?? 0).filter((r) => !isBlankRow(r));
  // The most common field count, and the share of rows that have it.
  const counts = new Map<number, number>();
  for (const r of body) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
  let width = 1;
  let best = 0;
  for (const [w, n] of counts) if (n > best || (n === best && w > width)) [width, best] = [w, n];
  const consistency = width > 1 && body.length ? best / body.length : 0;
  return { delimiter, header: h ? (h.respondent ? 2 : 1) : 0, consistency, width };
}

/** The first records of the text as split by one delimiter (papaparse stops at `preview`). */
export function sampleRows(text: string, delimiter: Delimiter): string[][] {
  return Papa.parse<string[]>(text, { delimiter, preview: SAMPLE_RECORDS, header: false, dynamicTyping: false }).data;
}

/** Best delimiter for a text (already past any sep= line). Ties go to ';', then ','. */
export function chooseDelimiter(text: string, themes: ReadonlyMap<string, Field>): Delimiter {
  let best: Score | null = null;
  for (const d of DELIMITERS) {
    const s = score(sampleRows(text, d), d, themes);
    if (!best || s.header > best.header || (s.header === best.header && (s.consistency > best.consistency || (s.consistency === best.consistency && s.width > best.width))))
      best = s;
  }
  return best!.delimiter;
}
