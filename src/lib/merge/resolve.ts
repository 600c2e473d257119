import type { OverrideRow } from '../db/types.ts';
import type { StanceConflict } from './mergeResponse.ts';

/** Whose decision a person kept for one conflict. */
export type ConflictChoice = 'mine' | 'theirs';

/**
 * The override row that settles a conflict as the person chose: the chosen decision
 * (a cleared override when the chosen side had none) restated now, by the person who
 * chose. Written after both sides' rows, it is the one in force; both stay in history.
 */
export function resolutionRow(
  conflict: StanceConflict,
  choice: ConflictChoice,
  by: { responseId: number; consultationId: number; initials: string; at: string },
): Omit<OverrideRow, 'id'> {
  if (!by.initials.trim()) throw new TypeError('resolutionRow: initials are required');
  const chosen = choice === 'mine' ? conflict.mine : conflict.theirs;
  return {
    responseId: by.responseId,
    consultationId: by.consultationId,
    theme: conflict.theme,
    stance: chosen?.stance ?? null,
    reason: chosen?.reason ?? '',
    initials: by.initials,
    at: by.at,
  };
}
