import type { MessageParams } from '../domain/message.ts';
import { STANCES, type Stance } from '../domain/types.ts';
import { isSafeKey } from './safeKeys.ts';

/**
 * One step of the way to a value in a backup: the backup itself, the n-th item of a list
 * (`item` says what it is: 'consultation', 'response', …), or a key ("classification",
 * or "themes" → "Påverkan" as key and sub). src/i18n words it.
 */
export type Place =
  | { item: 'backup' }
  | { item: string; n: number; title?: string }
  | { key: string; sub?: string };

/** A problem in a backup: where it is, a code and params (worded by src/i18n). */
export interface Problem {
  where: Place[];
  code: string;
  params: MessageParams;
}

/** Collects validation problems, capped so a broken 50,000-row file stays readable. */
export class Problems {
  readonly list: Problem[] = [];
  private more = 0;
  constructor(private readonly max = 50) {}
  add(where: Place[], code: string, params: MessageParams = {}): void {
    if (this.list.length < this.max) this.list.push({ where, code, params });
    else this.more++;
  }
  get count(): number {
    return this.list.length + this.more;
  }
  /** The problems kept, and a last one ('more', params n) counting those that were not. */
  all(): Problem[] {
    return this.more ? [...this.list, { where: [], code: 'more', params: { n: this.more } }] : [...this.list];
  }
}

/** The type a field should have (the `kind` param of 'wrong-type'). */
type Expected = 'text' | 'number' | 'boolean' | 'list' | 'object';

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads typed fields out of untrusted parsed JSON. Every getter reports a problem and
 * returns a harmless fallback, so validation goes on and reports everything at once.
 * Only asked-for keys are read: unknown keys, `__proto__` included, are never copied.
 */
export class Reader {
  constructor(
    readonly p: Problems,
    readonly where: Place[],
    readonly o: Obj,
  ) {}

  private bad(key: string, expected: Expected): void {
    if (this.o[key] === undefined) this.p.add(this.where, 'missing', { key });
    else this.p.add(this.where, 'wrong-type', { key, kind: expected });
  }
  private has(key: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.o, key) && this.o[key] !== undefined && this.o[key] !== null;
  }

  str(key: string): string {
    const v = this.o[key];
    if (typeof v === 'string') return v;
    this.bad(key, 'text');
    return '';
  }
  optStr(key: string): string | undefined {
    return this.has(key) ? this.str(key) : undefined;
  }
  num(key: string): number {
    const v = this.o[key];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    this.bad(key, 'number');
    return 0;
  }
  optNum(key: string): number | undefined {
    return this.has(key) ? this.num(key) : undefined;
  }
  bool(key: string): boolean {
    const v = this.o[key];
    if (typeof v === 'boolean') return v;
    this.bad(key, 'boolean');
    return false;
  }
  optBool(key: string): boolean | undefined {
    return this.has(key) ? this.bool(key) : undefined;
  }
  stance(key: string): Stance {
    const v = this.o[key];
    if (typeof v === 'string' && (STANCES as readonly string[]).includes(v)) return v as Stance;
    if (v === undefined) this.bad(key, 'text');
    else this.p.add(this.where, 'unknown-stance', { key, value: JSON.stringify(v), allowed: STANCES.join(', ') });
    return 'none';
  }
  optStance(key: string): Stance | undefined {
    return this.has(key) ? this.stance(key) : undefined;
  }
  /** An array whose items are read by `item` (which gets its own location). */
  list<T>(key: string, item: (v: unknown, where: Place[]) => T | undefined, label: string): T[] {
    const v = this.o[key];
    if (!Array.isArray(v)) {
      this.bad(key, 'list');
      return [];
    }
    const out: T[] = [];
    v.forEach((x, i) => {
      const r = item(x, [...this.where, { item: label, n: i + 1 }]);
      if (r !== undefined) out.push(r);
    });
    return out;
  }
  optList<T>(key: string, item: (v: unknown, where: Place[]) => T | undefined, label: string): T[] | undefined {
    return this.has(key) ? this.list(key, item, label) : undefined;
  }
  strings(key: string): string[] {
    return this.list(key, (x, where) => (typeof x === 'string' ? x : (this.p.add(where, 'not-text'), undefined)), 'entry');
  }
  /** A map keyed by data (theme names): copied into a fresh object, unsafe keys dropped. */
  map<T>(key: string, value: (v: unknown, where: Place[]) => T | undefined): Record<string, T> {
    const v = this.o[key];
    const out: Record<string, T> = {};
    if (!isObj(v)) {
      this.bad(key, 'object');
      return out;
    }
    for (const k of Object.keys(v)) {
      if (!isSafeKey(k)) continue;
      const r = value(v[k], [...this.where, { key, sub: k }]);
      if (r !== undefined) out[k] = r;
    }
    return out;
  }
  optMap<T>(key: string, value: (v: unknown, where: Place[]) => T | undefined): Record<string, T> | undefined {
    return this.has(key) ? this.map(key, value) : undefined;
  }
}

/** Starts a Reader for an item that must be an object; reports and returns undefined otherwise. */
export function readObj(p: Problems, v: unknown, where: Place[]): Reader | undefined {
  if (isObj(v)) return new Reader(p, where, v);
  p.add(where, 'not-object');
  return undefined;
}
