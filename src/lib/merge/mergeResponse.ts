import type { OverrideInfo } from '../domain/types.ts';
import type { HistoryRow, OverrideRow } from '../db/types.ts';
import { overridesInForce } from '../db/overridesInForce.ts';
import { eventKey, overrideKey } from './keys.ts';

/** One library's review of one yttrande: its override decisions, its log, its review mark. */
export interface ReviewSide {
  overrides: readonly OverrideRow[];
  history: readonly HistoryRow[];
  reviewed: boolean;
  reviewedBy?: string;
}

/** Two people set different stances on the same scope (overall, or one inriktning). */
export interface StanceConflict {
  /** null = the overall stance; otherwise the theme name. */
  theme: string | null;
  /** The decision in force here, or null when this library has none (the machine's). */
  mine: OverrideInfo | null;
  theirs: OverrideInfo | null;
}

/** What merging the incoming side into the local one adds and changes. */
export interface ResponseMerge {
  /** Incoming override rows that the local library lacks (their ids are the incoming ones). */
  addOverrides: OverrideRow[];
  /** Local override ids the other side undid. */
  undoOverrides: number[];
  /** Incoming log events the local library lacks, oldest first. */
  addHistory: HistoryRow[];
  /** Local event ids the other side marked undone. */
  undoEvents: number[];
  /** The review mark after the merge. */
  reviewed: { reviewed: boolean; reviewedBy?: string };
  /** Scopes where both sides decided differently: a person must choose. */
  conflicts: StanceConflict[];
}

type Scope = string | null;
const scopeKey = (s: Scope) => (s === null ? '\u0001' : s);

/**
 * Merges a colleague's review of a yttrande into the local one, three-way: what both
 * libraries hold (the same decision by key) is the common ground, and whatever only
 * one side holds is that side's new work. A scope changed on one side takes that side's
 * decision; a scope changed on both sides to different stances is a conflict, never
 * settled silently. Every decision of both sides stays in the history.
 */
export function mergeResponse(local: ReviewSide, incoming: ReviewSide): ResponseMerge {
  const localByKey = new Map(local.overrides.map((r) => [overrideKey(r), r]));
  const incomingKeys = new Set(incoming.overrides.map(overrideKey));
  const addOverrides = incoming.overrides.filter((r) => !localByKey.has(overrideKey(r)));
  const undoOverrides: number[] = [];
  const changed = { mine: new Set<string>(), theirs: new Set<string>() };
  for (const r of local.overrides) if (!incomingKeys.has(overrideKey(r))) changed.mine.add(scopeKey(r.theme));
  for (const r of addOverrides) changed.theirs.add(scopeKey(r.theme));
  for (const r of incoming.overrides) {
    const here = localByKey.get(overrideKey(r));
    if (!here || !!here.undone === !!r.undone) continue;
    // One side undid a shared decision: that is new work on that side.
    if (r.undone) {
      undoOverrides.push(here.id!);
      changed.theirs.add(scopeKey(r.theme));
    } else changed.mine.add(scopeKey(r.theme));
  }

  const mineInForce = overridesInForce(local.overrides);
  const theirsInForce = overridesInForce(incoming.overrides);
  const conflicts: StanceConflict[] = [];
  for (const key of changed.theirs) {
    if (!changed.mine.has(key)) continue;
    const theme = key === '\u0001' ? null : key;
    const mine = (theme === null ? mineInForce.overall : mineInForce.themes[theme]) ?? null;
    const theirs = (theme === null ? theirsInForce.overall : theirsInForce.themes[theme]) ?? null;
    if ((mine?.stance ?? null) !== (theirs?.stance ?? null)) conflicts.push({ theme, mine, theirs });
  }
  conflicts.sort((a, b) => (a.theme === null ? -1 : b.theme === null ? 1 : a.theme.localeCompare(b.theme, 'sv')));

  const localEvents = new Map(local.history.map((e) => [eventKey(e), e]));
  // Her import of a yttrande this library holds already is no review work: not carried over.
  const addHistory = incoming.history
    .filter((e) => e.type !== 'imported' && !localEvents.has(eventKey(e)))
    .sort((a, b) => a.at.localeCompare(b.at));
  const undoEvents = incoming.history.flatMap((e) => {
    const here = localEvents.get(eventKey(e));
    return here && e.undone && !here.undone ? [here.id!] : [];
  });

  return { addOverrides, undoOverrides, addHistory, undoEvents, reviewed: mergeReviewed(local, incoming, addHistory), conflicts };
}

/**
 * The review mark: unchanged when the colleague did not review anew; hers when only she
 * did; when both did, reviewed if either says so, by both (initials joined).
 */
function mergeReviewed(local: ReviewSide, incoming: ReviewSide, added: readonly HistoryRow[]): ResponseMerge['reviewed'] {
  const mark = (s: ReviewSide) => (s.reviewed ? { reviewed: true, reviewedBy: s.reviewedBy } : { reviewed: false });
  if (!added.some((e) => touchesReview(e, incoming.history))) return mark(local);
  const incomingKeys = new Set(incoming.history.map(eventKey));
  const mineNew = local.history.some((e) => !incomingKeys.has(eventKey(e)) && touchesReview(e, local.history));
  if (!mineNew) return mark(incoming);
  if (!local.reviewed && !incoming.reviewed) return { reviewed: false };
  const by = [...new Set([local.reviewed && local.reviewedBy, incoming.reviewed && incoming.reviewedBy].filter((x): x is string => !!x))];
  return by.length ? { reviewed: true, reviewedBy: by.join(', ') } : { reviewed: true };
}

/** A reviewed event, or the undo of one. */
function touchesReview(e: HistoryRow, log: readonly HistoryRow[]): boolean {
  if (e.type === 'reviewed') return true;
  return e.type === 'undo' && log.find((x) => x.id === e.details.undoneEventId)?.type === 'reviewed';
}
