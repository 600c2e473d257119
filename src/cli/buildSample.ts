/**
 * Builds the CSV forms of the bundled sample remiss from its canonical source,
 * data/sample/remiss.json:
 *
 * - data/sample/yttranden.csv: one row per yttrande, the way Swedish Excel saves
 *   "CSV (semikolonavgränsad)": Windows-1252, no BOM, CRLF between records,
 *   LF inside quoted multi-line cells, cells quoted only when needed.
 * - data/sample/sandlista.csv: the sändlista, one column "Remissinstans",
 *   UTF-8 with BOM, CRLF.
 *
 * Run: npx tsx src/cli/buildSample.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RespondentKind } from '../lib/domain/types.ts';

/** One response as stored in remiss.json. */
export interface SampleResponse {
  respondent: string;
  kind: RespondentKind;
  date: string;
  reference: string;
  decision: string;
  text: string;
  jointWith?: string[];
}

/** The wrapper format of remiss.json (DESIGN.md §3). */
export interface SampleFile {
  consultation: {
    title: string;
    reference: string;
    deadline: string;
    themes: { name: string; keywords: string[] }[];
    recipients: string[];
  };
  responses: SampleResponse[];
}

/** The header row of yttranden.csv. */
export const CSV_HEADER = ['Remissinstans', 'Typ', 'Datum', 'Dnr', 'Förslag till beslut', 'Yttrande'];

/** How the Typ column names each respondent kind. */
export const KIND_LABELS: Record<RespondentKind, string> = {
  stadsdelsnamnd: 'Stadsdelsnämnd',
  facknamnd: 'Facknämnd',
  bolagsstyrelse: 'Bolagsstyrelse',
  ovrig: 'Övrig',
};

/** Windows-1252 bytes 0x80..0x9F and the characters they stand for (five are unused). */
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80, 0x201a: 0x82, 0x0192: 0x83, 0x201e: 0x84, 0x2026: 0x85, 0x2020: 0x86,
  0x2021: 0x87, 0x02c6: 0x88, 0x2030: 0x89, 0x0160: 0x8a, 0x2039: 0x8b, 0x0152: 0x8c,
  0x017d: 0x8e, 0x2018: 0x91, 0x2019: 0x92, 0x201c: 0x93, 0x201d: 0x94, 0x2022: 0x95,
  0x2013: 0x96, 0x2014: 0x97, 0x02dc: 0x98, 0x2122: 0x99, 0x0161: 0x9a, 0x203a: 0x9b,
  0x0153: 0x9c, 0x017e: 0x9e, 0x0178: 0x9f,
};

/** Encodes text as Windows-1252; throws on a character that has no byte there. */
export function encodeCp1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    let byte: number | undefined;
    if (cp < 0x80 || (cp >= 0xa0 && cp <= 0xff)) byte = cp;
    else byte = CP1252_HIGH[cp];
    if (byte === undefined) {
      const at = text.slice(0, text.indexOf(ch)).split('\n').length;
      throw new Error(
        `Tecknet "${ch}" (U+${cp.toString(16).toUpperCase().padStart(4, '0')}) finns inte i Windows-1252 (rad ${at})`,
      );
    }
    out[n++] = byte;
  }
  return out.subarray(0, n);
}

/** Quotes a cell the way Excel does: only when it holds the delimiter, a quote, a line break or edge spaces. */
export function csvCell(value: string, delimiter = ';'): string {
  const needs =
    value.includes(delimiter) ||
    value.includes('"') ||
    value.includes('\n') ||
    value.includes('\r') ||
    value !== value.trim();
  return needs ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Joins rows into CSV text with CRLF after every record (also the last, as Excel does). */
export function csvText(rows: string[][], delimiter = ';'): string {
  return rows.map((r) => r.map((c) => csvCell(c, delimiter)).join(delimiter) + '\r\n').join('');
}

/** The yttranden as CSV text (not yet encoded). Line breaks inside cells stay LF. */
export function buildYttrandenCsv(data: SampleFile): string {
  const rows = [CSV_HEADER];
  for (const r of data.responses) {
    rows.push([r.respondent, KIND_LABELS[r.kind], r.date, r.reference, r.decision, r.text]);
  }
  return csvText(rows);
}

/** The sändlista as CSV text (not yet encoded). */
export function buildSandlistaCsv(data: SampleFile): string {
  return csvText([['Remissinstans'], ...data.consultation.recipients.map((name) => [name])]);
}

/** The default sample directory: <repo>/data/sample. */
export function sampleDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../data/sample');
}

/** Reads remiss.json and writes both CSV files next to it. */
export function buildSample(dir = sampleDir()): { yttranden: number; recipients: number } {
  const data = JSON.parse(readFileSync(resolve(dir, 'remiss.json'), 'utf8')) as SampleFile;
  writeFileSync(resolve(dir, 'yttranden.csv'), encodeCp1252(buildYttrandenCsv(data)));
  const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
  const body = new TextEncoder().encode(buildSandlistaCsv(data));
  const sandlista = new Uint8Array(bom.length + body.length);
  sandlista.set(bom);
  sandlista.set(body, bom.length);
  writeFileSync(resolve(dir, 'sandlista.csv'), sandlista);
  return { yttranden: data.responses.length, recipients: data.consultation.recipients.length };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  const { yttranden, recipients } = buildSample();
  console.log(`Skrev yttranden.csv (${yttranden} yttranden) och sandlista.csv (${recipients} remissinstanser).`);
}
