import type { Consultation } from '../lib/domain/types.ts';
import { mergeSandlista, parseSandlistaFile, type SandlistaParse } from '../lib/import/sandlista.ts';
import { t } from '../i18n/index.svelte.ts';
import type { Library } from './library.svelte.ts';

/** A list read from a file or pasted, waiting for the person to add its new names or replace the list. */
export type PendingList = SandlistaParse & { source: string; fresh: number };

/**
 * Changes to the sändlista of one remiss: add names, remove one, offer a pasted or
 * imported list and apply it (add the new names, or replace; always asked). Every write
 * goes through the Library (which reports a failed one); `status` says what was done.
 */
export class SandlistaEdits {
  status = $state<string | null>(null);
  error = $state<string | null>(null);
  pending = $state.raw<PendingList | null>(null);

  readonly #library: Library;
  readonly #consultation: () => Consultation;
  readonly #onchanged: () => void;

  constructor(library: Library, consultation: () => Consultation, onchanged: () => void = () => undefined) {
    this.#library = library;
    this.#consultation = consultation;
    this.#onchanged = onchanged;
  }

  get recipients(): string[] {
    return this.#consultation().recipients;
  }

  async write(recipients: string[], message: string): Promise<boolean> {
    this.error = null;
    if (!(await this.#library.updateConsultation(this.#consultation().id!, { recipients }))) return false;
    this.status = message;
    this.#onchanged();
    return true;
  }

  /** Add names (ones already on the list are skipped). */
  async addNames(names: string[]): Promise<boolean> {
    const { names: next, added } = mergeSandlista(this.recipients, names);
    if (!added.length) return true;
    return this.write(next, added.length === 1 ? t('library.sandlista.addedOne') : t('library.sandlista.added', { n: added.length }));
  }

  remove(name: string, key: (s: string) => string): Promise<boolean> {
    const k = key(name);
    return this.write(
      this.recipients.filter((r) => key(r) !== k),
      t('library.sandlista.removed', { name }),
    );
  }

  /** Offer a parsed list for the person to apply; false when it held no names. */
  offer(parsed: SandlistaParse, source: string): boolean {
    this.status = null;
    this.error = null;
    if (!parsed.names.length) {
      this.pending = null;
      this.error = t('library.sandlista.nothing');
      return false;
    }
    this.pending = { ...parsed, source, fresh: mergeSandlista(this.recipients, parsed.names).added.length };
    return true;
  }

  async offerFile(file: File): Promise<boolean> {
    try {
      return this.offer(parseSandlistaFile(new Uint8Array(await file.arrayBuffer())), file.name);
    } catch {
      this.error = t('library.sandlista.fileError', { file: file.name });
      return false;
    }
  }

  async apply(mode: 'add' | 'replace'): Promise<boolean> {
    const p = this.pending;
    if (!p) return false;
    const ok = mode === 'replace' ? await this.write(p.names, t('library.sandlista.replaced', { n: p.names.length })) : await this.addNames(p.names);
    if (ok) this.pending = null;
    return ok;
  }
}
