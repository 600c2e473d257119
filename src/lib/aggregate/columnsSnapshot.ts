import type { RecordColumns } from './overviewData.ts';

/**
 * The typed columns of a remiss's records (see recordColumns) as plain data that
 * IndexedDB stores cheaply: what the overview's counts and bars need, and no record.
 * A reload draws its first chart from this while the records load behind it.
 */
export interface ColumnsSnapshot {
  /** Number of records. */
  n: number;
  /** The theme columns of `codes`, in order. */
  themes: string[];
  /** As RecordColumns.kind and .flags. */
  kind: Uint8Array;
  flags: Uint8Array;
  /** Theme stance codes, n × themes.length (as RecordColumns.themeCodes(themes)). */
  codes: Uint8Array;
}

/** The snapshot of `cols` for these themes (copies: the snapshot may be stored). */
export function columnsSnapshot(cols: RecordColumns, themes: readonly string[]): ColumnsSnapshot {
  return { n: cols.n, themes: [...themes], kind: cols.kind.slice(), flags: cols.flags.slice(), codes: cols.themeCodes(themes).slice() };
}

const cache = new WeakMap<ColumnsSnapshot, RecordColumns>();

/**
 * Columns that answer from a snapshot: counts, bars, kind/stance/inriktning/review
 * filters. There are no records behind them (`records` is empty): free-text and nämnd
 * filters, drill-down ids and the heatmap need the records themselves.
 * A theme the snapshot does not hold (a stale link's inriktning) is, as for records that
 * do not discuss it, the inherited overall stance; its OVERRIDDEN_BIT is not known here
 * (only the heatmap reads it, and the heatmap waits for the records).
 */
export function snapshotColumns(s: ColumnsSnapshot): RecordColumns {
  let c = cache.get(s);
  if (c) return c;
  const nt = s.themes.length;
  const index = new Map(s.themes.map((t, i) => [t, i]));
  const codes = new Map<string, Uint8Array>([[s.themes.join('\u0000'), s.codes]]);
  c = {
    records: [],
    n: s.n,
    kind: s.kind,
    flags: s.flags,
    themeCodes(themes) {
      const key = themes.join('\u0000');
      let out = codes.get(key);
      if (!out) {
        const at = themes.map((t) => index.get(t) ?? -1);
        const m = themes.length;
        out = new Uint8Array(s.n * m);
        for (let r = 0; r < s.n; r++) for (let t = 0; t < m; t++) out[r * m + t] = at[t] < 0 ? s.flags[r] & 3 : s.codes[r * nt + at[t]];
        codes.set(key, out);
      }
      return out;
    },
    heatmapOrder: () => new Uint32Array(0),
    indexOf: () => undefined,
  };
  cache.set(s, c);
  return c;
}

/** True when a snapshot was taken for exactly these themes (else its codes mean other columns). */
export function snapshotFits(s: ColumnsSnapshot, themes: readonly string[]): boolean {
  return s.themes.length === themes.length && s.themes.every((t, i) => t === themes[i]);
}
