/**
 * The remiss part of a JSON wrapper: `consultation` {title, reference, deadline, themes
 * [{name, keywords}], recipients} or the Swedish `remiss` {titel, diarienummer, sista
 * svarsdag, inriktningar [{namn, nyckelord}], sändlista}. Only known keys are copied, into
 * a fresh object; wrong types are reported and skipped.
 */
import type { MessageParams } from '../domain/message.ts';
import { cleanName } from '../domain/normalize.ts';
import type { Consultation, Theme } from '../domain/types.ts';
import { parseDate } from './dates.ts';
import { fold } from './fold.ts';
import { shorten, type IssueCollector } from './issues.ts';
import { isObject, safeKeys } from './jsonSafe.ts';

/** What is wrong with a part of the remiss: the message's `kind`. */
type Bad = 'themes' | 'theme-keywords' | 'theme-name' | 'recipients' | 'not-object' | 'not-text';

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
function themes(v: unknown, bad: (kind: Bad) => void): Theme[] {
  if (!Array.isArray(v)) return bad('themes'), [];
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
        else if (THEME_WORDS.has(f)) keywords = strings(t[k]) ?? (bad('theme-keywords'), []);
      }
    if (!name) {
      bad('theme-name');
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
  const bad = (kind: Bad, key?: string) => collector.add('bad-consultation', 'warning', { column: 'remiss' }, (): MessageParams => (key === undefined ? { kind } : { kind, key: shorten(key) }));
  if (typeof v === 'string') {
    if (cleanName(v)) out.title = cleanName(v);
    return out;
  }
  if (!isObject(v)) return bad('not-object'), out;
  for (const k of safeKeys(v, (key) => collector.add('ignored-key', 'warning', { column: key }))) {
    const key = KEYS.get(fold(k));
    const val = v[k];
    if (key === 'themes') out.themes = themes(val, bad);
    else if (key === 'recipients') out.recipients = strings(val) ?? (bad('recipients'), []);
    else if (key && typeof val !== 'string' && !(key === 'reference' && typeof val === 'number')) bad('not-text', k);
    else if (key === 'deadline') {
      const d = parseDate(val as string);
      if (!d.ok) collector.add('invalid-deadline', 'warning', { column: k }, () => ({ value: shorten(val as string) }));
      else if (d.iso) out.deadline = d.iso;
    } else if (key && cleanName(String(val))) out[key] = cleanName(String(val));
  }
  return out;
}
