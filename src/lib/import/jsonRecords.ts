/**
 * JSON objects → responses, shared by JSON and NDJSON. Keys are matched like CSV headers
 * (Swedish or English, any case/accents). Only own keys are read, never __proto__,
 * constructor or prototype; nothing user-named is ever assigned to a plain object.
 */
import { shapeOf } from '../domain/message.ts';
import { cleanName } from '../domain/normalize.ts';
import type { Consultation, Theme } from '../domain/types.ts';
import { readConsultation } from './consultation.ts';
import { fold } from './fold.ts';
import { GroupCollector, type DuplicatePolicy } from './groups.ts';
import { matchField, themeIndex, type Field } from './headers.ts';
import type { IssueAt, IssueCollector } from './issues.ts';
import { isObject, safeKeys } from './jsonSafe.ts';
import { restore, type RawValue } from './restore.ts';

/** A key holding an object of per-theme texts: {"Påverkan": "…"}. */
const THEME_TEXTS = new Set(['themetexts', 'inriktningstexter', 'texter per inriktning']);
/** Keep the unknown-key list small even when every record has different keys. */
const MAX_NAMES = 100;

export class JsonSink {
  readonly grouper: GroupCollector;
  readonly unknown = new Set<string>();
  readonly duplicates = new Set<string>();
  consultation: Partial<Consultation> | undefined;
  goodRows = 0;
  badRows = 0;
  private themes: Map<string, Field>;

  constructor(
    private readonly collector: IssueCollector,
    private readonly file: string,
    private readonly knownThemes: readonly Theme[] = [],
    duplicates?: DuplicatePolicy,
  ) {
    this.grouper = new GroupCollector(duplicates);
    this.themes = themeIndex(knownThemes);
  }

  /** The wrapper's remiss: its themes also name per-theme keys in the records. */
  setConsultation(v: unknown): void {
    this.consultation = { ...this.consultation, ...readConsultation(v, this.collector) };
    if (this.consultation.themes) this.themes = themeIndex([...this.knownThemes, ...this.consultation.themes]);
  }

  /** Remember a key name once, and report it the first time (like a CSV header, never silently). */
  private note(set: Set<string>, name: string, at: IssueAt): void {
    if (set.has(name) || set.size >= MAX_NAMES) return;
    set.add(name);
    if (set === this.unknown) this.collector.add('unknown-field', 'warning', { ...at, column: name });
    else this.collector.add('duplicate-field', 'warning', { ...at, column: name });
  }

  private values(o: Record<string, unknown>, at: IssueAt): RawValue[] {
    const out: RawValue[] = [];
    const used = new Set<Field>();
    const push = (field: Field, value: unknown, column: string) => {
      if (used.has(field)) return this.note(this.duplicates, column, at);
      used.add(field);
      out.push({ field, value, column });
    };
    const forbidden = (k: string) => this.collector.add('ignored-key', 'warning', { ...at, column: k });
    for (const k of safeKeys(o, forbidden)) {
      const v = o[k];
      if (THEME_TEXTS.has(fold(k)) && isObject(v)) {
        for (const t of safeKeys(v, forbidden)) push(this.themes.get(fold(t)) ?? `theme:${cleanName(t)}`, v[t], `${k}.${t}`);
        continue;
      }
      const f = matchField(k, this.themes);
      if (f) push(f, v, k);
      else this.note(this.unknown, k, at);
    }
    return out;
  }

  /** One record: `at` locates it for messages, `sourceLine` is stored on the response. */
  add(v: unknown, at: IssueAt, sourceLine: number): void {
    if (!isObject(v)) {
      this.badRows++;
      this.collector.add('not-an-object', 'error', at, { type: shapeOf(v) });
      return;
    }
    const r = restore(this.values(v, at), { collector: this.collector, at, sourceFile: this.file, sourceLine });
    if (r.consultation && !this.consultation?.title) this.consultation = { ...this.consultation, title: r.consultation };
    if (!r.response) {
      this.badRows++;
      return;
    }
    this.goodRows++;
    // A record without its own remiss belongs to the wrapper's.
    const c = this.consultation;
    const wrapper = c?.title ? (c.reference ? `${c.title} (${c.reference})` : c.title) : undefined;
    this.grouper.add(r.response, r.consultation ?? wrapper, at.record ?? sourceLine);
  }
}
