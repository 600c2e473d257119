/** A stored ISO timestamp as people read it: `2016-09-22 14:05` (sv) or `22/09/2016, 14:05` (en). */
import type { Lang } from '../domain/lang.ts';
const FORMATS = {
  sv: new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'short', timeStyle: 'short' }),
};

export function formatTime(iso: string | undefined, lang: Lang = 'sv'): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : FORMATS[lang].format(d);
}
