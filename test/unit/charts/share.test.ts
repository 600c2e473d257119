import { describe, expect, it } from 'vitest';
import { share, sharing } from '../../../src/lib/charts/share.ts';
import { stackLayout } from '../../../src/lib/charts/stackLayout.ts';

describe('share', () => {
  it('returns the previous value when the next one is equal by value', () => {
    const prev = { a: [1, 2], b: { c: 'x' } };
    expect(share(prev, { a: [1, 2], b: { c: 'x' } })).toBe(prev);
  });

  it('returns next when there is no previous value', () => {
    const next = { a: 1 };
    expect(share(undefined, next)).toBe(next);
  });

  it('keeps the unchanged parts of a changed value', () => {
    const prev = { same: { v: 1 }, changed: { v: 1 } };
    const out = share(prev, { same: { v: 1 }, changed: { v: 2 } });
    expect(out).not.toBe(prev);
    expect(out.same).toBe(prev.same);
    expect(out.changed).toEqual({ v: 2 });
  });

  it('matches array items by their key, wherever they moved', () => {
    const a = { key: 'a', x: 1 };
    const b = { key: 'b', x: 2 };
    const out = share([a, b], [{ key: 'b', x: 2 }, { key: 'c', x: 3 }, { key: 'a', x: 1 }]);
    expect(out[0]).toBe(b);
    expect(out[2]).toBe(a);
    expect(out[1]).toEqual({ key: 'c', x: 3 });
  });

  it('matches items without keys by position', () => {
    const prev = [{ v: 1 }, { v: 2 }];
    const out = share(prev, [{ v: 1 }, { v: 3 }]);
    expect(out[0]).toBe(prev[0]);
    expect(out[1]).toEqual({ v: 3 });
  });

  it.each([
    ['a longer array', [1, 2], [1, 2, 3]],
    ['a shorter array', [1, 2, 3], [1, 2]],
    ['an extra key', { a: 1 }, { a: 1, b: 2 }],
    ['a missing key', { a: 1, b: 2 }, { a: 1 }],
    ['a changed primitive', { a: 'x' }, { a: 'y' }],
  ])('sees %s as a change', (_, prev, next) => {
    const out = share<unknown>(prev, next);
    expect(out).not.toBe(prev);
    expect(out).toEqual(next);
  });

  it('compares class instances and maps by identity', () => {
    const prev = { m: new Map([[1, 2]]) };
    const next = { m: new Map([[1, 2]]) };
    expect(share(prev, next).m).toBe(next.m);
  });

  it('keeps the segments of a bar chart whose bar did not change', () => {
    const counts = (opposing: number) => ({
      A: { supporting: 5, conditional: 0, opposing: 0, none: 0 },
      B: { supporting: 1, conditional: 0, opposing, none: 0 },
    });
    const input = { categories: ['A', 'B'], mode: 'share' as const, width: 400 };
    const keep = sharing<ReturnType<typeof stackLayout>>();
    const first = keep(stackLayout({ ...input, counts: counts(1) }));
    const second = keep(stackLayout({ ...input, counts: counts(3) }));
    const a = (l: typeof first) => l.segments.find((s) => s.category === 'A');
    expect(a(second)).toBe(a(first));
    expect(second.segments.find((s) => s.key.includes('B'))).not.toBe(first.segments.find((s) => s.key.includes('B')));
    expect(keep(stackLayout({ ...input, counts: counts(3) }))).toBe(second);
  });
});
