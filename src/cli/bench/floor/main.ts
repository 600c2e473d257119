/**
 * The floor page: the least work that gets a CSV file into IndexedDB, done the way the
 * app does it (bytes read on the main thread and transferred to a module worker, which
 * decodes, parses with papaparse and bulkPuts in one transaction), with no validation,
 * no classification and no app logic.
 */
import type { FloorResult, FromFloor, ToFloor } from './protocol.ts';

declare global {
  interface Window {
    __floor?: FloorResult | { error: string } | null;
    __floorReset?: () => Promise<void>;
  }
}

const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
let waiting: ((m: FromFloor) => void) | null = null;
worker.onmessage = (ev: MessageEvent<FromFloor>) => waiting?.(ev.data);
const ask = (m: ToFloor, transfer: Transferable[] = []) =>
  new Promise<FromFloor>((resolve) => {
    waiting = resolve;
    worker.postMessage(m, transfer);
  });

window.__floor = null;
window.__floorReset = async () => {
  window.__floor = null;
  await ask({ type: 'reset' });
};

const input = document.getElementById('file') as HTMLInputElement;
input.addEventListener('change', async () => {
  const t0 = performance.now();
  const file = input.files?.[0];
  if (!file) return;
  const bytes = await file.arrayBuffer();
  const readMs = performance.now() - t0;
  const m = await ask({ type: 'run', bytes }, [bytes]);
  input.value = '';
  if (m.type !== 'done') {
    window.__floor = { error: m.type === 'error' ? m.message : 'unexpected reply' };
    return;
  }
  window.__floor = { rows: m.rows, readMs, decodeMs: m.decodeMs, parseMs: m.parseMs, storeMs: m.storeMs, totalMs: performance.now() - t0 };
});
