import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ImportError, parseFile, type ImportOptions, type ParsedFile } from '../../../src/lib/import/index.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/import');

/** Bytes of a committed fixture. */
export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(fixtures, name)));

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Parse a string as a UTF-8 file. */
export const parse = (text: string, name = 'yttranden.csv', opts?: ImportOptions): ParsedFile => parseFile(utf8(text), name, opts);

/** The ImportError a parse throws (fails the test if it does not throw one). */
export function rejection(run: () => unknown): ImportError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error('expected an ImportError, but the file was accepted');
}
