/**
 * Storage errors as codes (src/i18n tells the user what happened and what to do). Errors
 * arrive wrapped: Dexie's AbortError/OpenFailedError carry the real cause in `inner`, a
 * BulkError in `failures`, a DOMException from a transaction in `target.error`; we look
 * through them.
 */
import { CodedError, message, type Message } from '../domain/message.ts';

export type DbErrorCode = 'quota' | 'version' | 'blocked' | 'unavailable' | 'unknown';

const BY_NAME: Record<string, DbErrorCode> = {
  QuotaExceededError: 'quota',
  VersionError: 'version',
  VersionChangeError: 'version',
  // We close the connection ourselves only when a newer tab upgrades (see open.ts).
  DatabaseClosedError: 'version',
  BlockedError: 'blocked',
  MissingAPIError: 'unavailable',
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
};

/** Names that only wrap another error: look inside before deciding. */
const WRAPPERS = new Set(['AbortError', 'OpenFailedError', 'BulkError', 'ModifyError', 'UpgradeError', 'DexieError', 'Error', 'UnknownError']);

/** What went wrong with the storage; `detail`: the error as the engine gave it (for a bug report). */
export function describeDbError(e: unknown): { code: DbErrorCode; detail?: string } {
  const code = findCode(e, 0) ?? 'unknown';
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : typeof e === 'string' ? e : undefined;
  return detail === undefined ? { code } : { code, detail };
}

/**
 * Any error from a storage, import or export action as one message for the UI: a coded
 * error keeps its code and params (codes like "db.consultation-gone", "import.aborted");
 * anything else is a storage error, `db.<DbErrorCode>`.
 */
export function errorMessage(e: unknown): Message {
  if (e instanceof CodedError && e.code.includes('.')) return message(e.code, e.params);
  if (e instanceof CodedError && e.name === 'ExportError') return message(`export.${e.code}`, e.params);
  return message(`db.${describeDbError(e).code}`);
}

function findCode(e: unknown, depth: number): DbErrorCode | undefined {
  if (!e || typeof e !== 'object' || depth > 5) return undefined;
  const err = e as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown; target?: { error?: unknown } };
  const name = typeof err.name === 'string' ? err.name : '';
  const direct = BY_NAME[name];
  if (direct) return direct;
  // Inner causes win over a wrapper's own name: an AbortError caused by quota is quota.
  const inner = [err.inner, err.cause, err.target?.error, ...(Array.isArray(err.failures) ? err.failures : [])];
  for (const i of inner) {
    const c = findCode(i, depth + 1);
    if (c) return c;
  }
  if (!WRAPPERS.has(name) && name) return undefined;
  // Some engines only say it in the message (Safari: "QuotaExceededError"; old Firefox).
  const msg = typeof err.message === 'string' ? err.message : '';
  if (/quota/i.test(msg)) return 'quota';
  if (/indexedDB API (missing|not found)|private/i.test(msg)) return 'unavailable';
  return undefined;
}
