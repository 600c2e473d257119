import type { ResponseRecord, Stance } from '../domain/types.ts';
import { RESPONDENT_KINDS, STANCES } from '../domain/types.ts';
import { respondentKey } from '../domain/normalize.ts';
import { applyFilters, isEmpty, type Filters } from './filters.ts';
import { heatmapRow, heatmapOrder, type HeatmapRow } from './heatmap.ts';
import type { HeadlineCounts } from './counts.ts';
import { EXPLICIT_BIT, STANCE_INDEX, themeStanceCode } from './stanceCode.ts';
import { zeroCounts, type StanceCounts } from './stanceCounts.ts';

/**
 * The overview's hot path. A filter change at 10,000 records must cost a few ms, so
 * everything that depends only on the records (effective stances, theme stance codes,
 * the heatmap's sort order) is computed once per records array into typed columns;
 * a filter change is then one pass over small integers, and the heatmap builds only
 * the rows it shows. Same results as applyFilters + headlineCounts/byTheme/byKind/
 * heatmapMatrix (tests compare them on random records).
 */
export interface RecordColumns {
  readonly records: readonly ResponseRecord[];
  readonly n: number;
  /** Index in RESPONDENT_KINDS; UNKNOWN_KIND for a kind not in it (old data). */
  readonly kind: Uint8Array;
  /** Effective overall stance index | OVERRIDDEN_ANY | REVIEWED. */
  readonly flags: Uint8Array;
  /** Theme stance codes (see stanceCode.ts), n × themes.length, cached per theme list. */
  themeCodes(themes: readonly string[]): Uint8Array;
  /** Record indices in heatmap order (kind, Swedish name, id), computed on first use. */
  heatmapOrder(): Uint32Array;
  /** Record index of a response id. */
  indexOf(id: number): number | undefined;
}

const UNKNOWN_KIND = 255;
/** A person overrode the overall stance or any theme stance. */
const OVERRIDDEN_ANY = 4;
const REVIEWED = 8;
const kindIndex = new Map<string, number>(RESPONDENT_KINDS.map((k, i) => [k, i]));

// Records arrays are replaced, never mutated (Svelte $state.raw, Dexie reads).
const cache = new WeakMap<readonly ResponseRecord[], RecordColumns>();

export function recordColumns(records: readonly ResponseRecord[]): RecordColumns {
  let c = cache.get(records);
  if (!c) cache.set(records, (c = build(records)));
  return c;
}

function build(records: readonly ResponseRecord[]): RecordColumns {
  const n = records.length;
  const kind = new Uint8Array(n);
  const flags = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const r = records[i];
    kind[i] = kindIndex.get(r.respondentKind) ?? UNKNOWN_KIND;
    const o = r.overrides;
    let f = STANCE_INDEX[o.overall?.stance ?? r.classification.stance];
    if (o.overall || hasKeys(o.themes)) f |= OVERRIDDEN_ANY;
    if (r.reviewed) f |= REVIEWED;
    flags[i] = f;
  }
  const codes = new Map<string, Uint8Array>();
  let order: Uint32Array | null = null;
  let ids: Map<number, number> | null = null;
  return {
    records,
    n,
    kind,
    flags,
    themeCodes(themes) {
      const key = themes.join('\u0000');
      let out = codes.get(key);
      if (!out) {
        const nt = themes.length;
        out = new Uint8Array(n * nt);
        for (let i = 0; i < n; i++) for (let t = 0; t < nt; t++) out[i * nt + t] = themeStanceCode(records[i], themes[t]);
        if (codes.size > 16) codes.clear();
        codes.set(key, out);
      }
      return out;
    },
    heatmapOrder() {
      return (order ??= heatmapOrder(records));
    },
    indexOf(id) {
      if (!ids) {
        ids = new Map();
        for (let i = 0; i < n; i++) if (records[i].id !== undefined) ids.set(records[i].id!, i);
      }
      return ids.get(id);
    },
  };
}

