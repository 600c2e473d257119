import sampleUrl from '../../data/sample/remiss.json?url';
import { message, type Message } from '../lib/domain/message.ts';
import type { Library } from './library.svelte.ts';

const OFFERED_KEY = 'remissradar.sampleOffered';

/**
 * On first start, with an empty library, load the bundled sample remiss through the real
 * import path (worker: decode, parse, classify, store). Once per machine: a user who
 * deletes the example does not get it back on the next visit.
 */
export function loadSampleOnFirstStart(library: Library) {
  const state = $state({ loading: false, error: null as Message | null });
  let started = false;
  $effect(() => {
    if (started || library.loading || library.error) return;
    if (library.consultations.length > 0 || offered()) return;
    started = true;
    state.loading = true;
    load(library)
      .then((err) => (state.error = err))
      .finally(() => (state.loading = false));
  });
  return state;
}

async function load(library: Library): Promise<Message | null> {
  try {
    const res = await fetch(sampleUrl);
    if (!res.ok) return message('sample.fetch', { status: res.status });
    const bytes = await res.arrayBuffer();
    const { ImportJob } = await import('./importJob.svelte.ts');
    const job = new ImportJob(library.dbName);
    const m = await job.importAll([{ name: 'exempelremiss.json', bytes }], {
      kind: 'new',
      consultation: { title: '', themes: [], recipients: [], isSample: true },
    });
    if (m.type === 'done' && m.failed.length) return m.failed[0].error;
    if (m.type === 'error') return m.error;
    markOffered();
    return null;
  } catch (e) {
    return message('sample.read', { detail: String(e) });
  }
}

function offered(): boolean {
  try {
    return localStorage.getItem(OFFERED_KEY) === '1';
  } catch {
    return false;
  }
}

function markOffered() {
  try {
    localStorage.setItem(OFFERED_KEY, '1');
  } catch {
    /* private mode */
  }
}
