import type { ResponseRecord } from '../domain/types.ts';
import { svCollator } from './swedishOrder.ts';

/** Every respondent name of the records once (joint members included), in Swedish order: the choices of the nämnd filter. */
export function respondentNames(records: readonly ResponseRecord[]): string[] {
  const names = new Set<string>();
  for (const r of records) {
    names.add(r.respondent);
    if (r.jointWith) for (const m of r.jointWith) names.add(m);
  }
  return [...names].sort(svCollator.compare);
}
