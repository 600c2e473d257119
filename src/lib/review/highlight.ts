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

/** Splits `text` at every span boundary. Invalid spans (NaN, empty, outside) are ignored. */
export function highlight(text: string, spans: readonly HighlightSpan[]): Segment[] {
  if (typeof text !== 'string') throw new TypeError('highlight: text must be a string');
  const n = text.length;
  const valid = spans
    .map((s, order) => ({ ...s, order, start: clamp(s.start, n), end: clamp(s.end, n) }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start);
  const cuts = new Set<number>([0, n]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    const covering = valid.filter((s) => s.start <= start && s.end >= end);
    const seg: Segment = { text: text.slice(start, end), start, end };
    if (covering.length) {
      seg.evidence = {
        stance: covering.find((s) => s.stance)?.stance,
        keys: covering.map((s) => s.key),
        starts: covering.filter((s) => s.start === start).map((s) => s.key),
      };
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
  return a.evidence.stance === b.evidence.stance && a.evidence.keys.join('\u0000') === b.evidence.keys.join('\u0000');
}
