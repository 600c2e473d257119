/** How a respondent is named in exports. */
import { cleanName } from '../domain/normalize.ts';
import type { ResponseRecord } from '../domain/types.ts';

/**
 * The display name of a yttrande's sender. A joint answer names every party:
 * "Exploateringsnämnden och Fastighetsnämnden (gemensamt yttrande)". Names are
 * cleaned (white space folded) so odd imported names cannot break lines in prose.
 */
export function respondentDisplayName(r: Pick<ResponseRecord, 'respondent' | 'jointWith'>): string {
  const names = [r.respondent, ...(r.jointWith ?? [])].map(cleanName).filter((n) => n !== '');
  if (names.length === 0) return '(namn saknas)';
  if (names.length === 1) return names[0];
  return `${joinSwedish(names)} (gemensamt yttrande)`;
}

/** "A", "A och B", "A, B och C". */
export function joinSwedish(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}
