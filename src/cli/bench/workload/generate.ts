/**
 * Synthetic yttranden for the benchmarks: deterministic (seeded), varied (respondents,
 * kinds, stances, themes, lengths) and shaped like real tjänsteutlåtanden, with a header
 * block, a decision, sections and paragraphs. Texts are 2–20 KB (UTF-8), most of them
 * short: length = 2 KB + 18 KB · u³, so the mean is ~6.5 KB, as in real remisser.
 */
import type { RespondentKind, Stance } from '../../../lib/domain/types.ts';
import {
  BACKGROUND, COMMITTEES, COMPANIES, DECISIONS, DISTRICTS, FIRST_NAMES, KIND_LABEL, LAST_NAMES, OTHERS,
  SECTIONS, STANCE_SENTENCES, THEME_SENTENCES, TITLES,
} from './bank.ts';
import { mulberry32, type Rng } from './prng.ts';

export interface BenchRow {
  respondent: string;
  kind: RespondentKind;
  /** ISO date. */
  date: string;
  reference: string;
  /** The decision column; '' for about a third of the rows (the body then decides). */
  decision: string;
  text: string;
  /** The stance the text was written to carry (not a label in the file). */
  stance: Stance;
}

export const MIN_TEXT_BYTES = 2 * 1024;
export const MAX_TEXT_BYTES = 20 * 1024;

/** UTF-8 byte length without allocating. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const KINDS: readonly [RespondentKind, number][] = [
  ['stadsdelsnamnd', 0.35],
  ['facknamnd', 0.35],
  ['bolagsstyrelse', 0.2],
  ['ovrig', 0.1],
];
const STANCE_MIX: readonly [Stance, number][] = [
  ['supporting', 0.45],
  ['conditional', 0.25],
  ['opposing', 0.15],
  ['none', 0.15],
];

function weighted<T>(rng: Rng, items: readonly [T, number][]): T {
  let u = rng.next();
  for (const [v, w] of items) {
    if (u < w) return v;
    u -= w;
  }
  return items[items.length - 1][0];
}

/** A unique name per row index: real names plus the row number (respondents must be unique per remiss). */
function respondentName(kind: RespondentKind, rng: Rng, i: number): { name: string; short: string } {
  const n = i + 1;
  switch (kind) {
    case 'stadsdelsnamnd': {
      const d = rng.pick(DISTRICTS);
      return { name: `${d} stadsdelsnämnd ${n}`, short: 'Stadsdelsnämnden' };
    }
    case 'facknamnd': {
      const c = rng.pick(COMMITTEES);
      return { name: `${c} ${n}`, short: 'Nämnden' };
    }
    case 'bolagsstyrelse': {
      const c = rng.pick(COMPANIES);
      return { name: `${c.replace(/ AB$/, '')} ${n} AB`, short: 'Styrelsen' };
    }
    default:
      return { name: `${rng.pick(OTHERS)} ${n}`, short: 'Remissinstansen' };
  }
}

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** Sentences joined into a paragraph, within the byte budget. */
class TextBuilder {
  parts: string[] = [];
  bytes = 0;
  constructor(private readonly max: number) {}
  add(s: string): boolean {
    const b = utf8Length(s);
    if (this.bytes + b > this.max) return false;
    this.parts.push(s);
    this.bytes += b;
    return true;
  }
  toString(): string {
    return this.parts.join('');
  }
}

function paragraph(rng: Rng, sentences: readonly string[], min: number, max: number, lead?: string): string {
  const out: string[] = lead ? [lead] : [];
  const n = rng.int(min, max);
  for (let k = 0; k < n; k++) out.push(rng.pick(sentences));
  return out.join(' ');
}

function person(rng: Rng): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

