/// <reference lib="webworker" />
/**
 * A classification worker: the import worker starts one per core and sends it batches of
 * rows; it answers with their classifications in the same order. Nothing else happens
 * here (no parsing, no storage), so it only loads the classifier. It also fingerprints each
 * text (textHash), which the writer would otherwise do on its own thread between parse and write.
 */
import { classify } from '../lib/classify/index.ts';
import { textHash } from '../lib/db/hash.ts';
import type { FromClassifier, ToClassifier } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: FromClassifier) => scope.postMessage(m);

scope.onmessage = (ev: MessageEvent<ToClassifier>) => {
  const m = ev.data;
  try {
    post({ type: 'classified', batch: m.batch, results: m.rows.map((r) => classify(r, m.themes)), textHashes: m.rows.map((r) => textHash(r.text ?? '')) });
  } catch (e) {
    post({ type: 'failed', batch: m.batch, message: e instanceof Error ? e.message : String(e) });
  }
};
