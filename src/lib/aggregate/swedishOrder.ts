/** Swedish collation: å, ä, ö after z; numbers in names in numeric order (Nämnd 2 before Nämnd 10). */
export const svCollator = new Intl.Collator('sv', { numeric: true });

/** Above this many remembered names the cache starts over, to bound memory. */
const MAX_NAMES = 200_000;
let sorted: string[] = [];
let rank = new Map<string, number>();

/**
 * A rank per name in Swedish order, for sorting by number instead of by collator.
 * Collating 10,000 names costs ~7 ms, too much on every filter change; ranks are a
 * global total order, so they are cached across calls and only new names are collated
 * and merged in. The returned map covers at least `names` (read it, do not keep it).
 */
export function swedishRanks(names: Iterable<string>): ReadonlyMap<string, number> {
  let fresh: Set<string> | null = null;
  for (const n of names) if (!rank.has(n)) (fresh ??= new Set()).add(n);
  if (!fresh) return rank;
  if (sorted.length + fresh.size > MAX_NAMES) {
    sorted = [];
    fresh = new Set(names);
  }
  sorted = merge(sorted, [...fresh].sort(svCollator.compare));
  rank = new Map(sorted.map((n, i) => [n, i]));
  return rank;
}

function merge(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(svCollator.compare(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
