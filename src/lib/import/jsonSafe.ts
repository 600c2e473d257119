/**
 * Safety around JSON.parse: a nesting-depth check on the raw string before parsing (so a
 * 10,000-deep array never reaches a recursive walker), the keys we never read, and a
 * parse-error position in Swedish terms.
 */
export const MAX_JSON_DEPTH = 32;

/** Keys that could reach Object.prototype if ever assigned; we skip them everywhere. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** True when brackets nest deeper than `max` in text[from, to). Linear; skips strings. */
export function tooDeep(text: string, max = MAX_JSON_DEPTH, from = 0, to = text.length): boolean {
  let depth = 0;
  let inString = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** A plain JSON object (not null, not an array). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own keys of a parsed object, without the forbidden ones; reports what was dropped. */
export function safeKeys(o: Record<string, unknown>, onForbidden?: (key: string) => void): string[] {
  const out: string[] = [];
  for (const k of Object.keys(o)) {
    if (FORBIDDEN_KEYS.has(k)) onForbidden?.(k);
    else out.push(k);
  }
  return out;
}

/** "rad 3, tecken 17" from a V8 SyntaxError ("… at position 42"), if it says where. */
export function errorPosition(err: unknown, text: string): { line: number; column: number; snippet: string } | null {
  const m = /position (\d+)/.exec(err instanceof Error ? err.message : '');
  if (!m) return null;
  const pos = Math.min(+m[1], text.length);
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: pos - lineStart + 1, snippet: text.slice(Math.max(lineStart, pos - 20), pos + 20) };
}
