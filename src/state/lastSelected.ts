/**
 * The remiss shown last on this machine, so that a start without one in the URL reads it
 * at once. Storage may be unavailable (private mode): then nothing is remembered.
 */
const LAST_KEY = 'remissradar.lastConsultation';

/** The remiss shown last (null when none, or storage is unavailable). */
export function lastSelected(): number | null {
  try {
    const v = Number(localStorage.getItem(LAST_KEY));
    return Number.isInteger(v) && v > 0 ? v : null;
  } catch {
    return null;
  }
}

export function rememberSelected(id: number): void {
  try {
    if (localStorage.getItem(LAST_KEY) !== String(id)) localStorage.setItem(LAST_KEY, String(id));
  } catch {
    /* private mode */
  }
}
