/** Dates and times as people read and type them: stored ISO timestamps, yyyy-mm-dd fields. */
import type { Lang } from '../domain/lang.ts';

const FORMATS = {
  sv: new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'short', timeStyle: 'short' }),
};

/** A stored ISO timestamp as people read it: `2016-09-22 14:05` (sv) or `22/09/2016, 14:05` (en). */
export function formatTime(iso: string | undefined, lang: Lang = 'sv'): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : FORMATS[lang].format(d);
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
