import { describe, expect, it } from 'vitest';
import { mergeResponse, resolutionRow, type ReviewSide } from '../../../src/lib/merge/index.ts';
import type { HistoryRow, OverrideRow } from '../../../src/lib/db/types.ts';
import type { Stance } from '../../../src/lib/domain/types.ts';

/** An override decision; `id` is local to the side that holds it. */
const o = (id: number, theme: string | null, stance: Stance | null, initials: string, at: string, undone = false): OverrideRow => ({
  id, responseId: 1, consultationId: 1, theme, stance, reason: `${initials} läste beslutet`, initials, at, ...(undone ? { undone } : {}),
});
const ev = (id: number, type: HistoryRow['type'], initials: string, at: string, details: HistoryRow['details'] = {}, undone = false): HistoryRow => ({
  id, responseId: 1, consultationId: 1, type, at, initials, details, ...(undone ? { undone } : {}),
});
const side = (overrides: OverrideRow[], history: HistoryRow[] = [], reviewed = false, reviewedBy?: string): ReviewSide => ({ overrides, history, reviewed, reviewedBy });

// The shared ground: both libraries came from the same backup holding this decision.
const BASE = o(1, null, 'supporting', 'AL', '2026-11-01T10:00:00Z');
// The same decision under another local id, as a restored copy would hold it.
const BASE_THERE = { ...BASE, id: 7 };

describe('mergeResponse: stances', () => {
  const cases: { name: string; mine: OverrideRow[]; theirs: OverrideRow[]; add: number; conflicts: (string | null)[] }[] = [
    { name: 'nothing new on either side adds nothing', mine: [BASE], theirs: [BASE_THERE], add: 0, conflicts: [] },
    { name: 'a decision only the colleague made is added without a question', mine: [BASE], theirs: [BASE_THERE, o(8, 'Påverkan', 'opposing', 'KL', '2026-11-02T09:00:00Z')], add: 1, conflicts: [] },
    { name: 'a decision only I made stays and nothing is added', mine: [BASE, o(2, 'Påverkan', 'opposing', 'AL', '2026-11-02T09:00:00Z')], theirs: [BASE_THERE], add: 0, conflicts: [] },
    {
      name: 'both decide the same scope alike: added to history, no conflict',
      mine: [BASE, o(2, null, 'opposing', 'AL', '2026-11-02T09:00:00Z')],
      theirs: [BASE_THERE, o(8, null, 'opposing', 'KL', '2026-11-03T09:00:00Z')],
      add: 1,
      conflicts: [],
    },
    {
      name: 'both decide the same scope differently: a conflict',
      mine: [BASE, o(2, null, 'opposing', 'AL', '2026-11-02T09:00:00Z')],
      theirs: [BASE_THERE, o(8, null, 'conditional', 'KL', '2026-11-03T09:00:00Z')],
      add: 1,
      conflicts: [null],
    },
    {
      name: 'different scopes on each side never conflict',
      mine: [o(2, 'Samverkan', 'opposing', 'AL', '2026-11-02T09:00:00Z')],
      theirs: [o(8, 'Påverkan', 'supporting', 'KL', '2026-11-03T09:00:00Z')],
      add: 1,
      conflicts: [],
    },
    {
      name: 'I cleared the override, the colleague set another stance: a conflict',
      mine: [BASE, o(2, null, null, 'AL', '2026-11-02T09:00:00Z')],
      theirs: [BASE_THERE, o(8, null, 'opposing', 'KL', '2026-11-03T09:00:00Z')],
      add: 1,
      conflicts: [null],
    },
    {
      name: 'conflicts on several inriktningar are listed overall first, then by name',
      mine: [o(2, 'Samverkan', 'opposing', 'AL', 'a'), o(3, null, 'opposing', 'AL', 'b'), o(4, 'Påverkan', 'opposing', 'AL', 'c')],
      theirs: [o(8, 'Påverkan', 'supporting', 'KL', 'd'), o(9, 'Samverkan', 'supporting', 'KL', 'e'), o(10, null, 'none', 'KL', 'f')],
      add: 3,
      conflicts: [null, 'Påverkan', 'Samverkan'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const m = mergeResponse(side(c.mine), side(c.theirs));
      expect(m.addOverrides).toHaveLength(c.add);
      expect(m.conflicts.map((x) => x.theme)).toEqual(c.conflicts);
    });
  }

  it('a conflict names both decisions with their initials and reasons', () => {
    const m = mergeResponse(side([BASE, o(2, null, 'opposing', 'AL', 'x')]), side([BASE_THERE, o(8, null, 'conditional', 'KL', 'y')]));
    expect(m.conflicts[0].mine).toMatchObject({ stance: 'opposing', initials: 'AL', reason: 'AL läste beslutet' });
    expect(m.conflicts[0].theirs).toMatchObject({ stance: 'conditional', initials: 'KL' });
  });

  it('a shared decision the colleague undid is undone here too (by its local id)', () => {
    const m = mergeResponse(side([BASE]), side([{ ...BASE_THERE, undone: true }]));
    expect(m.undoOverrides).toEqual([1]);
    expect(m.conflicts).toEqual([]);
  });

  it('her undo of the shared decision against my new stance is a conflict', () => {
    const m = mergeResponse(side([BASE, o(2, null, 'opposing', 'AL', 'x')]), side([{ ...BASE_THERE, undone: true }]));
    expect(m.conflicts).toHaveLength(1);
    expect(m.conflicts[0]).toMatchObject({ mine: { stance: 'opposing' }, theirs: null });
  });
});

