/**
 * The remiss part of a JSON wrapper: `consultation` {title, reference, deadline, themes
 * [{name, keywords}], recipients} or the Swedish `remiss` {titel, diarienummer, sista
 * svarsdag, inriktningar [{namn, nyckelord}], sändlista}. Only known keys are copied, into
 * a fresh object; wrong types are reported and skipped.
 */
import { cleanName } from '../domain/normalize.ts';
import type { Consultation, Theme } from '../domain/types.ts';
import { parseDate } from './dates.ts';
import { fold } from './fold.ts';
import { quote, type IssueCollector } from './issues.ts';
import { isObject, safeKeys } from './jsonSafe.ts';

type Key = 'title' | 'reference' | 'deadline' | 'themes' | 'recipients';
/** Folded key names, '|'-separated because some are several words. */
const KEYS: ReadonlyMap<string, Key> = new Map(
  (
    [
      ['title', 'title|titel|namn|name|rubrik|remiss'],
      ['reference', 'reference|referens|diarienummer|dnr|diarienr'],
      ['deadline', 'deadline|sista svarsdag|svarsdatum|sista dag|svara senast'],
      ['themes', 'themes|inriktningar|teman|delar'],
      ['recipients', 'recipients|sandlista|sandlistan|mottagare|remissinstanser'],
    ] as const
  ).flatMap(([k, names]) => names.split('|').map((n) => [n, k] as const)),
);

const THEME_NAME = new Set(['name', 'namn', 'titel', 'title']);
const THEME_WORDS = new Set(['keywords', 'nyckelord', 'sokord', 'ord', 'words']);

function strings(v: unknown): string[] | null {
  if (typeof v === 'string') return v.split(/[,;\n]/).map(cleanName).filter(Boolean);
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.map(cleanName).filter(Boolean);
  return null;
}

/** Themes, deduped by name (case-insensitive, first wins). */
function themes(v: unknown, bad: (what: string) => void): Theme[] {
  if (!Array.isArray(v)) return bad('inriktningar ska vara en lista'), [];
  const seen = new Set<string>();
  const out: Theme[] = [];
  for (const t of v) {
    let name: string | undefined;
    let keywords: string[] = [];
    if (typeof t === 'string') name = cleanName(t);
    else if (isObject(t))
      for (const k of safeKeys(t)) {
        const f = fold(k);
        if (THEME_NAME.has(f) && typeof t[k] === 'string') name = cleanName(t[k] as string);
        else if (THEME_WORDS.has(f)) keywords = strings(t[k]) ?? (bad(`nyckelord för inriktningen ska vara en lista med ord`), []);
      }
    if (!name) {
      bad('en inriktning saknar namn');
      continue;
    }
    const key = name.toLocaleLowerCase('sv-SE');
    if (!seen.has(key)) out.push({ name, keywords });
    seen.add(key);
  }
  return out;
}

export function readConsultation(v: unknown, collector: IssueCollector): Partial<Consultation> {
  const out: Partial<Consultation> = {};
  const bad = (what: string) => collector.add('wrong-type', 'warning', { column: 'remiss' }, () => `${what}; värdet ignorerades.`);
  if (typeof v === 'string') {
    if (cleanName(v)) out.title = cleanName(v);
    return out;
  }
  if (!isObject(v)) return bad('remissen ska vara ett objekt'), out;
  for (const k of safeKeys(v, (key) => collector.add('ignored-key', 'warning', { column: key }, () => 'nyckeln ignorerades av säkerhetsskäl.'))) {
    const key = KEYS.get(fold(k));
    const val = v[k];
    if (key === 'themes') out.themes = themes(val, bad);
    else if (key === 'recipients') out.recipients = strings(val) ?? (bad('sändlistan ska vara en lista med namn'), []);
    else if (key && typeof val !== 'string' && !(key === 'reference' && typeof val === 'number')) bad(`${quote(k)} ska vara en text`);
    else if (key === 'deadline') {
      const d = parseDate(val as string);
      if (!d.ok) collector.add('invalid-date', 'warning', { column: k }, () => `ogiltigt datum ${quote(val as string)} för sista svarsdag; det ignorerades.`);
      else if (d.iso) out.deadline = d.iso;
    } else if (key && cleanName(String(val))) out[key] = cleanName(String(val));
  }
  return out;
}
