import { STANCES, type Stance } from '../domain/types.ts';
import { isSafeKey } from './safeKeys.ts';

/** Collects Swedish validation errors, capped so a broken 50,000-row file stays readable. */
export class Problems {
  readonly list: string[] = [];
  private more = 0;
  constructor(private readonly max = 50) {}
  add(where: string, msg: string): void {
    if (this.list.length < this.max) this.list.push(where ? `${where}: ${msg}` : msg);
    else this.more++;
  }
  get count(): number {
    return this.list.length + this.more;
  }
  all(): string[] {
    return this.more ? [...this.list, `… och ${this.more} fel till.`] : [...this.list];
  }
}

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
    readonly where: string,
    readonly o: Obj,
  ) {}

  private bad(key: string, what: string): void {
    this.p.add(this.where, this.o[key] === undefined ? `"${key}" saknas.` : `"${key}" ska vara ${what}.`);
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
    this.bad(key, 'ett tal');
    return 0;
  }
  optNum(key: string): number | undefined {
    return this.has(key) ? this.num(key) : undefined;
  }
  bool(key: string): boolean {
    const v = this.o[key];
    if (typeof v === 'boolean') return v;
    this.bad(key, 'sant eller falskt (true/false)');
    return false;
  }
  optBool(key: string): boolean | undefined {
    return this.has(key) ? this.bool(key) : undefined;
  }
  stance(key: string): Stance {
    const v = this.o[key];
    if (typeof v === 'string' && (STANCES as readonly string[]).includes(v)) return v as Stance;
    if (v === undefined) this.bad(key, '');
    else this.p.add(this.where, `"${key}" har ett okänt ställningstagande (${JSON.stringify(v)}); tillåtna är ${STANCES.join(', ')}.`);
    return 'none';
  }
  optStance(key: string): Stance | undefined {
    return this.has(key) ? this.stance(key) : undefined;
  }
  /** An array whose items are read by `item` (which gets its own location). */
  list<T>(key: string, item: (v: unknown, where: string) => T | undefined, label: string): T[] {
    const v = this.o[key];
    if (!Array.isArray(v)) {
      this.bad(key, 'en lista');
      return [];
    }
    const out: T[] = [];
    v.forEach((x, i) => {
      const r = item(x, `${this.where}, ${label} ${i + 1}`);
      if (r !== undefined) out.push(r);
    });
    return out;
  }
  optList<T>(key: string, item: (v: unknown, where: string) => T | undefined, label: string): T[] | undefined {
    return this.has(key) ? this.list(key, item, label) : undefined;
  }
  strings(key: string): string[] {
    return this.list(key, (x, where) => (typeof x === 'string' ? x : (this.p.add(where, 'ska vara text.'), undefined)), 'post');
  }
  /** A map keyed by data (theme names): copied into a fresh object, unsafe keys dropped. */
  map<T>(key: string, value: (v: unknown, where: string) => T | undefined): Record<string, T> {
    const v = this.o[key];
    const out: Record<string, T> = {};
    if (!isObj(v)) {
      this.bad(key, 'ett objekt');
      return out;
    }
    for (const k of Object.keys(v)) {
      if (!isSafeKey(k)) continue;
      const r = value(v[k], `${this.where}, "${key}" → "${k}"`);
      if (r !== undefined) out[k] = r;
    }
    return out;
  }
  optMap<T>(key: string, value: (v: unknown, where: string) => T | undefined): Record<string, T> | undefined {
    return this.has(key) ? this.map(key, value) : undefined;
  }
}

/** Starts a Reader for an item that must be an object; reports and returns undefined otherwise. */
export function readObj(p: Problems, v: unknown, where: string): Reader | undefined {
  if (isObj(v)) return new Reader(p, where, v);
  p.add(where, 'ska vara ett objekt.');
  return undefined;
}
