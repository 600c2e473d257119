/**
 * Where an imported file's rows go in the library: the remiss the person chose, the one
 * already there under the same title or dnr, or (a file naming several remisser) one per
 * group. Used by the import worker before it stores a file.
 */
import type { Consultation } from '../lib/domain/types.ts';
import type { RemissDb } from '../lib/db/index.ts';
import { groupKey, matchGroups, normalizeTitle } from '../lib/import/groups.ts';
import type { ParsedFile } from '../lib/import/index.ts';

/** Where a file's rows go: one remiss, or (a file naming several) one per group. */
export interface TargetPlan {
  consultation: Consultation;
  groups?: Consultation[];
  groupOf?: number[];
}

/**
 * A file of one remiss goes to the person's choice, unless that is a new remiss whose
 * title (or dnr) is one already in the library: then it updates that one. A file of
 * several: each group to its match (dnr, then title) or a new remiss of its own; the
 * rows naming none go to the person's choice.
 */
export async function planTargets(db: RemissDb, parsed: ParsedFile, chosen: () => Promise<Consultation>): Promise<TargetPlan> {
  const library = await db.consultations.toArray();
  const ids = matchGroups(parsed.groups, library);
  const byId = new Map(library.map((c) => [c.id!, c]));
  if (parsed.groups.length <= 1) {
    const c = await chosen();
    const g = parsed.groups[0];
    const match = ids[0] !== null && ids[0] !== undefined ? byId.get(ids[0]) : undefined;
    if (c.id === undefined && g && match && (normalizeTitle(c.title) === normalizeTitle(g.title ?? '') || (c.reference && groupKey({ reference: c.reference }) === g.key))) return { consultation: match };
    return { consultation: c };
  }
  const wrapper = parsed.consultation?.title ? groupKey({ title: parsed.consultation.title, reference: parsed.consultation.reference }) : '';
  const groups: Consultation[] = [];
  for (let i = 0; i < parsed.groups.length; i++) {
    const g = parsed.groups[i];
    const id = ids[i];
    if (!g.key) groups.push(await chosen());
    else if (id !== null) groups.push(byId.get(id)!);
    else {
      const fromFile = g.key === wrapper ? parsed.consultation : undefined;
      groups.push({
        title: g.title ?? g.reference ?? parsed.file,
        reference: g.reference,
        deadline: fromFile?.deadline,
        themes: fromFile?.themes ?? [],
        recipients: fromFile?.recipients ?? [],
      });
    }
  }
  const groupOf: number[] = [];
  parsed.groups.forEach((g, i) => {
    for (let k = 0; k < g.responses.length; k++) groupOf.push(i);
  });
  return { consultation: groups[0], groups, groupOf };
}

/** The remiss described in the file (JSON wrapper) fills what the user left empty. */
export function mergeConsultation(base: Consultation, parsed: ParsedFile): Consultation {
  const c = parsed.consultation ?? {};
  return {
    ...base,
    title: base.title || c.title || parsed.file,
    reference: base.reference || c.reference,
    deadline: base.deadline || c.deadline,
    themes: base.themes.length ? base.themes : (c.themes ?? []),
    recipients: base.recipients.length ? base.recipients : (c.recipients ?? []),
  };
}
