/**
 * Keys that must never be copied from data into an object: assigning them changes the
 * object's prototype (prototype pollution) instead of storing a value.
 */
const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

export function isSafeKey(key: string): boolean {
  return !UNSAFE.has(key);
}
