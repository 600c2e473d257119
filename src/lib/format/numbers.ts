/** Numbers and shares as the UI, the charts and the exports write them, in Swedish or English. */
import type { Lang } from '../domain/lang.ts';

/** The two UI languages (defined in domain/lang.ts). Swedish is the default everywhere. */
export type { Lang };

/**
 * The no-break space used in every formatted number. ICU versions disagree on
 * U+00A0 versus U+202F for sv-SE grouping; we pin U+00A0 so that labels, tests and
 * exported SVGs are identical on every machine and a number never wraps.
 */
export const NBSP = '\u00A0';

const LOCALE: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };
const numberFormats = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, style: 'decimal' | 'percent', digits: number): Intl.NumberFormat {
  const key = `${lang}|${style}|${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { style, minimumFractionDigits: 0, maximumFractionDigits: digits });
    numberFormats.set(key, f);
  }
  return f;
}

/** Pins the spaces to NBSP and the minus sign to ASCII (Excel and search both want '-'). */
function normalise(s: string): string {
  return s.replace(/[\u00A0\u202F\u2009\u2007 ]/g, NBSP).replace(/\u2212/g, '-');
}

/** Formatted integers, remembered: charts format the same counts on every filter change. */
const integers: Record<Lang, Map<number, string>> = { sv: new Map(), en: new Map() };

/** A number in Swedish style: `formatNumber(1234) === '1\u00A0234'`, `1,5` for 1.5. */
export function formatNumber(n: number, lang: Lang = 'sv', maxFractionDigits = 1): string {
  if (!Number.isInteger(n) || Object.is(n, -0)) return normalise(formatter(lang, 'decimal', maxFractionDigits).format(n));
  const seen = integers[lang];
  let s = seen.get(n);
  if (s === undefined) {
    if (seen.size > 10_000) seen.clear();
    seen.set(n, (s = normalise(formatter(lang, 'decimal', maxFractionDigits).format(n))));
  }
  return s;
}

/** A share (0..1) as a percentage: `formatPercent(0.256) === '26\u00A0%'` (Swedish puts a space before %). */
export function formatPercent(share: number, lang: Lang = 'sv', maxFractionDigits = 0): string {
  return normalise(formatter(lang, 'percent', maxFractionDigits).format(share));
}