function hasKeys(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

/** The records that pass the filters, as a set of record indices. */
export interface Selection {
  readonly cols: RecordColumns;
  /** Record indices in record order. */
  readonly indices: Uint32Array;
  /** 1 where the record is selected. */
  readonly mask: Uint8Array;
}

const allCache = new WeakMap<RecordColumns, Selection>();

/**
 * The records that pass `f` (as applyFilters). Free text goes through applyFilters
 * (its search index, with `opts.texts`); everything else is a loop over the columns.
 */
export function selectRecords(cols: RecordColumns, f: Filters, opts: { texts?: ReadonlyMap<number, string> } = {}): Selection {
  const { n, records } = cols;
  const onlyThemes = !f.respondents.length && !f.kinds.length && !f.stances.length && !f.q.trim() && f.reviewed === 'all';
  if (isEmpty(f) || onlyThemes) {
    let all = allCache.get(cols);
    if (!all) {
      const indices = new Uint32Array(n);
      for (let i = 0; i < n; i++) indices[i] = i;
      allCache.set(cols, (all = { cols, indices, mask: new Uint8Array(n).fill(1) }));
    }
    return all;
  }
  const mask = new Uint8Array(n);
  if (f.q.trim()) {
    const pass = new Set<ResponseRecord>(applyFilters(records, f, opts));
    for (let i = 0; i < n; i++) if (pass.has(records[i])) mask[i] = 1;
    return fromMask(cols, mask);
  }
  const kinds = f.kinds.length ? new Uint8Array(256) : null;
  if (kinds) for (const k of f.kinds) kinds[kindIndex.get(k) ?? UNKNOWN_KIND] = 1;
  let stanceBits = 0;
  for (const s of f.stances) stanceBits |= 1 << STANCE_INDEX[s];
  const reviewed = f.reviewed === 'all' ? -1 : f.reviewed === 'yes' ? REVIEWED : 0;
  const keys = f.respondents.length ? new Set(f.respondents.map(respondentKey)) : null;
  const memo = new Map<string, string>();
  const key = (name: string) => {
    let k = memo.get(name);
    if (k === undefined) memo.set(name, (k = respondentKey(name)));
    return k;
  };
  const nt = f.themes.length;
  const codes = stanceBits && nt ? cols.themeCodes(f.themes) : null;
  const { kind, flags } = cols;
  for (let i = 0; i < n; i++) {
    const fl = flags[i];
    if (reviewed >= 0 && (fl & REVIEWED) !== reviewed) continue;
    if (kinds && !kinds[kind[i]]) continue;
    if (stanceBits) {
      if (codes) {
        let any = false;
        for (let t = 0; t < nt && !any; t++) any = ((stanceBits >> (codes[i * nt + t] & 3)) & 1) === 1;
        if (!any) continue;
      } else if (!((stanceBits >> (fl & 3)) & 1)) continue;
    }
    if (keys) {
      const r = records[i];
      if (!keys.has(r.respondentKey) && !r.jointWith?.some((m) => keys.has(key(m)))) continue;
    }
    mask[i] = 1;
  }
  return fromMask(cols, mask);
}

function fromMask(cols: RecordColumns, mask: Uint8Array): Selection {
  let count = 0;
  for (let i = 0; i < mask.length; i++) count += mask[i];
  const indices = new Uint32Array(count);
  for (let i = 0, j = 0; i < mask.length; i++) if (mask[i]) indices[j++] = i;
  return { cols, indices, mask };
}

/** What the overview's tiles and bar charts show, from one pass over the selection. */
export interface OverviewCounts {
  /** As headlineCounts with no sändlista (notAnswered is empty). */
  headline: HeadlineCounts;
  /** Effective stance counts per theme (explicit + inherited), for `themes`. */
  themes: Record<string, StanceCounts>;
  /** The explicit part of `themes`: stances from sentences about the theme, or a person's theme override. */
  themesExplicit: Record<string, StanceCounts>;
  /** The inherited part of `themes`: the overall stance of yttranden that do not discuss the theme. */
  themesInherited: Record<string, StanceCounts>;
  /** Effective overall stance counts per respondent kind (unknown kinds count as the last). */
  kinds: Record<string, StanceCounts>;
}

export function overviewCounts(sel: Selection, themes: readonly string[]): OverviewCounts {
  const { cols, indices } = sel;
  const { kind, flags } = cols;
  const nk = RESPONDENT_KINDS.length;
  const nt = themes.length;
  const codes = nt ? cols.themeCodes(themes) : null;
  const stance = new Uint32Array(4);
  const byKind = new Uint32Array(nk * 4);
  const byTheme = new Uint32Array(nt * 4);
  const byThemeExplicit = new Uint32Array(nt * 4);
  let overridden = 0;
  let reviewed = 0;
  for (let j = 0; j < indices.length; j++) {
    const i = indices[j];
    const fl = flags[i];
    const s = fl & 3;
    stance[s]++;
    if (fl & OVERRIDDEN_ANY) overridden++;
    if (fl & REVIEWED) reviewed++;
    const k = kind[i];
    byKind[(k < nk ? k : nk - 1) * 4 + s]++;
    if (codes) {
      for (let t = 0, at = i * nt; t < nt; t++) {
        const code = codes[at + t];
        byTheme[t * 4 + (code & 3)]++;
        if (code & EXPLICIT_BIT) byThemeExplicit[t * 4 + (code & 3)]++;
      }
    }
  }
  const counts = (tally: Uint32Array, at: number): StanceCounts => {
    const c = zeroCounts();
    STANCES.forEach((st, x) => (c[st] = tally[at * 4 + x]));
    return c;
  };
  const all = counts(stance, 0);
  return {
    headline: { answered: indices.length, ...all, notAnswered: [], overridden, reviewed },
    themes: Object.fromEntries(themes.map((th, t) => [th, counts(byTheme, t)])),
    themesExplicit: Object.fromEntries(themes.map((th, t) => [th, counts(byThemeExplicit, t)])),
    themesInherited: Object.fromEntries(themes.map((th, t) => {
      const all = counts(byTheme, t);
      const exp = counts(byThemeExplicit, t);
      for (const st of STANCES) all[st] -= exp[st];
      return [th, all];
    })),
    kinds: Object.fromEntries(RESPONDENT_KINDS.map((k, x) => [k, counts(byKind, x)])),
  };
}

/**
 * The response ids behind one bar segment, in record order (as byTheme/byKind list
 * them): a theme's effective stance (only the explicit or only the inherited ones when
 * `explicit` is given), or a kind's overall stance.
 */
export function idsWhere(sel: Selection, where: { theme: string; stance: Stance; explicit?: boolean } | { kind: string; stance: Stance }): number[] {
  const { cols, indices } = sel;
  const want = STANCE_INDEX[where.stance];
  const out: number[] = [];
  const push = (i: number) => {
    // No records behind columns from a snapshot (columnsSnapshot.ts): no ids until they load.
    const id = cols.records[i]?.id;
    if (id !== undefined) out.push(id);
  };
  if ('theme' in where) {
    const codes = cols.themeCodes([where.theme]);
    const explicit = where.explicit;
    for (let j = 0; j < indices.length; j++) {
      const code = codes[indices[j]];
      if ((code & 3) !== want) continue;
      if (explicit !== undefined && ((code & EXPLICIT_BIT) !== 0) !== explicit) continue;
      push(indices[j]);
    }
  } else {
    const nk = RESPONDENT_KINDS.length;
    const k = kindIndex.get(where.kind) ?? nk - 1;
    for (let j = 0; j < indices.length; j++) {
      const i = indices[j];
      const ki = cols.kind[i];
      if ((ki < nk ? ki : nk - 1) === k && (cols.flags[i] & 3) === want) push(i);
    }
  }
  return out;
}

/** True when the selection holds the yttrande with this id. */
export function selectionHas(sel: Selection, id: number): boolean {
  const i = sel.cols.indexOf(id);
  return i !== undefined && sel.mask[i] === 1;
}

/**
 * The heatmap's first `limit` rows of the selection, in heatmap order, and how many
 * rows there are in all. Only the shown rows are built (and they are cached per record).
 */
export function heatmapRows(sel: Selection, themes: readonly string[], limit: number): { rows: HeatmapRow[]; total: number } {
  const order = sel.cols.heatmapOrder();
  const { mask, cols } = sel;
  const key = themes.join('\u0000');
  const rows: HeatmapRow[] = [];
  for (let j = 0; j < order.length && rows.length < limit; j++) {
    const i = order[j];
    if (mask[i]) rows.push(heatmapRow(cols.records[i], themes, key));
  }
  return { rows, total: sel.indices.length };
}

/**
 * What the headline counts count when a stance filter and an inriktning filter are
 * combined: a yttrande passes when its stance on one of the chosen inriktningar is one of
 * the chosen stances. `explicit` of them say so in sentences about an inriktning (or a
 * person set it); `inherited` pass only through the overall stance they carry over to an
 * inriktning they do not discuss. Null when the two filters are not combined.
 */
export function themeFilterScope(sel: Selection, f: Pick<Filters, 'stances' | 'themes'>): { explicit: number; inherited: number } | null {
  if (!f.stances.length || !f.themes.length) return null;
  const { cols, indices } = sel;
  const nt = f.themes.length;
  const codes = cols.themeCodes(f.themes);
  let bits = 0;
  for (const s of f.stances) bits |= 1 << STANCE_INDEX[s];
  let explicit = 0;
  let inherited = 0;
  for (let j = 0; j < indices.length; j++) {
    const at = indices[j] * nt;
    let said = false;
    let carried = false;
    for (let t = 0; t < nt; t++) {
      const code = codes[at + t];
      if (!((bits >> (code & 3)) & 1)) continue;
      if (code & EXPLICIT_BIT) said = true;
      else carried = true;
    }
    if (said) explicit++;
    else if (carried) inherited++;
  }
  return { explicit, inherited };
}
