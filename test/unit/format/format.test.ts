import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../src/lib/format/bytes.ts';
import { formatDateTime, formatTime, isIsoDate } from '../../../src/lib/format/dates.ts';

describe('format', () => {
  it('formats sizes like the browser does, Swedish decimal comma', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(12_345_678)).toBe('12 MB');
    expect(formatBytes(1_500_000_000)).toBe('1,5 GB');
    expect(formatBytes(1_500_000_000, 'en')).toBe('1.5 GB');
    expect(formatBytes(2_000_000_000)).toBe('2 GB');
    expect(formatBytes(NaN)).toBe('–');
  });
  it('formats timestamps as local date and time', () => {
    const d = new Date(2026, 10, 26, 9, 5);
    expect(formatDateTime(d.toISOString())).toBe('2026-11-26 09:05');
    expect(formatDateTime(undefined)).toBe('');
    expect(formatDateTime('nonsense')).toBe('');
  });
  it('accepts only dates that exist', () => {
    expect(isIsoDate('2016-10-14')).toBe(true);
    expect(isIsoDate('2016-02-30')).toBe(false);
    expect(isIsoDate('14/10/2016')).toBe(false);
  });
});

describe('formatTime', () => {
  it('formats a timestamp as date and minutes', () => {
    expect(formatTime('2016-09-22T14:05:00', 'sv')).toBe('2016-09-22 14:05');
  });
  it('returns an unreadable value as it is, and empty for none', () => {
    expect(formatTime('igår', 'sv')).toBe('igår');
    expect(formatTime(undefined)).toBe('');
  });
});
