import type { ResponseRecord } from '../domain/types.ts';
import { respondentKind } from '../domain/respondentKind.ts';
import { respondentKey } from '../domain/normalize.ts';
import { answeredKeys } from './counts.ts';
import type { Filters } from './filters.ts';

// Records arrays are replaced, never mutated (Svelte $state.raw, Dexie reads): the array
// is a safe cache key, and every filter change reuses the answered set of the same records.
const answeredCache = new WeakMap<readonly ResponseRecord[], Set<string>>();

function answeredOf(records: readonly ResponseRecord[]): Set<string> {
  let keys = answeredCache.get(records);
  if (!keys) answeredCache.set(records, (keys = answeredKeys(records)));
  return keys;
}

type Unanswered = { name: string; key: string; kind: string }[];
// Per sändlista and records (both replaced, never mutated): the names that have not
// answered, each once, with their key and kind. A filter change only picks among them.
const unansweredCache = new WeakMap<readonly string[], WeakMap<readonly ResponseRecord[], Unanswered>>();

function unansweredOf(recipients: readonly string[], records: readonly ResponseRecord[]): Unanswered {
  let perRecords = unansweredCache.get(recipients);
  if (!perRecords) unansweredCache.set(recipients, (perRecords = new WeakMap()));
  let list = perRecords.get(records);
  if (!list) {
    const answered = answeredOf(records);
    const seen = new Set<string>();
    list = [];
    for (const name of recipients) {
      const key = respondentKey(name);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      if (!answered.has(key)) list.push({ name, key, kind: respondentKind(name) });
    }
    perRecords.set(records, list);
  }
  return list;
}

/**
 * The sändlista names that have not answered, within the filters' reach: a kind filter
 * keeps recipients of that kind (guessed from the name, as import does), a respondent
 * filter keeps the named ones. Stance, theme, text and review filters say nothing about
 * a recipient who never answered, so they do not remove any. Answers are looked up in
 * all records (`allRecords`), not the filtered ones: a filtered-out answer is still an answer.
 */
export function notAnsweredInScope(
  recipients: readonly string[],
  allRecords: readonly ResponseRecord[],
  f: Pick<Filters, 'kinds' | 'respondents'>,
): string[] {
  const kinds = f.kinds.length ? new Set<string>(f.kinds) : null;
  const named = f.respondents.length ? new Set(f.respondents.map(respondentKey)) : null;
  const out: string[] = [];
  for (const r of unansweredOf(recipients, allRecords)) {
    if (kinds && !kinds.has(r.kind)) continue;
    if (named && !named.has(r.key)) continue;
    out.push(r.name);
  }
  return out;
}
