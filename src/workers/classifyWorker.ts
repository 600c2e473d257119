/// <reference lib="webworker" />
/**
 * A classification worker: the import worker starts one per core and sends it batches of
 * rows; it answers with their classifications in the same order. Nothing else happens
 * here (no parsing, no storage), so it only loads the classifier.
 */
import { classify } from '../lib/classify/index.ts';
import type { FromClassifier, ToClassifier } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (m: FromClassifier) => scope.postMessage(m);

scope.onmessage = (ev: MessageEvent<ToClassifier>) => {
  const m = ev.data;
  try {
    post({ type: 'classified', batch: m.batch, results: m.rows.map((r) => classify(r, m.themes)) });
  } catch (e) {
    post({ type: 'failed', batch: m.batch, message: e instanceof Error ? e.message : String(e) });
  }
};
