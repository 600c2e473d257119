import { describe, expect, it } from 'vitest';
import { cleanInitials, loadInitials, saveInitials } from '../../../src/state/initials.ts';

describe('initials', () => {
  it('cleans white space and caps the length', () => {
    expect(cleanInitials('  A   B ')).toBe('A B');
    expect(cleanInitials('x'.repeat(40))).toHaveLength(12);
  });
  it('round-trips through storage and survives a storage that throws', () => {
    const m = new Map<string, string>();
    const store = { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
    saveInitials(' KL ', store);
    expect(loadInitials(store)).toBe('KL');
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(loadInitials(broken)).toBe('');
    expect(() => saveInitials('KL', broken)).not.toThrow();
  });
});
