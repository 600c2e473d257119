import type { ResponseRecord } from '../domain/types.ts';
import { respondentKey } from '../domain/normalize.ts';

/** The numbers at the top of the overview. */
export interface HeadlineCounts {
  /** Number of yttranden. */
  answered: number;
  supporting: number;
  conditional: number;
  opposing: number;
  none: number;
  /** Recipients (sändlista, in its order) with no yttrande of their own or as a joint member. */
  notAnswered: string[];
  /** Yttranden where a person overrode the overall stance or any theme stance. */
  overridden: number;
  reviewed: number;
}

/**
 * The set of respondent keys that have answered: each yttrande's respondent and every
 * member of a joint answer (gemensamt yttrande).
 */
export function answeredKeys(records: readonly ResponseRecord[], keyFn: (name: string) => string = respondentKey): Set<string> {
  const keys = new Set<string>();
  const key = memo(keyFn);
  for (const r of records) {
    keys.add(r.respondentKey);
    // The stored key already is respondentKey(respondent); only a custom function needs a call.
    if (keyFn !== respondentKey) keys.add(key(r.respondent));
    if (r.jointWith) for (const m of r.jointWith) keys.add(key(m));
  }
  return keys;
}

/**
 * A key function remembered for one call: respondentKey normalises and lower-cases,
 * which adds up at 10,000 records while only a few hundred names differ.
 */
export function memo(keyFn: (name: string) => string): (name: string) => string {
  const seen = new Map<string, string>();
  return (name) => {
    let k = seen.get(name);
    if (k === undefined) seen.set(name, (k = keyFn(name)));
    return k;
  };
}

/**
 * Headline counts over the (filtered) records in one pass. Stances are effective ones:
 * a person's overall override wins. `respondentKeyFn` matches sändlista names to
 * respondents; the default is the domain's `respondentKey`.
 */
export function headlineCounts(
  records: readonly ResponseRecord[],
  recipients: readonly string[],
  respondentKeyFn: (name: string) => string = respondentKey,
): HeadlineCounts {
  const c: HeadlineCounts = { answered: records.length, supporting: 0, conditional: 0, opposing: 0, none: 0, notAnswered: [], overridden: 0, reviewed: 0 };
  for (const r of records) {
    // Inlined effectiveStance: this loop runs on every filter change.
    c[r.overrides.overall?.stance ?? r.classification.stance]++;
    if (r.overrides.overall || hasKeys(r.overrides.themes)) c.overridden++;
    if (r.reviewed) c.reviewed++;
  }
  const answered = answeredKeys(records, respondentKeyFn);
  const seen = new Set<string>();
  for (const name of recipients) {
    const k = respondentKeyFn(name);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    if (!answered.has(k)) c.notAnswered.push(name);
  }
  return c;
}

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}
