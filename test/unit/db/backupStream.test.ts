import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_LIMITS, BackupReadError, BackupReader, BackupWriter, checkBackupSize, exportBackup, loadRecords, readBackupStream,
  saveImport, setOverride, setReviewed, validateBackup, writeBackup, type BackupLimits, type BackupResponse,
} from '../../../src/lib/db/index.ts';
import { consultation, freshDb, item, many } from './helpers.ts';

/** Feed `text` to a reader in pieces of `size` characters. */
function readInPieces(text: string, size: number, limits: Readonly<BackupLimits> = BACKUP_LIMITS): unknown {
  const r = new BackupReader(limits);
  for (let i = 0; i < text.length; i += size) r.push(text.slice(i, i + size));
  return r.end();
}

/** The error a read throws (or fails the test). */
function readError(text: string, limits: Partial<BackupLimits> = {}, size = 5): BackupReadError {
  try {
    readInPieces(text, size, { ...BACKUP_LIMITS, ...limits });
  } catch (e) {
    if (e instanceof BackupReadError) return e;
    throw e;
  }
  throw new Error('no error');
}

/** A small backup written by the writer, with `n` yttranden per remiss. */
function written(remisser: { title: string; n: number; text?: string }[], chunkChars = 64): { chunks: string[]; text: string } {
  const chunks: string[] = [];
  const w = new BackupWriter((c) => chunks.push(c), chunkChars);
  w.begin('2026-12-02T00:00:00.000Z');
  let id = 0;
  for (const [ci, r] of remisser.entries()) {
    w.consultation({ id: ci + 1, title: r.title, themes: [], recipients: [] });
    for (let k = 0; k < r.n; k++) w.response(row(++id, ci + 1, r.text ?? `Text ${id} med "citat" och \\ och \n rad`));
  }
  w.end();
  return { chunks, text: chunks.join('') };
}

function row(id: number, consultationId: number, text: string): BackupResponse {
  return {
    id, consultationId, respondent: `Nämnd ${id}`, respondentKey: `namnd ${id}`, respondentKind: 'facknamnd', text, textLength: text.length, textHash: 'h',
    classification: { stance: 'supporting', confidence: 0.9, evidence: [], themes: {}, conditions: [], explanation: '', disagreement: false, needsReview: false },
    overrides: { themes: {} }, reviewed: false,
  } as unknown as BackupResponse;
}

async function filledDb() {
  const db = freshDb();
  const { consultationId } = await saveImport(db, { consultation: consultation(), file: 'a.csv', items: [item('Bromma', 'Text "A" \\ å', 'supporting', { themeTexts: { Påverkan: 'p' } }), ...many(30)] });
  await saveImport(db, { consultation: consultation({ title: 'Andra', reference: undefined }), file: 'b.csv', items: many(2) });
  const [a, b] = await loadRecords(db, consultationId);
  await setOverride(db, b.id!, 'Påverkan', 'conditional', 'Villkor', 'AB');
  await setReviewed(db, a.id!, true, 'CD');
  return db;
}

describe('BackupWriter', () => {
  it('writes the same backup as exportBackup, in chunks no longer than asked', async () => {
    const db = await filledDb();
    const at = '2026-12-02T10:00:00.000Z';
    const chunks: string[] = [];
    const w = new BackupWriter((c) => chunks.push(c), 2000);
    await writeBackup(db, w, undefined, at);
    expect(chunks.length).toBeGreaterThan(3);
    const rows = chunks.join('').split('\n');
    // A chunk is over the size only when one row alone is.
    const longestRow = Math.max(...rows.map((r) => r.length + 1));
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(Math.max(2000, longestRow));
    const expected = JSON.parse(JSON.stringify({ ...(await exportBackup(db)), exportedAt: at }));
    expect(JSON.parse(chunks.join(''))).toEqual(expected);
    expect(w.counts).toMatchObject({ consultations: 2, responses: 33, overrides: 1 });
    // And it restores: the reader and the validator accept it.
    const v = validateBackup(readInPieces(chunks.join(''), 997));
    expect(v.ok).toBe(true);
  });

  it('writes one remiss, and empty lists for a remiss without rows', () => {
    const { text } = written([{ title: 'Tom', n: 0 }, { title: 'En', n: 1 }]);
    const parsed = JSON.parse(text);
    expect(parsed.consultations.map((c: { responses: unknown[]; overrides: unknown[]; history: unknown[] }) => [c.responses.length, c.overrides.length, c.history.length])).toEqual([[0, 0, 0], [1, 0, 0]]);
  });

  it('refuses rows out of order (a response after history) instead of writing broken JSON', () => {
    const w = new BackupWriter(() => undefined);
    expect(() => w.response(row(1, 1, 'x'))).toThrow(/begin/);
    w.begin('x');
    expect(() => w.response(row(1, 1, 'x'))).toThrow(/before any consultation/);
    w.consultation({ title: 'A', themes: [], recipients: [] });
    w.history({ id: 1, responseId: 1, consultationId: 1, at: 'x', type: 'reviewed', by: 'A', details: {} } as never);
    expect(() => w.response(row(1, 1, 'x'))).toThrow(/after history/);
  });

  it(
    'works at 50,000 yttranden of 11 KB: more than one string can hold, yet no chunk is large, and the reader reads it back',
    () => {
      const text = 'Förvaltningen tillstyrker förslaget. '.repeat(300); // ~11 KB
      const reader = new BackupReader();
      let total = 0;
      let longest = 0;
      let chunks = 0;
      const w = new BackupWriter((c) => {
        total += c.length;
        longest = Math.max(longest, c.length);
        chunks++;
        reader.push(c);
      });
      w.begin('2026-12-02T00:00:00.000Z');
      w.consultation({ id: 1, title: 'Stor remiss', themes: [], recipients: [] });
      for (let i = 1; i <= 50_000; i++) w.response(row(i, 1, text));
      w.end();
      // V8's longest string is 2^29 - 24 characters: JSON.stringify of the whole could not be made.
      expect(total).toBeGreaterThan(2 ** 29);
      expect(longest).toBeLessThanOrEqual(1 << 22);
      expect(chunks).toBeGreaterThan(100);
      const back = reader.end() as { consultations: { responses: { id: number; text: string }[] }[] };
      expect(back.consultations[0].responses).toHaveLength(50_000);
      expect(back.consultations[0].responses[49_999]).toMatchObject({ id: 50_000, text });
    },
    120_000,
  );
});

