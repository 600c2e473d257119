/** The classifiers the import worker uses: a pool of workers, or the classifier inline. */
import { classify } from '../lib/classify/index.ts';
import type { Theme } from '../lib/domain/types.ts';
import { textHash } from '../lib/db/hash.ts';
import type { ClassifyRow } from './protocol.ts';
import { ClassifierClosedError, poolSize, WorkerPool, type ClassifiedBatch, type Classifier } from './classifyPool.ts';

/**
 * Classification workers, one per core (the import worker itself mostly waits on
 * IndexedDB). Where a worker cannot start workers, batches are classified here.
 */
export function makeClassifier(): Classifier {
  if (typeof Worker === 'undefined') return new InlineClassifier();
  return new WorkerPool(poolSize(navigator.hardwareConcurrency), () => new Worker(new URL('./classifyWorker.ts', import.meta.url), { type: 'module', name: 'classify' }));
}

class InlineClassifier implements Classifier {
  readonly size = 1;
  #closed = false;
  run(rows: ClassifyRow[], themes: Theme[]): Promise<ClassifiedBatch> {
    // One batch per task, so a cancel message gets in between batches.
    return new Promise((resolve, reject) =>
      setTimeout(() =>
        this.#closed
          ? reject(new ClassifierClosedError())
          : resolve({ classifications: rows.map((r) => classify(r, themes)), textHashes: rows.map((r) => textHash(r.text ?? '')) }),
      ),
    );
  }
  close() {
    this.#closed = true;
  }
}
