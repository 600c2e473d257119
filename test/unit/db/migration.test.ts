import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { PACKED, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_VERSION, exportBackup, getHistory, loadDetail, openLibrary, saveImport, textHash, undoLast } from '../../../src/lib/db/index.ts';
import { readFileSync } from 'node:fs';
import { cls } from './helpers.ts';

/**
 * A classification as v1 and v2 stored it, written out literally (not built with today's
 * helpers or types): the upgrades must read the shapes that were, not the ones that are.
 */
const OLD_SUPPORTING = {
  stance: 'supporting',
  confidence: 0.8,
  evidence: [{ start: 0, end: 4, text: 'Text', stance: 'supporting' }],
  themes: { Påverkan: { stance: 'supporting', explicit: false, evidence: [] } },
  conditions: [],
  explanation: 'Förvaltningen tillstyrker.',
  disagreement: false,
  needsReview: false,
};

describe('v1 -> v2 migration', () => {
  it('keeps every row, fills textLength/textHash, links overrides, seeds history', async () => {
    const name = `migrate-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const at = '2024-05-01T10:00:00.000Z';
    const cid = (await v1.table('consultations').add({ title: 'Gammal remiss', reference: 'KS 1', themes: [], recipients: ['Bromma'] })) as number;
    const rec = (respondent: string) => ({
      consultationId: cid, respondent, respondentKind: 'stadsdelsnamnd', respondentKey: respondent.toLowerCase(),
      classification: OLD_SUPPORTING, overrides: { themes: {} }, reviewed: false, importedAt: at, updatedAt: at,
    });
    const [r1, r2] = (await v1.table('responses').bulkAdd([rec('Bromma'), rec('Kista')], { allKeys: true })) as number[];
    await v1.table('texts').bulkAdd([
      { responseId: r1, consultationId: cid, text: 'Nämnden tillstyrker.' },
      { responseId: r2, consultationId: cid, text: 'Nämnden avstyrker.' },
    ]);
    const info = { stance: 'opposing', reason: 'Läst', initials: 'AB', at: '2024-05-02T10:00:00.000Z' };
    await v1.table('overrides').add({ responseId: r2, theme: null, ...info });
    await v1.table('responses').update(r2, { 'overrides.overall': info });
    await v1.table('importLog').add({ consultationId: cid, file: 'gammal.csv', at, added: 2, changed: 0, unchanged: 0, bad: 0 });
    v1.close();

    const db = openLibrary(name);
    await db.open();
    // Through v2 on to the current version.
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.consultations.count()).toBe(1);
    expect(await db.importLog.count()).toBe(1);
    const records = await db.responses.orderBy('id').toArray();
    expect(records.map((r) => [r.respondent, r.textLength, r.textHash])).toEqual([
      ['Bromma', 20, textHash('Nämnden tillstyrker.')],
      ['Kista', 18, textHash('Nämnden avstyrker.')],
    ]);
    expect(records[1].overrides.overall).toEqual(info);
    expect(await db.texts.count()).toBe(2);
    expect((await db.overrides.where('consultationId').equals(cid).toArray())).toHaveLength(1);
    expect(await db.responses.where('respondentKind').equals('stadsdelsnamnd').count()).toBe(2);
    const h = await getHistory(db, r2);
    expect(h.map((e) => [e.type, e.details.migrated])).toEqual([['imported', true], ['override', true]]);

    // The migrated data works: a re-import sees the text as unchanged, undo reverts the override.
    const again = await saveImport(db, {
      consultation: { title: 'Gammal remiss', reference: 'KS 1', themes: [], recipients: [] },
      file: 'igen.csv',
      items: [{ response: { respondent: 'Kista', respondentKind: 'stadsdelsnamnd', text: 'Nämnden avstyrker.' }, classification: cls('opposing') }],
    });
    expect(again).toMatchObject({ consultationId: cid, unchanged: 1, added: 0 });
    expect((await undoLast(db, r2))!.overrides.overall).toBeUndefined();
    db.close();
  });
});

describe('v2 -> v3 migration', () => {
  it('moves evidence, theme evidence and conditions to details, loses nothing', async () => {
    const name = `migrate3-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores(SCHEMA_V1);
    v2.version(2).stores(SCHEMA_V2);
    const at = '2024-05-01T10:00:00.000Z';
    const cid = (await v2.table('consultations').add({ title: 'Remiss', reference: 'KS 2', themes: [{ name: 'Påverkan', keywords: ['påverkan'] }], recipients: [] })) as number;
    const full = {
      stance: 'conditional',
      confidence: 0.55,
      evidence: [{ start: 0, end: 19, text: 'Nämnden tillstyrker', stance: 'conditional', source: 'decision' }],
      themes: {
        Påverkan: { stance: 'opposing', explicit: true, evidence: [{ start: 30, end: 50, text: 'Påverkan avstyrks nu', stance: 'opposing' }] },
        Samverkan: { stance: 'conditional', explicit: false, evidence: [] },
      },
      conditions: [{ theme: 'Påverkan', text: 'att samråd sker', start: 60, end: 75 }, { theme: null, text: 'att medel tillförs', start: 80, end: 98 }],
      explanation: 'Beslutet tillstyrker med villkor.',
      disagreement: true,
      needsReview: true,
    };
    const rec = (respondent: string, classification: unknown) => ({
      consultationId: cid, respondent, respondentKind: 'facknamnd', respondentKey: respondent.toLowerCase(),
      classification, overrides: { themes: {} }, reviewed: false, textLength: 5, textHash: textHash('Text.'), importedAt: at, updatedAt: at,
    });
    const [r1, r2] = (await v2.table('responses').bulkAdd([rec('Kulturnämnden', full), rec('Kista', OLD_SUPPORTING)], { allKeys: true })) as number[];
    await v2.table('texts').bulkAdd([
      { responseId: r1, consultationId: cid, text: 'Text.' },
      { responseId: r2, consultationId: cid, text: 'Text.' },
    ]);
    v2.close();

    const db = openLibrary(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const [a, b] = await db.responses.orderBy('id').toArray();
    // The record keeps the summary only.
    expect(a.classification).toEqual({
      stance: 'conditional', confidence: 0.55, explanation: 'Beslutet tillstyrker med villkor.', disagreement: true, needsReview: true,
      conditionCount: 2,
      themes: { Påverkan: { stance: 'opposing', explicit: true }, Samverkan: { stance: 'conditional', explicit: false } },
    });
    expect(JSON.stringify(a)).not.toContain('Nämnden tillstyrker');
    expect(b.classification.stance).toBe('supporting');
    // The details hold the rest, linked to the response and the remiss.
    expect(await db.details.count()).toBe(2);
    expect(await db.details.where('consultationId').equals(cid).count()).toBe(2);
    expect(await loadDetail(db, r1)).toEqual({
      evidence: full.evidence,
      themeEvidence: { Påverkan: full.themes.Påverkan.evidence },
      conditions: full.conditions,
    });
    // Nothing lost: a backup joins them back into the whole classification.
    const backup = await exportBackup(db, cid);
    expect(backup.consultations[0].responses.map((r) => r.classification)).toEqual([full, OLD_SUPPORTING]);
    db.close();
  });
});

describe('v3 -> v4 migration', () => {
  it('stores every record packed and reads each back as it was', async () => {
    const name = `migrate4-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(1).stores(SCHEMA_V1);
    v3.version(2).stores(SCHEMA_V2);
    v3.version(3).stores(SCHEMA_V3);
    const at = '2024-05-01T10:00:00.000Z';
    const cid = (await v3.table('consultations').add({ title: 'Remiss', themes: [{ name: 'Påverkan', keywords: [] }], recipients: [] })) as number;
    const info = { stance: 'opposing', reason: 'Läst', initials: 'AB', at };
    const summary = {
      stance: 'conditional', confidence: 0.55, conditionCount: 2, explanation: 'Tillstyrker: "Nämnden tillstyrker" (beslut)', disagreement: true, needsReview: true,
      themes: { Påverkan: { stance: 'opposing', explicit: true }, Samverkan: { stance: 'conditional', explicit: false } },
    };
    const records = Array.from({ length: 12 }, (_, i) => ({
      consultationId: cid, respondent: `Nämnd ${i}`, respondentKind: i % 2 ? 'facknamnd' : 'stadsdelsnamnd', respondentKey: `nämnd ${i}`,
      date: '2024-04-30', reference: i === 3 ? undefined : `Dnr ${i}`, decision: i % 3 ? 'Nämnden tillstyrker förslaget.' : undefined,
      sourceFile: 'a.csv', sourceLine: i + 2, jointWith: i === 5 ? ['Kista'] : undefined,
      classification: summary, overrides: i === 4 ? { overall: info, themes: { Påverkan: info } } : { themes: {} },
      reviewed: i === 7, reviewedBy: i === 7 ? 'AB' : undefined, textLength: 5, textHash: textHash('Text.'), importedAt: at, updatedAt: at,
    }));
    const ids = (await v3.table('responses').bulkAdd(records, { allKeys: true })) as number[];
    await v3.table('texts').bulkAdd(ids.map((id) => ({ responseId: id, consultationId: cid, text: 'Text.' })));
    v3.close();

    const db = openLibrary(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const back = await db.responses.where('consultationId').equals(cid).toArray();
    expect(back).toEqual(records.map((r, i) => ({ ...r, id: ids[i] })));
    expect(await db.responses.where('respondentKind').equals('facknamnd').count()).toBe(6);
    db.close();

    // Stored packed: the small fields are one string, the indexed ones are kept.
    const raw = new Dexie(name);
    await raw.open();
    const stored = (await raw.table('responses').toArray()) as Record<string, unknown>[];
    raw.close();
    expect(stored).toHaveLength(12);
    for (const s of stored) {
      expect(typeof s[PACKED]).toBe('string');
      expect(s.classification).toBeUndefined();
      expect(s.respondentKey).toMatch(/^nämnd \d+$/);
    }

    // The packed library works: a re-import sees an unchanged text and decision, an override is kept.
    const db2 = openLibrary(name);
    const again = await saveImport(db2, {
      consultation: { id: cid, title: 'Remiss', themes: [], recipients: [] },
      file: 'igen.csv',
      items: [{ response: { respondent: 'Nämnd 1', respondentKind: 'facknamnd', text: 'Text.', decision: 'Nämnden tillstyrker förslaget.' }, classification: cls('opposing') }],
    });
    expect(again).toMatchObject({ consultationId: cid, unchanged: 1, added: 0, changed: 0 });
    expect((await db2.responses.get(ids[4]))!.overrides.overall).toEqual(info);
    await db2.responses.update(ids[2], { reviewed: true, reviewedBy: 'CD' });
    expect(await db2.responses.get(ids[2])).toEqual({ ...records[2], id: ids[2], reviewed: true, reviewedBy: 'CD' });
    db2.close();
  });
});

describe('frozen upgrades', () => {
  it('migrations.ts carries its own copies: it imports nothing of today\'s db or domain code (and so no cycle with schema.ts)', () => {
    const src = readFileSync('src/lib/db/migrations.ts', 'utf8');
    const imports = [...src.matchAll(/^import\s.*?from\s+'([^']+)'/gm)].map((m) => m[1]);
    expect(imports).toEqual(['dexie']);
  });

  it('a v1 library with theme evidence, conditions and an orphan override goes all the way to today', async () => {
    const name = `migrate-all-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const at = '2023-01-01T08:00:00.000Z';
    const cid = (await v1.table('consultations').add({ title: 'Äldst', themes: [{ name: 'Påverkan', keywords: [] }], recipients: [] })) as number;
    const classification = {
      stance: 'opposing', confidence: 0.9,
      evidence: [{ start: 0, end: 9, text: 'Avstyrker', stance: 'opposing', source: 'decision' }],
      themes: { Påverkan: { stance: 'opposing', explicit: true, evidence: [{ start: 10, end: 15, text: 'Nej nu', stance: 'opposing' }] } },
      conditions: [{ theme: null, text: 'att det görs om', start: 20, end: 35 }],
      explanation: 'Avstyrker: "Avstyrker" (beslut)', disagreement: false, needsReview: false,
    };
    const record = {
      consultationId: cid, respondent: 'Solna', respondentKind: 'ovrig', respondentKey: 'solna',
      classification, overrides: { themes: {} }, reviewed: false, importedAt: at, updatedAt: at,
    };
    const rid = (await v1.table('responses').add(record)) as number;
    await v1.table('texts').add({ responseId: rid, consultationId: cid, text: 'Avstyrker. Nej nu.' });
    await v1.table('overrides').add({ responseId: 999, theme: null, stance: 'none', reason: 'x', initials: 'ZZ', at });
    v1.close();

    const db = openLibrary(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    const [r] = await db.responses.toArray();
    expect(r.textHash).toBe(textHash('Avstyrker. Nej nu.'));
    expect(r.classification.themes).toEqual({ Påverkan: { stance: 'opposing', explicit: true } });
    expect(r.classification).toMatchObject({ stance: 'opposing', conditionCount: 1, explanation: 'Avstyrker: "Avstyrker" (beslut)' });
    const d = await loadDetail(db, rid);
    expect(d?.conditions).toEqual(classification.conditions);
    expect(d?.themeEvidence).toEqual({ Påverkan: classification.themes.Påverkan.evidence });
    // The orphan override is kept, with no consultation, and is not in any history.
    expect((await db.overrides.toArray()).map((o) => o.consultationId)).toEqual([-1]);
    expect((await db.history.toArray()).map((h) => h.type)).toEqual(['imported']);
    db.close();
  });
});
