/**
 * Storage errors, told to the user in Swedish with what to do. Errors arrive wrapped:
 * Dexie's AbortError/OpenFailedError carry the real cause in `inner`, a BulkError in
 * `failures`, a DOMException from a transaction in `target.error`; we look through them.
 */
export type DbErrorCode = 'quota' | 'version' | 'blocked' | 'unavailable' | 'unknown';

export const DB_ERROR_MESSAGES: Record<DbErrorCode, string> = {
  quota:
    'Det finns inte plats för mer i webbläsarens lagring. Ingenting från den här åtgärden ' +
    'sparades. Frigör utrymme (ta bort remisser du inte behöver, eller spara en ' +
    'säkerhetskopia först) och försök igen.',
  version:
    'En nyare version av Remissradar är öppen i en annan flik. Ladda om sidan för att ' +
    'fortsätta; det du har sparat finns kvar.',
  blocked:
    'Databasen kan inte uppdateras eftersom en annan flik med Remissradar håller den öppen. ' +
    'Stäng andra flikar med Remissradar och ladda om sidan.',
  unavailable:
    'Webbläsaren tillåter inte lokal lagring här (till exempel i privat läge eller när ' +
    'webbplatsdata är blockerad). Öppna Remissradar i ett vanligt fönster eller tillåt ' +
    'webbplatsdata för sidan.',
  unknown:
    'Något gick fel när data skulle läsas eller sparas lokalt. Ladda om sidan och försök ' +
    'igen; det som redan var sparat finns kvar.',
};

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

export function describeDbError(e: unknown): { code: DbErrorCode; message: string; detail?: string } {
  const code = findCode(e, 0) ?? 'unknown';
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : typeof e === 'string' ? e : undefined;
  return { code, message: DB_ERROR_MESSAGES[code], detail };
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