describe('mergeResponse: history and review marks', () => {
  const imported = ev(1, 'imported', '', '2026-10-01T00:00:00Z', { file: 'remiss.json' });
  const importedThere = { ...imported, id: 40 };
  const reviewedByKL = ev(41, 'reviewed', 'KL', '2026-11-04T00:00:00Z', { reviewed: true, previousReviewed: false });
  const reviewedByAL = ev(2, 'reviewed', 'AL', '2026-11-05T00:00:00Z', { reviewed: true, previousReviewed: false });

  it('adds only the events the local log lacks, oldest first', () => {
    const later = ev(43, 'override', 'KL', '2026-11-06T00:00:00Z', { theme: null, stance: 'none' });
    const m = mergeResponse(side([], [imported]), side([], [importedThere, later, reviewedByKL]));
    expect(m.addHistory.map((e) => e.id)).toEqual([41, 43]);
  });

  const marks: { name: string; mine: ReviewSide; theirs: ReviewSide; want: { reviewed: boolean; reviewedBy?: string } }[] = [
    { name: 'her review mark comes over when I did not review', mine: side([], [imported]), theirs: side([], [importedThere, reviewedByKL], true, 'KL'), want: { reviewed: true, reviewedBy: 'KL' } },
    { name: 'my review mark stays when she did not review', mine: side([], [imported, reviewedByAL], true, 'AL'), theirs: side([], [importedThere]), want: { reviewed: true, reviewedBy: 'AL' } },
    { name: 'both reviewed: reviewed by both', mine: side([], [imported, reviewedByAL], true, 'AL'), theirs: side([], [importedThere, reviewedByKL], true, 'KL'), want: { reviewed: true, reviewedBy: 'AL, KL' } },
    {
      name: 'she undid her own review: my unreviewed state stays unreviewed',
      mine: side([], [imported]),
      theirs: side([], [importedThere, { ...reviewedByKL, undone: true }, ev(42, 'undo', 'KL', '2026-11-04T01:00:00Z', { undoneEventId: 41 })]),
      want: { reviewed: false },
    },
  ];
  for (const c of marks) it(c.name, () => expect(mergeResponse(c.mine, c.theirs).reviewed).toEqual(c.want));

  it('her own import of a yttrande held here is not carried over', () => {
    const herImport = ev(44, 'imported', '', '2026-10-09T00:00:00Z', { file: 'remiss.json' });
    expect(mergeResponse(side([], [imported]), side([], [herImport])).addHistory).toEqual([]);
  });

  it('an event she marked undone is marked undone here too', () => {
    const shared = ev(3, 'reviewed', 'AL', 'r', { reviewed: true });
    const m = mergeResponse(side([], [shared]), side([], [{ ...shared, id: 50, undone: true }]));
    expect(m.undoEvents).toEqual([3]);
  });
});

describe('resolutionRow', () => {
  const conflict = { theme: 'Påverkan', mine: { stance: 'opposing' as const, reason: 'Nej', initials: 'AL', at: 'x' }, theirs: null };
  const by = { responseId: 5, consultationId: 2, initials: 'MB', at: '2026-12-01T00:00:00Z' };
  it('restates the chosen decision by the person who chose', () => {
    expect(resolutionRow(conflict, 'mine', by)).toEqual({ responseId: 5, consultationId: 2, theme: 'Påverkan', stance: 'opposing', reason: 'Nej', initials: 'MB', at: by.at });
  });
  it('choosing a side without an override clears it (the machine counts again)', () => {
    expect(resolutionRow(conflict, 'theirs', by).stance).toBeNull();
  });
  it('refuses to settle a conflict without initials', () => {
    expect(() => resolutionRow(conflict, 'mine', { ...by, initials: ' ' })).toThrow(/initials/);
  });
});
