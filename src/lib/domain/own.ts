/**
 * Theme names are user data: "__proto__", "constructor" or "toString" are names like any
 * other. Objects keyed by them are made without a prototype (so writing "__proto__" stores
 * a value), and reads go through `own` (so a record read back from IndexedDB, which has
 * Object.prototype again, never yields Object's own "constructor" for a missing theme).
 */
const has = Object.prototype.hasOwnProperty;

/** The value stored under `key` itself, never one inherited from a prototype. */
export function own<T>(o: Readonly<Record<string, T>> | undefined | null, key: string): T | undefined {
  return o && has.call(o, key) ? o[key] : undefined;
}

/** An empty record without a prototype: any string is a safe key. */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
