import type { Theme } from '../../lib/domain/types.ts';
import type { Field } from '../../lib/import/index.ts';

const BASE: Field[] = ['respondent', 'text', 'date', 'reference', 'consultation', 'decision', 'stance', 'kind', 'joint'];

/** The fields a column can map to: the base fields, the themes, and whatever is mapped now. */
export function fieldOptions(mapping: (Field | null)[], themes: Theme[]): Field[] {
  const out = new Set<Field>(BASE);
  for (const t of themes) out.add(`theme:${t.name}`);
  for (const m of mapping) if (m) out.add(m);
  return [...out];
}

