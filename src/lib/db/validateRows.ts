import { respondentKey } from '../domain/normalize.ts';
import type { ImportChange } from '../domain/types.ts';
import type { BackupResponse } from './backup.ts';
import { HISTORY_TYPES, type HistoryDetails, type HistoryRow, type HistoryType, type OverrideRow } from './types.ts';
import { readObj, type Place, type Problems, type Reader } from './reader.ts';
import { textHash } from './hash.ts';
import { readClassification, readKind, readOverrideInfo, setOpt, str } from './validateShapes.ts';

/**
 * Readers for the stored rows inside a backup. Derived fields (respondentKey,
 * textLength, textHash) are recomputed rather than trusted; consultationId is set on
 * restore. Ids are kept only as links between responses, overrides and history.
 */
export function readResponse(p: Problems, v: unknown, where: Place[]): BackupResponse | undefined {
  const r = readObj(p, v, where);
  if (!r) return undefined;
  const text = r.str('text');
  const respondent = r.str('respondent');
  const ov = readObj(p, r.o.overrides ?? { themes: {} }, [...where, { key: 'overrides' }]);
  const out: BackupResponse = {
    id: r.num('id'),
    consultationId: 0,
    respondent,
    respondentKind: readKind(r),
    respondentKey: respondentKey(respondent),
    classification: readClassification(p, r.o.classification, [...where, { key: 'classification' }]) ?? emptyClassification(),
    overrides: {
      themes: ov?.optMap('themes', (x, w) => readOverrideInfo(p, x, w)) ?? {},
    },
    reviewed: r.optBool('reviewed') ?? false,
    textLength: text.length,
    textHash: textHash(text),
    importedAt: r.str('importedAt'),
    updatedAt: r.optStr('updatedAt') ?? r.str('importedAt'),
    text,
  };
  if (!respondent.trim() && typeof r.o.respondent === 'string') p.add(where, 'empty-respondent');
  if (ov && ov.o.overall != null) setOpt(out.overrides, 'overall', readOverrideInfo(p, ov.o.overall, [...where, { key: 'overrides.overall' }]));
  setOpt(out, 'reviewedBy', r.optStr('reviewedBy'));
  setOpt(out, 'changedOnImport', importChange(r.optStr('changedOnImport')));
  setOpt(out, 'date', r.optStr('date'));
  setOpt(out, 'reference', r.optStr('reference'));
  setOpt(out, 'decision', r.optStr('decision'));
  setOpt(out, 'importedStance', r.optStance('importedStance'));
  setOpt(out, 'sourceFile', r.optStr('sourceFile'));
  setOpt(out, 'sourceLine', r.optNum('sourceLine'));
  setOpt(out, 'jointWith', r.optList('jointWith', str(p), 'entry'));
  setOpt(out, 'themeTexts', r.optMap('themeTexts', str(p)));
  return out;
}

export function readOverrideRow(p: Problems, v: unknown, where: Place[]): OverrideRow | undefined {
  const r = readObj(p, v, where);
  if (!r) return undefined;
  const row: OverrideRow = {
    id: r.num('id'),
    responseId: r.num('responseId'),
    consultationId: 0,
    theme: nullable(r, 'theme', () => r.str('theme')),
    stance: nullable(r, 'stance', () => r.stance('stance')),
    reason: r.optStr('reason') ?? '',
    initials: r.str('initials'),
    at: r.str('at'),
  };
  setOpt(row, 'undone', r.optBool('undone'));
  return row;
}

export function readHistoryRow(p: Problems, v: unknown, where: Place[]): HistoryRow | undefined {
  const r = readObj(p, v, where);
  if (!r) return undefined;
  const type = r.o.type;
  if (!(HISTORY_TYPES as readonly unknown[]).includes(type)) p.add(where, 'not-one-of', { key: 'type', allowed: HISTORY_TYPES.join(', ') });
  const row: HistoryRow = {
    responseId: r.num('responseId'),
    consultationId: 0,
    type: type as HistoryType,
    at: r.str('at'),
    details: readDetails(p, r.o.details ?? {}, [...where, { key: 'details' }]),
  };
  setOpt(row, 'id', r.optNum('id'));
  setOpt(row, 'initials', r.optStr('initials'));
  setOpt(row, 'undone', r.optBool('undone'));
  return row;
}

function readDetails(p: Problems, v: unknown, where: Place[]): HistoryDetails {
  const r = readObj(p, v, where);
  const d: HistoryDetails = {};
  if (!r) return d;
  setOpt(d, 'file', r.optStr('file'));
  setOpt(d, 'overrideId', r.optNum('overrideId'));
  if ('theme' in r.o) d.theme = nullable(r, 'theme', () => r.str('theme'));
  if ('stance' in r.o) d.stance = nullable(r, 'stance', () => r.stance('stance'));
  setOpt(d, 'reason', r.optStr('reason'));
  setOpt(d, 'reviewed', r.optBool('reviewed'));
  setOpt(d, 'previousReviewed', r.optBool('previousReviewed'));
  setOpt(d, 'previousReviewedBy', r.optStr('previousReviewedBy'));
  setOpt(d, 'previousChanged', importChange(r.optStr('previousChanged')));
  setOpt(d, 'undoneEventId', r.optNum('undoneEventId'));
  setOpt(d, 'from', r.optStance('from'));
  setOpt(d, 'to', r.optStance('to'));
  setOpt(d, 'migrated', r.optBool('migrated'));
  const merged = r.optStr('merged');
  if (merged === 'mine' || merged === 'theirs') d.merged = merged;
  return d;
}

/** A known ImportChange, else undefined (an unknown value is dropped, not trusted). */
function importChange(v: string | undefined): ImportChange | undefined {
  return v === 'text' || v === 'decision' || v === 'both' ? v : undefined;
}

/** null (or absent) stays null; anything else must pass `read`. */
function nullable<T>(r: Reader, key: string, read: () => T): T | null {
  return r.o[key] === null || r.o[key] === undefined ? null : read();
}

function emptyClassification() {
  return { stance: 'none' as const, confidence: 0, evidence: [], themes: {}, conditions: [], explanation: '', disagreement: false, needsReview: true };
}
