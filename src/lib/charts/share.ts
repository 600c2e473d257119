/**
 * Structural sharing between two results of the same layout function: returns `next`,
 * except that every part of it equal (by value) to the same part of `prev` is `prev`'s
 * object. Svelte compares `{#each}` items and props with Object.is, so a filter change
 * then re-renders only the bars, segments, ticks and cells whose numbers changed; the
 * rest keep their nodes and their effects do not run.
 *
 * Plain data only (objects, arrays, primitives), as the layouts return. Maps, class
 * instances and functions are compared by identity.
 */
export function share<T>(prev: T | undefined, next: T): T {
  return prev === undefined ? next : (shareValue(prev, next) as T);
}

function isPlain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const p = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}

function shareValue(prev: unknown, next: unknown): unknown {
  if (Object.is(prev, next)) return prev;
  if (Array.isArray(prev) && Array.isArray(next)) {
    let same = prev.length === next.length;
    const out = new Array<unknown>(next.length);
    // By key when items carry one (segments, cells, ticks), else by position.
    const byKey = keyed(prev);
    for (let i = 0; i < next.length; i++) {
      const n = next[i];
      const k = keyOf(n);
      const p = byKey && k !== undefined ? byKey.get(k) : prev[i];
      const v = p === undefined ? n : shareValue(p, n);
      out[i] = v;
      if (v !== prev[i]) same = false;
    }
    return same ? prev : out;
  }
  if (isPlain(prev) && isPlain(next)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(prev).length;
    const out: Record<string, unknown> = Object.getPrototypeOf(next) === null ? Object.create(null) : {};
    for (const k of keys) {
      const v = Object.prototype.hasOwnProperty.call(prev, k) ? shareValue(prev[k], next[k]) : next[k];
      out[k] = v;
      if (v !== prev[k]) same = false;
    }
    return same ? prev : out;
  }
  return next;
}

function keyOf(v: unknown): string | number | undefined {
  if (!isPlain(v)) return undefined;
  const k = v.key;
  return typeof k === 'string' || typeof k === 'number' ? k : undefined;
}

function keyed(items: readonly unknown[]): Map<string | number, unknown> | null {
  if (!items.length || keyOf(items[0]) === undefined) return null;
  const m = new Map<string | number, unknown>();
  for (const it of items) {
    const k = keyOf(it);
    if (k === undefined) return null;
    m.set(k, it);
  }
  return m;
}

/**
 * A function that shares each result with the one before it: `const keep = sharing();`
 * then `$derived(keep(layout(...)))` in a component.
 */
export function sharing<T>(): (next: T) => T {
  let prev: T | undefined;
  return (next) => (prev = share(prev, next));
}
