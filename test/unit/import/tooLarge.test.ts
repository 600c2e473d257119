import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/lib/import/index.ts';
import { ImportError } from '../../../src/lib/import/errors.ts';
import { rejectionText } from '../../../src/i18n/importMessages.ts';

describe('a file larger than one string can hold', () => {
  const csv = new TextEncoder().encode('Nämnd;Yttrande\nKulturnämnden;Nämnden tillstyrker förslaget.\n'.repeat(40_000));
  it('is refused as too large, with its size and the limit, never as an empty file', () => {
    let err: unknown;
    try {
      parseFile(csv, 'diarium.csv', { maxBytes: 1024 * 1024 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).code).toBe('file-too-large');
    const e = err as ImportError;
    expect(e.params).toEqual({ mb: Math.ceil(csv.byteLength / 1048576), maxMb: 1 });
    expect(rejectionText('sv', { file: e.file, code: e.code, params: e.params })).toContain('Dela upp');
    expect(rejectionText('en', { file: e.file, code: e.code, params: e.params })).toContain('Split it');
  });
  it('under the limit it imports', () => {
    expect(parseFile(csv, 'diarium.csv').goodRows).toBeGreaterThan(0);
  });
});
