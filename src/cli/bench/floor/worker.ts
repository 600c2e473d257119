/// <reference lib="webworker" />
/** The floor worker: decode, papaparse's bare parse, Dexie bulkPut. Nothing else. */
import Dexie, { type Table } from 'dexie';
import Papa from 'papaparse';
import type { FromFloor, ToFloor } from './protocol.ts';

interface Row {
  id?: number;
  respondent: string;
  kind: string;
  date: string;
  reference: string;
  decision: string;
  text: string;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
const NAME = 'bench-floor';
/** Rows per bulkPut, as in the app's import (the chunk size makes no difference here). */
const CHUNK = 1000;

class FloorDb extends Dexie {
  rows!: Table<Row, number>;
  constructor() {
    super(NAME);
    this.version(1).stores({ rows: '++id' });
  }
}
let db = new FloorDb();
const post = (m: FromFloor) => scope.postMessage(m);

async function run(bytes: ArrayBuffer): Promise<FromFloor> {
  const t0 = performance.now();
  const text = new TextDecoder('utf-8').decode(bytes);
  const t1 = performance.now();
  const parsed = Papa.parse<string[]>(text, { delimiter: ';', header: false, skipEmptyLines: true });
  const rows: Row[] = [];
  for (let i = 1; i < parsed.data.length; i++) {
    const c = parsed.data[i];
    rows.push({ respondent: c[0], kind: c[1], date: c[2], reference: c[3], decision: c[4], text: c[5] });
  }
  const t2 = performance.now();
  await db.transaction('rw', db.rows, async () => {
    for (let at = 0; at < rows.length; at += CHUNK) await db.rows.bulkPut(rows.slice(at, at + CHUNK));
  });
  const t3 = performance.now();
  return { type: 'done', rows: rows.length, decodeMs: t1 - t0, parseMs: t2 - t1, storeMs: t3 - t2, totalMs: t3 - t0 };
}

scope.onmessage = async (ev: MessageEvent<ToFloor>) => {
  try {
    if (ev.data.type === 'reset') {
      db.close();
      await Dexie.delete(NAME);
      db = new FloorDb();
      await db.open();
      post({ type: 'ready' });
    } else {
      post(await run(ev.data.bytes));
    }
  } catch (e) {
    post({ type: 'error', message: String(e) });
  }
};
