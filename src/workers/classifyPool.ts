import { CodedError } from '../lib/domain/message.ts';
import type { Classification, Theme } from '../lib/domain/types.ts';
import type { ClassifyRow, FromClassifier, ToClassifier } from './protocol.ts';

/** A batch's classifications and each row's textHash (lib/db/hash.ts), in the order of the rows. */
export interface ClassifiedBatch {
  classifications: Classification[];
  textHashes: string[];
}

/** Classifies batches of rows; results come back in the order of the rows. */
export interface Classifier {
  /** How many batches it works on at once. */
  readonly size: number;
  run(rows: ClassifyRow[], themes: Theme[]): Promise<ClassifiedBatch>;
  /** Stops at once: running and queued batches reject with ClassifierClosedError. */
  close(): void;
}

export class ClassifierClosedError extends CodedError {
  override name = 'ClassifierClosedError';
  constructor() {
    super('classify.cancelled');
  }
}

/** What the pool needs of a Worker (a fake one in unit tests). */
export type PoolWorker = Pick<Worker, 'postMessage' | 'terminate'> & {
  onmessage: ((ev: MessageEvent<FromClassifier>) => void) | null;
  onerror: ((ev: ErrorEvent) => void) | null;
};

interface Task {
  msg: ToClassifier;
  resolve: (r: ClassifiedBatch) => void;
  reject: (e: unknown) => void;
}
interface Slot {
  worker: PoolWorker;
  task: Task | null;
}

/** How many classification workers: one per core, at least one, at most four. */
export function poolSize(hardwareConcurrency: number | undefined): number {
  return Math.max(1, Math.min(4, Math.floor(hardwareConcurrency || 1)));
}

/**
 * A few classification workers, started when first needed. Each batch goes to the next
 * idle worker (or waits for one); a worker that crashes fails its batch and closes the
 * pool, so an import never hangs and never stores half a classification.
 */
export class WorkerPool implements Classifier {
  readonly #spawn: () => PoolWorker;
  readonly #slots: Slot[] = [];
  readonly #queue: Task[] = [];
  #closed = false;
  #batch = 0;

  constructor(
    readonly size: number,
    spawn: () => PoolWorker,
  ) {
    this.#spawn = spawn;
  }

  run(rows: ClassifyRow[], themes: Theme[]): Promise<ClassifiedBatch> {
    if (this.#closed) return Promise.reject(new ClassifierClosedError());
    return new Promise((resolve, reject) => {
      this.#queue.push({ msg: { type: 'classify', batch: ++this.#batch, rows, themes }, resolve, reject });
      this.#pump();
    });
  }

  close(reason: unknown = new ClassifierClosedError()): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const s of this.#slots.splice(0)) {
      s.worker.onmessage = s.worker.onerror = null;
      s.worker.terminate();
      s.task?.reject(reason);
    }
    for (const t of this.#queue.splice(0)) t.reject(reason);
  }

  #pump() {
    while (this.#queue.length && !this.#closed) {
      const slot = this.#slots.find((s) => !s.task) ?? (this.#slots.length < this.size ? this.#add() : null);
      if (!slot) return;
      const task = this.#queue.shift()!;
      slot.task = task;
      slot.worker.postMessage(task.msg);
    }
  }

  #add(): Slot {
    const slot: Slot = { worker: this.#spawn(), task: null };
    this.#slots.push(slot);
    slot.worker.onmessage = (ev) => {
      const task = slot.task;
      slot.task = null;
      const m = ev.data;
      if (task && m.batch === task.msg.batch) {
        if (m.type === 'classified') task.resolve({ classifications: m.results, textHashes: m.textHashes });
        else task.reject(new CodedError('classify.failed', { detail: m.message }));
      }
      this.#pump();
    };
    slot.worker.onerror = (ev) => {
      ev.preventDefault?.();
      this.close(new CodedError('classify.crashed', { detail: ev.message || '?' }));
    };
    return slot;
  }
}
