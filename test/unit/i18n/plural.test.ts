import { describe, expect, it } from 'vitest';
import { i18n, tn } from '../../../src/i18n/index.svelte.ts';

describe('tn: counts in words', () => {
  const cases: [number, string][] = [
    [0, '0 yttranden'],
    [1, '1 yttrande'],
    [2, '2 yttranden'],
    [46, '46 yttranden'],
  ];
  for (const [n, want] of cases) it(`says "${want}" for ${n}`, () => expect(tn('header.responses', n)).toBe(want));

  it('shows the count as formatted by the caller, the form chosen by the number', () => {
    expect(tn('header.responses', 10000, {}, '10 000')).toBe('10 000 yttranden');
  });
  it('fills the other placeholders of the singular form too', () => {
    expect(tn('filter.showing', 1, { shown: '1' })).toBe('Visar 1 av 1 yttrande');
  });
  it('falls back to the plural message when a key has no singular form', () => {
    expect(tn('chart.heatmap.rows', 1, { shown: '1' })).toBe('Visar 1 av 1 remissinstanser');
  });
  it('uses the English singular in English', () => {
    i18n.lang = 'en';
    try {
      expect(tn('header.responses', 1)).toBe('1 response');
      expect(tn('header.responses', 3)).toBe('3 responses');
    } finally {
      i18n.lang = 'sv';
    }
  });
});

describe('reason: an override’s reason as shown', () => {
  it('words the import’s own marker in the chosen language and keeps a person’s as written', async () => {
    const { IMPORT_INITIALS, IMPORT_REASON } = await import('../../../src/lib/db/importMarks.ts');
    const imported = { reason: IMPORT_REASON, initials: IMPORT_INITIALS };
    expect(i18n.reason(imported)).toBe('Ställningstagande från importerad fil');
    i18n.lang = 'en';
    try {
      expect(i18n.reason(imported)).toBe('Stance from an imported file');
      expect(i18n.reason({ reason: 'Läst hela texten', initials: 'AB' })).toBe('Läst hela texten');
    } finally {
      i18n.lang = 'sv';
    }
  });
});

describe('tm: coded messages in the UI', () => {
  it('words a message once the errors catalogue (loaded beside the first screen) is in', async () => {
    const { tm } = await import('../../../src/i18n/index.svelte.ts');
    await expect.poll(() => tm({ code: 'db.quota', params: {} })).toMatch(/^Det finns inte plats/);
    expect(tm({ code: 'sample.fetch', params: { status: 404 } })).toBe('Exempelremissen kunde inte hämtas (HTTP 404).');
  });
});
