/**
 * Safe, readable file names for exports, e.g.
 * `internationell-strategi-for-stockholms-stad_oversikt_2026-11-26.png`.
 * Only [a-z0-9-_] plus one `.ext`, so the name works on Windows, macOS, SharePoint and
 * in e-mail attachments, and can never hold a path separator or start with a dot.
 */

/** Letters NFD does not take apart into base letter + accent. */
const SPECIAL: Record<string, string> = { æ: 'ae', ø: 'o', ß: 'ss', œ: 'oe', ł: 'l', đ: 'd', þ: 'th', ð: 'd' };

/** The longest name, extension included; long remiss titles are cut first. */
const MAX_LENGTH = 80;

/** Used when the title has no usable characters at all. */
const FALLBACK = 'remissradar';

/** Lowercase ASCII slug: å→a, ö→o, é→e, everything else non-alphanumeric → '-'. */
export function slug(s: string): string {
  return s
    .toLocaleLowerCase('sv-SE')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[æøßœłđþð]/g, (c) => SPECIAL[c])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** yyyy-mm-dd in local time for a Date; the ISO date part of a string when it has one. */
function datepart(date: string | Date): string {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) return '';
    const p = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
  }
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(date);
  return iso ? iso[1] : slug(date);
}

/** Cut a slug at most `max` long, at a dash when one is near, never ending in a dash. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const head = s.slice(0, Math.max(0, max));
  const dash = head.lastIndexOf('-');
  return (dash > max * 0.6 ? head.slice(0, dash) : head).replace(/-+$/, '');
}

/**
 * `title_kind_date.ext`, all parts slugged. Empty parts are left out; the title falls
 * back to "remissradar"; the whole name is at most 80 characters (the title is shortened).
 */
export function exportFileName(title: string, date: string | Date, kind: string, ext: string): string {
  const e = slug(ext).replace(/-/g, '').slice(0, 10);
  const suffix = [cut(slug(kind), 30), cut(datepart(date), 10)].filter(Boolean);
  const tail = suffix.map((s) => '_' + s).join('') + (e ? '.' + e : '');
  const room = MAX_LENGTH - tail.length;
  const t = cut(slug(title), room) || cut(FALLBACK, room) || FALLBACK;
  return t + tail;
}

/**
 * File names for backups: `remissradar-sakerhetskopia_2026-11-26.json` for the whole
 * library, `<remissens-titel>_sakerhetskopia_2026-11-26.json` for one remiss.
 */
export function backupFileName(date: Date | string, title?: string): string {
  return title
    ? exportFileName(title, date, 'sakerhetskopia', 'json')
    : exportFileName('remissradar-sakerhetskopia', date, '', 'json');
}
