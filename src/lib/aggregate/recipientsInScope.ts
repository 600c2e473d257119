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
  const answered = answeredOf(allRecords);
  const kinds = f.kinds.length ? new Set<string>(f.kinds) : null;
  const named = f.respondents.length ? new Set(f.respondents.map(respondentKey)) : null;
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of recipients) {
    const k = respondentKey(name);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    if (answered.has(k)) continue;
    if (kinds && !kinds.has(respondentKind(name))) continue;
    if (named && !named.has(k)) continue;
    out.push(name);
  }
  return out;
}
