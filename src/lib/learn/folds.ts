/**
 * Grouped k-fold assignment: items that share a group key (any of several, e.g. the same
 * source and the same remissinstans) always fall in the same fold, so no fold is scored on
 * an answer whose twin it was fitted on. Deterministic: groups are dealt in order of a
 * stable hash, largest first, to the fold with the fewest items.
 */

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** Fold index (0..k-1) of every item; keysOf gives the item's group keys. */
export function groupedFolds<T>(items: readonly T[], k: number, keysOf: (t: T) => string[]): number[] {
  if (!Number.isInteger(k) || k < 2) throw new TypeError('groupedFolds: k must be an integer ≥ 2');
  // Union-find over shared keys.
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const owner = new Map<string, number>();
  items.forEach((it, i) => {
    for (const key of keysOf(it)) {
      if (!key) continue;
      const o = owner.get(key);
      if (o === undefined) owner.set(key, i);
      else parent[find(i)] = find(o);
    }
  });
  const groups = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const ordered = [...groups.values()].sort((a, b) => b.length - a.length || hash(String(keysOf(items[a[0]]))) - hash(String(keysOf(items[b[0]]))));
  const size = new Array<number>(k).fill(0);
  const fold = new Array<number>(items.length).fill(0);
  for (const g of ordered) {
    let best = 0;
    for (let f = 1; f < k; f++) if (size[f] < size[best]) best = f;
    for (const i of g) fold[i] = best;
    size[best] += g.length;
  }
  return fold;
}