describe('BackupReader', () => {
  it('reads the same as JSON.parse, however the text is cut (escapes, keys, unicode across pieces)', () => {
    const { text } = written([{ title: 'A "citat" \\ \u00e5\u00e4\u00f6 \ud83d\ude00', n: 3 }, { title: 'B', n: 2 }]);
    const weird = text.replace('"consultation":', '"consultation" : ').replace('"format"', '"form\\u0061t"');
    for (const size of [1, 2, 3, 7, 64, 1e6]) expect(readInPieces(weird, size)).toEqual(JSON.parse(weird));
  });

  it('reads a backup written by hand (other key order, indentation, rows before the remiss)', () => {
    const b = { consultations: [{ history: [], overrides: [], responses: [row(1, 1, 'x')], consultation: { title: 'T', themes: [], recipients: [] } }], version: 1, format: 'remissradar-backup', exportedAt: 'x' };
    const text = JSON.stringify(b, null, 2);
    expect(readInPieces(text, 3)).toEqual(b);
  });

  it('stops at too many remisser, yttranden or events, naming the limit', () => {
    const { text } = written([{ title: 'A', n: 2 }, { title: 'B', n: 2 }, { title: 'C', n: 2 }]);
    expect(readError(text, { remisser: 2 })).toMatchObject({ code: 'backup-too-many-remisser', params: { max: 2 } });
    expect(readError(text, { responses: 5 })).toMatchObject({ code: 'backup-too-many-responses', params: { max: 5 } });
    const events = JSON.stringify({ format: 'remissradar-backup', version: 1, exportedAt: 'x', consultations: [{ consultation: { title: 'A' }, responses: [], overrides: [{}, {}, {}], history: [{}] }] });
    expect(readError(events, { events: 3 })).toMatchObject({ code: 'backup-too-many-events', params: { max: 3 } });
  });

  it('stops at a too-large yttrande, naming the remiss (number and title) and which yttrande', () => {
    const { text } = written([{ title: 'Liten', n: 2, text: 'kort' }, { title: 'Trafikplan', n: 3, text: 'x'.repeat(5000) }]);
    const e = readError(text, { rowChars: 2000 }, 300);
    expect(e.code).toBe('backup-row-too-large');
    expect(e.params).toEqual({ remiss: 2, title: 'Trafikplan', list: 'responses', row: 1, max: 2000 });
  });

  it('stops at deep nesting and at a too-large structure, without parsing them', () => {
    const deep = `{"format":"remissradar-backup","consultations":[{"consultation":{"title":"A","x":${'['.repeat(100_000)}`;
    expect(readError(deep, {}, 4096)).toMatchObject({ code: 'backup-too-deep', params: { max: 64 } });
    const big = JSON.stringify({ format: 'remissradar-backup', version: 1, exportedAt: 'x', consultations: [{ consultation: { title: 'A', note: 'y'.repeat(10_000) }, responses: [], overrides: [], history: [] }] });
    expect(readError(big, { structureChars: 5000 }, 100)).toMatchObject({ code: 'backup-structure-too-large', params: { max: 5000 } });
  });

  it('tells a file that is not a backup, broken JSON and a cut-off file apart', () => {
    expect(readError('[1,2,3]').code).toBe('backup-not-backup');
    expect(readError('hej').code).toBe('backup-not-backup');
    expect(readError('').code).toBe('backup-not-backup');
    const { text } = written([{ title: 'A', n: 3 }]);
    expect(readError(text.slice(0, text.length - 10)).code).toBe('backup-truncated');
    expect(readError(text.replace('"respondent":', '"respondent"')).code).toBe('backup-not-json');
    expect(readError(text.replace(/\]\}\n$/, '}}\n')).code).toBe('backup-not-json');
    expect(readError(`${text} {}`).code).toBe('backup-not-json');
  });

  it('checks the file size before reading, and reads from an async stream', async () => {
    expect(() => checkBackupSize(BACKUP_LIMITS.bytes + 1)).toThrow(BackupReadError);
    expect(() => checkBackupSize(BACKUP_LIMITS.bytes)).not.toThrow();
    try {
      checkBackupSize(3_000, { ...BACKUP_LIMITS, bytes: 1000 });
    } catch (e) {
      expect(e).toMatchObject({ code: 'backup-file-too-large', params: { size: 3000, max: 1000 } });
    }
    const { chunks, text } = written([{ title: 'A', n: 4 }]);
    async function* gen() {
      yield* chunks;
    }
    const seen: number[] = [];
    expect(await readBackupStream(gen(), BACKUP_LIMITS, (n) => seen.push(n))).toEqual(JSON.parse(text));
    expect(seen.at(-1)).toBe(text.length);
  });
});
