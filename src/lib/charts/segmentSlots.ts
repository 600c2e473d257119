import { STANCES } from '../domain/types.ts';
import { segmentKey, type StackLayout, type StackSegment } from './stackLayout.ts';

/**
 * A place in a chart for one item that filters make come and go (a segment, a tick, a
 * fill path): the component keeps its nodes and hides them (display none: not drawn, not
 * focusable, not in the accessibility tree) while the item is absent, with the last item
 * it had, and shows them again with the new item's values when it comes back. A filter
 * change then rewrites a few attributes instead of removing and creating elements.
 */
export interface Place<T> {
  key: string;
  /** The item drawn here: the current one, or (hidden) the last one; null before the first. */
  item: T | null;
  shown: boolean;
}

/**
 * A function from (every place's key in drawing order, the current items by key) to the
 * places, remembering the places before: a place whose item is the same object as before
 * (share.ts) is the same object, so Svelte's keyed `{#each}` does not touch it.
 */
export function places<T>(): (keys: readonly string[], items: ReadonlyMap<string, T>) => Place<T>[] {
  let prev = new Map<string, Place<T>>();
  return (keys, items) => {
    const next = new Map<string, Place<T>>();
    const out = keys.map((key) => {
      const item = items.get(key);
      const p = prev.get(key);
      const place: Place<T> =
        item === undefined
          ? p && !p.shown ? p : { key, item: p?.item ?? null, shown: false }
          : p && p.shown && p.item === item ? p : { key, item, shown: true };
      next.set(key, place);
      return place;
    });
    prev = next;
    return out;
  };
}

/**
 * The segment places of an interactive stacked-bar chart: every (bar, stance), in the
 * layout's reading order (bar by bar, the explicit stances, then the inherited ones when
 * the layout has any), so a segment that a filter empties is hidden, not destroyed.
 */
export function segmentSlots(): (layout: StackLayout) => Place<StackSegment>[] {
  const keep = places<StackSegment>();
  return (layout) => {
    const series = layout.segments.some((s) => s.inherited) ? [false, true] : [false];
    const keys: string[] = [];
    for (const b of layout.bars) for (const inherited of series) for (const stance of STANCES) keys.push(segmentKey(b.category, stance, inherited));
    return keep(keys, new Map(layout.segments.map((s) => [s.key, s])));
  };
}

/**
 * Places by position for a list whose length changes (axis ticks, row groups): as many
 * places as the longest list so far, the ones past the current length hidden.
 */
export function positionPlaces<T>(): (items: readonly T[]) => Place<T>[] {
  const keep = places<T>();
  let most = 0;
  return (items) => {
    most = Math.max(most, items.length);
    return keep(Array.from({ length: most }, (_, i) => String(i)), new Map(items.map((it, i) => [String(i), it])));
  };
}
