import { describe, expect, it } from 'vitest';
import { TEST_TZ } from '../../vite.config.ts';

describe('the test time zone', () => {
  it('is pinned to Stockholm, whatever the machine says', () => {
    expect(TEST_TZ).toBe('Europe/Stockholm');
    expect(process.env.TZ).toBe(TEST_TZ);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(TEST_TZ);
    // Summer time: 22:30 UTC on 30 June is already 1 July in Stockholm.
    expect(new Date('2024-06-30T22:30:00Z').getDate()).toBe(1);
    expect(new Date('2024-01-15T12:00:00Z').getTimezoneOffset()).toBe(-60);
  });
});
