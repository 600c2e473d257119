import { BACKUP_FORMAT, BACKUP_VERSION, type BackupConsultation, type BackupFile } from './backup.ts';
import { isObj, Problems, Reader } from './reader.ts';
import { readConsultation } from './validateShapes.ts';
import { readHistoryRow, readOverrideRow, readResponse } from './validateRows.ts';

export type BackupValidation = { ok: true; backup: BackupFile } | { ok: false; errors: string[] };

/**
 * Checks a parsed backup like any import: every field's type, links between rows, no
 * duplicate respondents. Returns a fresh object built from known fields only (unknown
 * keys, `__proto__` and `constructor` are never copied) or Swedish errors.
 */
export function validateBackup(json: unknown): BackupValidation {
  const p = new Problems();
  if (!isObj(json)) return { ok: false, errors: ['Filen är ingen säkerhetskopia från Remissradar (ett JSON-objekt väntades).'] };
  if (json.format !== BACKUP_FORMAT) {
    return { ok: false, errors: [`Filen är ingen säkerhetskopia från Remissradar ("format" ska vara "${BACKUP_FORMAT}").`] };
  }
  if (json.version !== BACKUP_VERSION) {
    return { ok: false, errors: [`Säkerhetskopian har version ${JSON.stringify(json.version)}; den här versionen av Remissradar läser version ${BACKUP_VERSION}.`] };
  }
  const top = new Reader(p, 'Säkerhetskopian', json);
  const exportedAt = top.str('exportedAt');
  const consultations = top.list('consultations', (v, where) => readEntry(p, v, where), 'remiss');
  if (p.count) return { ok: false, errors: p.all() };
  return { ok: true, backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, consultations } };
}

function readEntry(p: Problems, v: unknown, where: string): BackupConsultation | undefined {
  if (!isObj(v)) return void p.add(where, 'ska vara ett objekt.');
  const consultation = readConsultation(p, v.consultation, `${where}, "consultation"`);
  if (!consultation) return undefined;
  // The title in every location, so the user knows which remiss a problem is in.
  const at = consultation.title ? `${where} (${consultation.title})` : where;
  const r = new Reader(p, at, v);
  const responses = r.list('responses', (x, w) => readResponse(p, x, w), 'yttrande');
  const overrides = r.list('overrides', (x, w) => readOverrideRow(p, x, w), 'bedömning');
  const history = r.list('history', (x, w) => readHistoryRow(p, x, w), 'händelse');

  const ids = new Set<number>();
  const keys = new Set<string>();
  for (const res of responses) {
    if (ids.has(res.id!)) p.add(at, `yttrande-id ${res.id} förekommer två gånger.`);
    if (keys.has(res.respondentKey)) p.add(at, `remissinstansen "${res.respondent}" har två yttranden.`);
    ids.add(res.id!);
    keys.add(res.respondentKey);
  }
  for (const o of overrides) if (!ids.has(o.responseId)) p.add(at, `en bedömning hör till yttrande-id ${o.responseId}, som inte finns i säkerhetskopian.`);
  for (const h of history) if (!ids.has(h.responseId)) p.add(at, `en händelse hör till yttrande-id ${h.responseId}, som inte finns i säkerhetskopian.`);
  return { consultation, responses, overrides, history };
}
