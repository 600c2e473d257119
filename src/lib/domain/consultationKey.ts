import type { Consultation } from './types.ts';
import { cleanName } from './normalize.ts';

/** The identity of a remiss across files and backups: title plus diarienummer. */
export function consultationKey(c: Pick<Consultation, 'title' | 'reference'>): string {
  const norm = (s: string | undefined) => cleanName(s ?? '').toLocaleLowerCase('sv-SE');
  return norm(c.title) + '\u0000' + norm(c.reference);
}
