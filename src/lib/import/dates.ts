/**
 * Dates → ISO yyyy-mm-dd, built from numbers and checked arithmetically. Never
 * `new Date(string)`: it shifts time zones and rolls 2016-02-30 over to March.
 */

/** Swedish (and English) month names and abbreviations, accent-folded, lower-case. */
const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, 'januari january jan'],
      [2, 'februari february feb'],
      [3, 'mars march mar'],
      [4, 'april apr'],
      [5, 'maj may'],
      [6, 'juni june jun'],
      [7, 'juli july jul'],
      [8, 'augusti august aug'],
      [9, 'september sep sept'],
      [10, 'oktober october okt oct'],
      [11, 'november nov'],
      [12, 'december dec'],
    ] as const
  ).flatMap(([m, names]) => names.split(' ').map((n) => [n, m] as const)),
);

export function monthNumber(name: string): number | undefined {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, ''));
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** ISO string for a real calendar date in a plausible range, else null. */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1800 || y > 2200 || m < 1 || m > 12 || d < 1) return null;
  const max = m === 2 && isLeap(y) ? 29 : DAYS[m - 1];
  if (d > max) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// Each pattern is anchored and has no nested quantifiers: linear on any input.
/** 2016-09-20, 2016/09/20, optionally followed by a time ("2016-09-20 00:00", "…T10:00Z"; input is lower-cased). The written date is kept: no UTC shift. */
const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/;
/** 20160920 */
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
/** 20/9/2016, 20.9.2016, 20-9-2016 (day first, as in Sweden). */
const DMY = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
/** (den) 20(:e) september 2016, 20 sept. 2016 */
const WORDS = /^(?:den )?(\d{1,2})(?::?[ae])?\.? ([a-zåäö]+)\.?,? (\d{4})$/;

export type DateResult = { ok: true; iso: string | undefined } | { ok: false };

/** Parse a date cell. Empty → ok with no date; impossible or unreadable → not ok. */
export function parseDate(input: string): DateResult {
  const s = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (s === '') return { ok: true, iso: undefined };
  let y: number, m: number | undefined, d: number;
  let r = ISO.exec(s) ?? COMPACT.exec(s);
  if (r) {
    [y, m, d] = [+r[1], +r[2], +r[3]];
  } else if ((r = DMY.exec(s))) {
    [d, m, y] = [+r[1], +r[2], +r[3]];
  } else if ((r = WORDS.exec(s))) {
    [d, m, y] = [+r[1], monthNumber(r[2]), +r[3]];
  } else {
    return { ok: false };
  }
  const iso = m === undefined ? null : isoDate(y, m, d);
  return iso ? { ok: true, iso } : { ok: false };
}

/** Month names for finding a date inside running text (parseText). */
const MONTH_ALT = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
/** "20 september 2016" anywhere in a text, or an ISO date. Bounded quantifiers only. */
const IN_TEXT = new RegExp(`(?<![\\p{L}\\p{N}])(?:(\\d{1,2})(?::?[ae])?\\s{1,3}(${MONTH_ALT})\\.?\\s{1,3}(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))(?![\\p{L}\\p{N}])`, 'iu');

/** The first date written in a text: its ISO form (null if impossible), and the raw match. */
export function findDateInText(text: string): { iso: string | null; raw: string } | null {
  const r = IN_TEXT.exec(text);
  if (!r) return null;
  const iso = r[1] ? isoDate(+r[3], monthNumber(r[2]) ?? 0, +r[1]) : isoDate(+r[4], +r[5], +r[6]);
  return { iso, raw: r[0] };
}
