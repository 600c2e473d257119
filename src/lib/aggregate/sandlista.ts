import type { ResponseRecord } from '../domain/types.ts';
import { respondentKey } from '../domain/normalize.ts';
import { memo } from './counts.ts';

/**
 * Where a recipient on the sändlista stands: answered itself, answered through a joint
 * answer, answered that it takes no position (stance none), or has not answered.
 */
export type SandlistaStatus = 'answered' | 'joint' | 'abstained' | 'missing';

/** One recipient's status. */
export interface SandlistaEntry {
  name: string;
  status: SandlistaStatus;
  /** The yttrande that answers for it (its own or the joint one). */
  responseId?: number;
  /** For 'joint': the respondent whose yttrande it joined. */
  via?: string;
}

/** The sändlista checked against the yttranden. */
export interface SandlistaReport {
  /** Recipients in sändlista order (duplicates by key dropped). */
  recipients: SandlistaEntry[];
  /** Respondents that answered without being on the sändlista. */
  unlisted: { respondent: string; responseId?: number }[];
  counts: Record<SandlistaStatus, number>;
}

/**
 * Check the sändlista. A recipient's own yttrande wins over a joint one; its stance,
 * with a person's override winning, tells 'answered' from 'abstained'.
 */
export function sandlistaStatus(
  recipients: readonly string[],
  records: readonly ResponseRecord[],
  keyFn: (name: string) => string = respondentKey,
): SandlistaReport {
  const key = memo(keyFn);
  const custom = keyFn !== respondentKey;
  const own = new Map<string, ResponseRecord>();
  const joint = new Map<string, ResponseRecord>();
  for (const r of records) {
    own.set(r.respondentKey, r);
    if (custom) own.set(key(r.respondent), r);
    for (const m of r.jointWith ?? []) {
      const k = key(m);
      if (!joint.has(k)) joint.set(k, r);
    }
  }
  const counts: Record<SandlistaStatus, number> = { answered: 0, joint: 0, abstained: 0, missing: 0 };
  const listed = new Set<string>();
  const entries: SandlistaEntry[] = [];
  for (const name of recipients) {
    const k = key(name);
    if (!k || listed.has(k)) continue;
    listed.add(k);
    const e = entry(name, own.get(k), joint.get(k));
    counts[e.status]++;
    entries.push(e);
  }
  const unlisted = records
    .filter((r) => !listed.has(r.respondentKey) && !(custom && listed.has(key(r.respondent))))
    .map((r) => (r.id === undefined ? { respondent: r.respondent } : { respondent: r.respondent, responseId: r.id }));
  return { recipients: entries, unlisted, counts };
}

function entry(name: string, mine: ResponseRecord | undefined, shared: ResponseRecord | undefined): SandlistaEntry {
  const e: SandlistaEntry = { name, status: 'missing' };
  const r = mine ?? shared;
  if (!r) return e;
  if (r.id !== undefined) e.responseId = r.id;
  if (!mine) return { ...e, status: 'joint', via: r.respondent };
  const stance = r.overrides.overall?.stance ?? r.classification.stance;
  return { ...e, status: stance === 'none' ? 'abstained' : 'answered' };
}
