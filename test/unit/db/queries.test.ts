import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { saveImport, setOverride } from '../../../src/lib/db/index.ts';
import { deletionSummary, responseCounts } from '../../../src/lib/db/queries.ts';
import { consultation, freshDb, item } from './helpers.ts';

describe('library queries', () => {
  it('counts yttranden per remiss and manual assessments for the delete dialog', async () => {
    const db = freshDb();
    const a = await saveImport(db, { consultation: consultation(), file: 'a.csv', items: [item('Bromma stadsdelsnämnd', 'Vi tillstyrker.'), item('Kulturnämnden', 'Vi avstyrker.', 'opposing')] });
    const b = await saveImport(db, { consultation: consultation({ title: 'Annan remiss' }), file: 'b.csv', items: [item('Bromma stadsdelsnämnd', 'Ja.')] });
    const counts = await responseCounts(db);
    expect(counts.get(a.consultationId)).toBe(2);
    expect(counts.get(b.consultationId)).toBe(1);
    expect(await deletionSummary(db, a.consultationId)).toEqual({ responses: 2, overridden: 0 });
    const [first] = await db.responses.where('consultationId').equals(a.consultationId).toArray();
    await setOverride(db, first.id!, 'Påverkan', 'opposing', 'Läst', 'AB');
    expect(await deletionSummary(db, a.consultationId)).toEqual({ responses: 2, overridden: 1 });
    expect(await deletionSummary(db, 999)).toEqual({ responses: 0, overridden: 0 });
  });
});
