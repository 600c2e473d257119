/**
 * Row shapes of the local library. The domain types (../domain/types.ts) are reused
 * as they are; only what exists just in storage is declared here.
 */
import type { ClassificationDetails, ImportChange, Stance } from '../domain/types.ts';

/** A yttrande's text, in its own table so that charts never read it. */
export interface TextRow {
  responseId: number;
  consultationId: number;
  text: string;
  /** Per-theme text from columns named after a theme; text too, so kept here. */
  themeTexts?: Record<string, string>;
}

/** A yttrande's evidence, theme evidence and conditions: loaded on demand, never for charts. */
export interface DetailsRow extends ClassificationDetails {
  responseId: number;
  consultationId: number;
}

/**
 * One decision in the append-only override history. `stance: null` clears the
 * override for that theme (or overall); `undone` marks a decision reverted by undo.
 * Not `extends Override` because a clearing entry has no stance.
 */
export interface OverrideRow {
  id?: number;
  responseId: number;
  consultationId: number;
  /** null = the overall stance; otherwise the theme name. */
  theme: string | null;
  stance: Stance | null;
  reason: string;
  initials: string;
  /** ISO timestamp. */
  at: string;
  undone?: boolean;
}

export type HistoryType =
  | 'imported'
  | 'reimported-changed'
  | 'override'
  | 'undo'
  | 'reviewed'
  | 'reclassified';

export const HISTORY_TYPES: readonly HistoryType[] = [
  'imported',
  'reimported-changed',
  'override',
  'undo',
  'reviewed',
  'reclassified',
];

/** What an event carries; which fields are set depends on the event type. */
export interface HistoryDetails {
  file?: string;
  /** override: the override row written (undo reverts it). */
  overrideId?: number;
  theme?: string | null;
  stance?: Stance | null;
  reason?: string;
  /** reviewed: the new value and the one before (undo restores it). */
  reviewed?: boolean;
  previousReviewed?: boolean;
  previousReviewedBy?: string;
  /** reviewed: what a re-import had changed before this event (undo puts it back). */
  previousChanged?: ImportChange;
  /** undo: the event it reverted. */
  undoneEventId?: number;
  /** reclassified / reimported-changed: machine stance before and after. */
  from?: Stance;
  to?: Stance;
  /** override: settles a conflict met while merging a colleague's backup (whose decision was kept). */
  merged?: 'mine' | 'theirs';
  /** Written by the v1 -> v2 migration rather than at the time. */
  migrated?: boolean;
}

/** One event in a yttrande's log. */
export interface HistoryRow {
  id?: number;
  responseId: number;
  consultationId: number;
  type: HistoryType;
  at: string;
  initials?: string;
  details: HistoryDetails;
  /** Set on an override/reviewed event once undo has reverted it. */
  undone?: boolean;
}

/** One imported file. */
export interface ImportLogRow {
  id?: number;
  consultationId: number;
  file: string;
  at: string;
  added: number;
  changed: number;
  unchanged: number;
  bad: number;
  encoding?: string;
  delimiter?: string;
}

/**
 * The remissammanställning a person has edited, for one remiss. `base` is the generated
 * text the edit started from, so the app can tell that the data has changed since.
 */
export interface DraftRow {
  consultationId: number;
  format: 'text' | 'markdown';
  text: string;
  base: string;
  updatedAt: string;
}
