import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { exportBackup, saveImport, validateBackup } from '../../../src/lib/db/index.ts';
import { consultation, freshDb, item } from './helpers.ts';

async function sample(): Promise<Record<string, any>> {
  const db = freshDb();
  await saveImport(db, { consultation: consultation(), file: 'a.csv', items: [item('Bromma', 'Text'), item('Kista', 'Text 2')] });
  return JSON.parse(JSON.stringify(await exportBackup(db)));
}
const errorsOf = (json: unknown) => {
  const r = validateBackup(json);
  return r.ok ? [] : r.errors;
};

describe('validateBackup', () => {
  it('rejects what is not a backup', () => {
    expect(errorsOf(null)).toEqual([{ where: [], code: 'not-a-backup', params: {} }]);
    expect(errorsOf([])[0].code).toBe('not-a-backup');
    expect(errorsOf({ format: 'annat' })).toEqual([{ where: [], code: 'wrong-format', params: { format: 'remissradar-backup' } }]);
    expect(errorsOf({ format: 'remissradar-backup', version: 9 })[0]).toMatchObject({ code: 'wrong-version', params: { version: '9' } });
  });

  it('names the remiss, the yttrande and the field of each bad value', async () => {
    const b = await sample();
    b.consultations[0].responses[1].text = 42;
    b.consultations[0].responses[0].classification.stance = 'kanske';
    delete b.consultations[0].responses[0].respondentKind;
    b.consultations[0].consultation.themes = 'fel';
    const errors = errorsOf(b);
    const remiss = { item: 'consultation', n: 1, title: 'Internationell strategi för Stockholms stad' };
    expect(errors).toContainEqual({ where: [{ item: 'backup' }, remiss, { item: 'response', n: 2 }], code: 'wrong-type', params: { key: 'text', kind: 'text' } });
    expect(errors).toContainEqual({
      where: [{ item: 'backup' }, remiss, { item: 'response', n: 1 }, { key: 'classification' }],
      code: 'unknown-stance',
      params: { key: 'stance', value: '"kanske"', allowed: expect.any(String) },
    });
    expect(errors).toContainEqual(expect.objectContaining({ where: [{ item: 'backup' }, remiss, { item: 'response', n: 1 }], code: 'not-one-of', params: expect.objectContaining({ key: 'respondentKind' }) }));
    expect(errors).toContainEqual(expect.objectContaining({ code: 'wrong-type', params: { key: 'themes', kind: 'list' } }));
  });

  it('rejects broken links and duplicate respondents', async () => {
    const b = await sample();
    b.consultations[0].responses[1].respondent = 'BROMMA';
    b.consultations[0].history[0].responseId = 999;
    const errors = errorsOf(b);
    expect(errors).toContainEqual(expect.objectContaining({ code: 'duplicate-respondent', params: { respondent: 'BROMMA' } }));
    expect(errors).toContainEqual(expect.objectContaining({ code: 'orphan-event', params: { id: 999 } }));
  });

  it('ignores unknown keys and never copies __proto__ or constructor', async () => {
    const b = await sample();
    const text = JSON.stringify(b)
      .replace('"format"', '"__proto__":{"polluted":true},"constructor":{"x":1},"okänd":1,"format"')
      .replace('"themes":{"Påverkan"', '"themes":{"__proto__":{"stance":"none","explicit":true,"evidence":[]},"Påverkan"');
    const r = validateBackup(JSON.parse(text));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.backup)).toBe(Object.prototype);
    expect(Object.keys(r.backup).sort()).toEqual(['consultations', 'exportedAt', 'format', 'version']);
    const themes = r.backup.consultations[0].responses[0].classification.themes;
    expect(Object.keys(themes)).toEqual(['Påverkan']);
    expect(Object.getPrototypeOf(themes)).toBe(Object.prototype);
  });

  it('recomputes derived fields instead of trusting them', async () => {
    const b = await sample();
    b.consultations[0].responses[0].textHash = 'forged';
    b.consultations[0].responses[0].respondentKey = 'kista';
    const r = validateBackup(b);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.backup.consultations[0].responses[0].respondentKey).toBe('bromma');
    expect(r.backup.consultations[0].responses[0].textHash).not.toBe('forged');
  });

  it('caps a flood of errors with a count', async () => {
    const b = await sample();
    const one = b.consultations[0].responses[0];
    b.consultations[0].responses = Array.from({ length: 200 }, (_, i) => ({ ...one, id: i + 1, respondent: `N${i}`, text: 1 }));
    const errors = errorsOf(b);
    expect(errors).toHaveLength(51);
    expect(errors[50]).toEqual({ where: [], code: 'more', params: { n: 150 } });
  });
});
