/**
 * The reviewer's initials, remembered on this machine so each action does not ask again.
 * Storage may be unavailable (private mode): then they last the visit.
 */
const KEY = 'remissradar.initials';
const MAX = 12;

/** Trimmed, inner white space collapsed, at most 12 characters. */
export function cleanInitials(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, MAX);
}

export function loadInitials(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): string {
  try {
    return cleanInitials(storage?.getItem(KEY) ?? '');
  } catch {
    return '';
  }
}

export function saveInitials(value: string, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, cleanInitials(value));
  } catch {
    /* private mode */
  }
}
