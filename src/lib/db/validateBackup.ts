import { BACKUP_FORMAT, BACKUP_VERSION, type BackupConsultation, type BackupFile } from './backup.ts';
import { isObj, Problems, Reader, type Place, type Problem } from './reader.ts';
import { readConsultation } from './validateShapes.ts';
import { readHistoryRow, readOverrideRow, readResponse } from './validateRows.ts';

export type BackupValidation = { ok: true; backup: BackupFile } | { ok: false; errors: Problem[] };

/**
 * Checks a parsed backup like any import: every field's type, links between rows, no
 * duplicate respondents. Returns a fresh object built from known fields only (unknown
 * keys, `__proto__` and `constructor` are never copied) or the problems, as codes.
 */
export function validateBackup(json: unknown): BackupValidation {
  const p = new Problems();
  const one = (code: string, params: Problem['params'] = {}): BackupValidation => ({ ok: false, errors: [{ where: [], code, params }] });
  if (!isObj(json)) return one('not-a-backup');
  if (json.format !== BACKUP_FORMAT) return one('wrong-format', { format: BACKUP_FORMAT });
  if (json.version !== BACKUP_VERSION) return one('wrong-version', { version: JSON.stringify(json.version) ?? 'undefined', supported: BACKUP_VERSION });
  const top = new Reader(p, [{ item: 'backup' }], json);
  const exportedAt = top.str('exportedAt');
  const consultations = top.list('consultations', (v, where) => readEntry(p, v, where), 'consultation');
  if (p.count) return { ok: false, errors: p.all() };
  return { ok: true, backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, consultations } };
}

function readEntry(p: Problems, v: unknown, where: Place[]): BackupConsultation | undefined {
  if (!isObj(v)) return void p.add(where, 'not-object');
  const consultation = readConsultation(p, v.consultation, [...where, { key: 'consultation' }]);
  if (!consultation) return undefined;
  // The title in every location, so the user knows which remiss a problem is in.
  const last = where[where.length - 1];
  const at: Place[] = consultation.title && last && 'n' in last ? [...where.slice(0, -1), { ...last, title: consultation.title }] : where;
  const r = new Reader(p, at, v);
  const responses = r.list('responses', (x, w) => readResponse(p, x, w), 'response');
  const overrides = r.list('overrides', (x, w) => readOverrideRow(p, x, w), 'override');
  const history = r.list('history', (x, w) => readHistoryRow(p, x, w), 'event');

  const ids = new Set<number>();
  const keys = new Set<string>();
  for (const res of responses) {
    if (ids.has(res.id!)) p.add(at, 'duplicate-id', { id: res.id! });
    if (keys.has(res.respondentKey)) p.add(at, 'duplicate-respondent', { respondent: res.respondent });
    ids.add(res.id!);
    keys.add(res.respondentKey);
  }
  for (const o of overrides) if (!ids.has(o.responseId)) p.add(at, 'orphan-override', { id: o.responseId });
  for (const h of history) if (!ids.has(h.responseId)) p.add(at, 'orphan-event', { id: h.responseId });
  return { consultation, responses, overrides, history };
}
