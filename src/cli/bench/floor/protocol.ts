/** Messages between the floor page and its worker. */
export type ToFloor = { type: 'reset' } | { type: 'run'; bytes: ArrayBuffer };
export type FromFloor =
  | { type: 'ready' }
  | { type: 'done'; rows: number; decodeMs: number; parseMs: number; storeMs: number; totalMs: number }
  | { type: 'error'; message: string };

/** What the page leaves on `window.__floor` for the bench to read. */
export interface FloorResult {
  rows: number;
  /** change event → bytes read on the main thread. */
  readMs: number;
  decodeMs: number;
  parseMs: number;
  storeMs: number;
  /** change event → stored (what the app's import is compared with). */
  totalMs: number;
}
