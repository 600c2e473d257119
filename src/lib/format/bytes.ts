/** Sizes of files and of the stored library, as people read them, Swedish first. */
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