/** Row `i` of the data set with `seed`: the same (seed, i) gives the same row. */
export function generateRow(seed: number, i: number): BenchRow {
  const rng = mulberry32((seed * 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b));
  const kind = weighted(rng, KINDS);
  const stance = weighted(rng, STANCE_MIX);
  const { name, short } = respondentName(kind, rng, i);
  const month = rng.int(8, 10);
  const day = rng.int(1, 28);
  const date = `2016-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const reference = `Dnr ${rng.int(1, 19)}.${rng.int(1, 9)}.${rng.int(1, 9)}-${rng.int(100, 999)}/2016`;
  const decisionLines = [`1. ${rng.pick(DECISIONS[stance]).replace('{N}', short)}`];
  if (rng.chance(0.5)) decisionLines.push(`2. ${DECISIONS.none[0].replace('{N}', short)}`);
  const decisionText = decisionLines.join('\n');
  const decision = rng.chance(0.67) ? decisionText : '';

  const target = Math.round(MIN_TEXT_BYTES + 64 + (MAX_TEXT_BYTES - MIN_TEXT_BYTES - 640) * rng.next() ** 3);
  const b = new TextBuilder(MAX_TEXT_BYTES - 64);
  const handl = person(rng);
  b.add(`Handläggare\n${handl}\nTelefon 08-508 ${rng.int(10, 99)} ${rng.int(100, 999)}\n\nTill\n${name}\nden ${day} ${MONTHS[month - 1]} 2016\n\n`);
  b.add('Yttrande över remiss om Internationell strategi för Stockholms stad\nRemiss från kommunstyrelsen, KS dnr 2016/0417\n\n');
  b.add(`Förvaltningens förslag till beslut\n${decisionText}\n\n${person(rng)}\n${rng.pick(TITLES)}\n\n`);

  const themeNames = Object.keys(THEME_SENTENCES);
  const themeParas: string[] = [];
  for (const t of themeNames) {
    if (!rng.chance(0.6)) continue;
    // Mostly the overall stance, sometimes a different one for this theme.
    const s = stance === 'none' || rng.chance(0.25) ? rng.pick(['supporting', 'opposing', 'conditional'] as const) : stance;
    themeParas.push(`${rng.pick(THEME_SENTENCES[t][s])} ${paragraph(rng, BACKGROUND, 1, 3)}`);
  }
  const sections: string[] = [
    `${SECTIONS[0]}\n${paragraph(rng, BACKGROUND, 1, 2)} ${rng.pick(STANCE_SENTENCES[stance])}`,
    `${SECTIONS[1]}\n${paragraph(rng, BACKGROUND, 2, 4)}`,
    `${SECTIONS[2]}\n${paragraph(rng, BACKGROUND, 1, 2)}`,
    `${SECTIONS[3]}\n${rng.pick(STANCE_SENTENCES[stance])} ${paragraph(rng, BACKGROUND, 1, 3)}`,
    ...themeParas,
  ];
  for (const s of sections) if (!b.add(`${s}\n\n`)) break;
  // Fill to the target length with reasoning paragraphs, a stance sentence now and then.
  while (b.bytes < target) {
    const lead = rng.chance(0.2) ? rng.pick(STANCE_SENTENCES[stance]) : undefined;
    if (!b.add(`${paragraph(rng, BACKGROUND, 2, 5, lead)}\n\n`)) {
      if (!b.add(`${rng.pick(BACKGROUND)}\n`)) break;
    }
  }
  // Short texts never fall under the minimum: top up sentence by sentence.
  while (b.bytes < MIN_TEXT_BYTES) if (!b.add(`${rng.pick(BACKGROUND)} `)) break;
  const text = b.toString().trimEnd();
  return { respondent: name, kind, date, reference, decision, text, stance };
}

/** Rows 0..n-1 of the data set. */
export function* generateRows(n: number, seed: number): Generator<BenchRow> {
  for (let i = 0; i < n; i++) yield generateRow(seed, i);
}

/** The CSV header the app maps without help (see lib/import/headers.ts). */
export const CSV_HEADER = ['Remissinstans', 'Typ', 'Datum', 'Diarienummer', 'Förslag till beslut', 'Yttrande'] as const;

/** A semicolon-CSV cell: always quoted, quotes doubled (texts hold newlines and semicolons). */
export function csvCell(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** One CSV record with CRLF, as Excel writes it. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(';')}\r\n`;
}

export function csvRow(r: BenchRow): string {
  return csvLine([r.respondent, KIND_LABEL[r.kind], r.date, r.reference, r.decision, r.text]);
}
