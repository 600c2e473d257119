import { afterEach, describe, expect, it } from 'vitest';
import { i18n, registerMessages } from '../../../src/i18n/index.svelte.ts';
import * as library from '../../../src/i18n/areas/library.ts';
import { describeFailure } from '../../../src/i18n/backupMessages.ts';
import type { BackupReadCode } from '../../../src/lib/db/backupLimits.ts';
import type { BackupFailure } from '../../../src/workers/backupProtocol.ts';
import { message } from '../../../src/lib/domain/message.ts';
import '../../../src/i18n/errorMessages.ts';

registerMessages(library);

const CODES: BackupReadCode[] = [
  'backup-file-too-large', 'backup-too-many-remisser', 'backup-too-many-responses', 'backup-too-many-events', 'backup-row-too-large',
  'backup-structure-too-large', 'backup-too-deep', 'backup-not-json', 'backup-not-backup', 'backup-truncated',
];
const params = { size: 3_000_000_000, max: 16_777_216, remiss: 2, title: 'Trafikplan', list: 'responses', row: 7 };

describe('backup failures in words', () => {
  afterEach(() => {
    i18n.lang = 'sv';
  });

  for (const lang of ['sv', 'en'] as const) {
    it(`names the file, with every placeholder filled, for every code (${lang})`, () => {
      i18n.lang = lang;
      const all: BackupFailure[] = [
        ...CODES.map((code) => ({ kind: 'read' as const, code, params })),
        { kind: 'invalid', errors: [{ where: [], code: 'not-a-backup', params: {} }], count: 1 },
        { kind: 'empty' },
      ];
      for (const f of all) {
        const s = describeFailure(f, 'kopia.json');
        expect(s, JSON.stringify(f)).toContain('kopia.json');
        expect(s, s).not.toMatch(/[{}]/);
      }
    });
  }

  it('says what was too big, and where, in Swedish and in English', () => {
    const row: BackupFailure = { kind: 'read', code: 'backup-row-too-large', params };
    expect(describeFailure(row, 'k.json')).toBe('k.json: yttrande nr 7 i remiss nr 2 (”Trafikplan”) är större än 16\u00a0777\u00a0216 tecken, mer än ett yttrande får vara. Ingenting återställdes.');
    i18n.lang = 'en';
    expect(describeFailure(row, 'k.json')).toBe('k.json: response no. 7 in consultation no. 2 (“Trafikplan”) is larger than 16,777,216 characters, more than one response may be. Nothing was restored.');
    expect(describeFailure({ kind: 'read', code: 'backup-file-too-large', params }, 'k.json')).toBe('k.json is too large to restore (3 GB); a backup may be at most 17 MB.');
  });

  it('words a storage failure from its code, in Swedish and in English', () => {
    const f: BackupFailure = { kind: 'db', message: message('db.consultation-gone', { id: 4 }) };
    expect(describeFailure(f, 'k.json')).toBe('Remissen (id 4) finns inte längre. Ladda om sidan.');
    i18n.lang = 'en';
    expect(describeFailure(f, 'k.json')).toBe('The consultation (id 4) no longer exists. Reload the page.');
  });
});
