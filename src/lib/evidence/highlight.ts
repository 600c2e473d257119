/**
 * Splits a text into plain and highlighted parts from span offsets, so the UI can render
 * text nodes and <mark> elements (never markup built from the text). Spans may be
 * unsorted, overlap, nest, run past the end or be empty; the parts always cover the text
 * exactly once, in order, so `parts.map((p) => p.text).join('') === text`.
 */
import type { Stance } from '../domain/types.ts';

/** A span to highlight. `key` identifies it (for jump links); earlier spans win the colour. */
export interface HighlightSpan {
  key: string;
  start: number;
  end: number;
  stance?: Stance;
}

/** One run of text. `evidence` is set when at least one span covers it. */
export interface Segment {
  text: string;
  start: number;
  end: number;
  evidence?: {
    /** The stance of the first (strongest) covering span, if it has one. */
    stance?: Stance;
    /** Every span covering this run, in input order. */
    keys: string[];
    /** The spans that begin in this run: jump targets. */
    starts: string[];
  };
}

/**
 * Splits `text` at every span boundary. Invalid spans (NaN, empty, outside) are ignored.
 * A sweep over the sorted boundaries with the covering spans kept in input order:
 * O(n log n) in the number of spans (plus the size of the output), not O(n²).
 */
export function highlight(text: string, spans: readonly HighlightSpan[]): Segment[] {
  if (typeof text !== 'string') throw new TypeError('highlight: text must be a string');
  const n = text.length;
  const valid: (HighlightSpan & { order: number })[] = [];
  spans.forEach((s, order) => {
    const start = clamp(s.start, n);
    const end = clamp(s.end, n);
    if (Number.isFinite(start) && Number.isFinite(end) && end > start) valid.push({ ...s, order, start, end });
  });
  const byStart = [...valid].sort((a, b) => a.start - b.start || a.order - b.order);
  const byEnd = [...valid].sort((a, b) => a.end - b.end);
  const cuts = new Set<number>([0, n]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  /** Covering spans' input orders, ascending (so "first" is the strongest). */
  const active: number[] = [];
  const find = (order: number) => {
    let lo = 0;
    let hi = active.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (active[mid] < order) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const byOrder = new Map(valid.map((s) => [s.order, s]));
  let si = 0;
  let ei = 0;
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    while (ei < byEnd.length && byEnd[ei].end <= start) active.splice(find(byEnd[ei++].order), 1);
    const starting: number[] = [];
    while (si < byStart.length && byStart[si].start === start) {
      const o = byStart[si++].order;
      active.splice(find(o), 0, o);
      starting.push(o);
    }
    const seg: Segment = { text: text.slice(start, end), start, end };
    if (active.length) {
      let stance: Stance | undefined;
      for (const o of active) {
        stance = byOrder.get(o)!.stance;
        if (stance) break;
      }
      seg.evidence = { stance, keys: active.map((o) => byOrder.get(o)!.key), starts: starting.map((o) => byOrder.get(o)!.key) };
    }
    const prev = out[out.length - 1];
    // Join neighbours with the same highlight so a sentence is one <mark>.
    if (prev && sameMark(prev, seg)) {
      prev.text += seg.text;
      prev.end = end;
    } else out.push(seg);
  }
  return out;
}

function clamp(x: number, n: number): number {
  if (typeof x !== 'number' || Number.isNaN(x)) return NaN;
  return Math.max(0, Math.min(n, Math.floor(x)));
}

function sameMark(a: Segment, b: Segment): boolean {
  if (!a.evidence && !b.evidence) return true;
  if (!a.evidence || !b.evidence || b.evidence.starts.length) return false;
  if (a.evidence.stance !== b.evidence.stance || a.evidence.keys.length !== b.evidence.keys.length) return false;
  for (let i = 0; i < a.evidence.keys.length; i++) if (a.evidence.keys[i] !== b.evidence.keys[i]) return false;
  return true;
}
