import { liveQuery } from 'dexie';

/**
 * A Dexie liveQuery as reactive state. The query re-runs when the tables it read change,
 * and when the Svelte state it reads changes (the $effect re-subscribes). The result is
 * `$state.raw`: results are replaced whole, never mutated.
 */
export class Live<T> {
  current = $state.raw<T | undefined>(undefined);
  error = $state.raw<unknown>(undefined);
  loading = $state(true);

  constructor(query: () => (() => Promise<T> | T) | null) {
    $effect(() => {
      const q = query();
      if (!q) {
        this.current = undefined;
        this.loading = false;
        return;
      }
      this.loading = true;
      const sub = liveQuery(q).subscribe({
        next: (v) => {
          this.current = v;
          this.error = undefined;
          this.loading = false;
        },
        error: (e) => {
          this.error = e;
          this.loading = false;
        },
      });
      return () => sub.unsubscribe();
    });
  }
}
