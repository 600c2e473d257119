/** Small formatting for the library view: storage sizes and dates, Swedish first. */
import type { Lang } from '../domain/lang.ts';

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'] as const;

/**
 * "12 MB", "1,5 GB" (sv) or "1.5 GB" (en): powers of 1000, like the browsers' own figures
 * and the file managers of macOS and Windows 11. The one size format of the app (files in
 * the import preview, storage in the library).
 */
export function formatBytes(n: number, lang: Lang = 'sv'): string {
  if (!Number.isFinite(n) || n < 0) return '–';
  let i = 0;
  let v = n;
  while (v >= 1000 && i < UNITS.length - 1) {
    v /= 1000;
    i++;
  }
  const digits = i === 0 || v >= 100 ? 0 : v >= 10 ? 0 : 1;
  const s = new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: digits }).format(v);
  return `${s} ${UNITS[i]}`;
}

/** "2026-11-26 14:05" from an ISO timestamp, in local time; '' when missing or invalid. */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (x: number) => String(x).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A yyyy-mm-dd date that really exists (2016-02-30 does not). */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}
