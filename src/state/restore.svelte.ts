import { planRestoreMerge, restoreBackup, type ConflictPolicy, type RestoreConflict, type RestoreResult } from '../lib/db/restore.ts';
import type { MergeConflict } from '../lib/db/mergeBackup.ts';
import { validateBackup } from '../lib/db/validateBackup.ts';
import type { BackupFile } from '../lib/db/backup.ts';
import type { RemissDb } from '../lib/db/schema.ts';
import type { ConflictChoice } from '../lib/merge/index.ts';
import { cleanInitials, saveInitials } from '../lib/review/initials.ts';
import { i18n, t, te } from '../i18n/index.svelte.ts';
import { problemText } from '../i18n/problemMessages.ts';

const MAX_ERRORS = 8;

/**
 * Restoring a backup, step by step: read and validate the file; when a remiss already
 * exists, ask (replace, keep both, skip, merge); when merging meets stances two people
 * set differently, ask for each. Every field holding the backup is `$state.raw`: the
 * backup goes to IndexedDB as it is, and a deep `$state` proxy cannot be cloned there.
 */
export class RestoreFlow {
  busy = $state(false);
  status = $state<string | null>(null);
  error = $state<string | null>(null);
  errors = $state.raw<string[]>([]);
  errorCount = $state(0);
  /** The remisser that already exist: the first question. */
  conflict = $state.raw<{ backup: BackupFile; file: string; conflicts: RestoreConflict[] } | null>(null);
  /** Merging: the stance conflicts to decide, and the choices made so far. */
  merge = $state.raw<{ backup: BackupFile; conflicts: MergeConflict[] } | null>(null);
  choices = $state.raw<Record<string, ConflictChoice>>({});
  /** A message for the merge step (a choice missing, initials missing). */
  mergeError = $state<string | null>(null);

  readonly #db: RemissDb;
  readonly #onRestored: (r: RestoreResult) => void;

  constructor(db: RemissDb, onRestored: (r: RestoreResult) => void) {
    this.#db = db;
    this.#onRestored = onRestored;
  }

  #clear() {
    this.error = null;
    this.errors = [];
    this.errorCount = 0;
    this.status = null;
  }

  /** Read, validate and restore a file; stops at the first question, if any. */
  async open(file: File): Promise<void> {
    this.#clear();
    this.busy = true;
    this.status = t('library.restore.reading', { file: file.name });
    try {
      let json: unknown;
      try {
        json = JSON.parse(await file.text());
      } catch {
        return this.#fail(t('library.restore.notJson', { file: file.name }));
      }
      const v = validateBackup(json);
      if (!v.ok) {
        this.#fail(t('library.restore.invalid', { file: file.name }));
        this.errors = v.errors.slice(0, MAX_ERRORS).map((p) => problemText(i18n.lang, p));
        this.errorCount = v.errors.length;
        return;
      }
      if (!v.backup.consultations.length) return this.#fail(t('library.restore.empty', { file: file.name }));
      const r = await restoreBackup(this.#db, v.backup, { onConflict: 'ask' });
      if (r.conflicts.length) {
        this.status = null;
        this.conflict = { backup: v.backup, file: file.name, conflicts: r.conflicts };
        return;
      }
      this.#finish(r);
    } catch (err) {
      this.#fail(te(err));
    } finally {
      this.busy = false;
    }
  }

  /** The answer to "the remiss exists": null cancels. Merging may ask once more. */
  async resolve(policy: Exclude<ConflictPolicy, 'ask'> | null): Promise<void> {
    const c = this.conflict;
    this.conflict = null;
    if (!c) return;
    if (!policy) {
      this.status = t('library.restore.cancelled');
      return;
    }
    this.busy = true;
    try {
      if (policy === 'merge') {
        const conflicts = await planRestoreMerge(this.#db, c.backup);
        if (conflicts.length) {
          this.choices = {};
          this.mergeError = null;
          this.merge = { backup: c.backup, conflicts };
          return;
        }
      }
      this.#finish(await restoreBackup(this.#db, c.backup, { onConflict: policy }));
    } catch (err) {
      this.#fail(te(err));
    } finally {
      this.busy = false;
    }
  }

  /** Keep one side's decision for one conflict. */
  choose(id: string, choice: ConflictChoice): void {
    this.choices = { ...this.choices, [id]: choice };
    this.mergeError = null;
  }

  /** Every conflict the same way (a convenience for many). */
  chooseAll(choice: ConflictChoice): void {
    this.choices = Object.fromEntries((this.merge?.conflicts ?? []).map((c) => [c.id, choice]));
    this.mergeError = null;
  }

  get undecided(): number {
    return (this.merge?.conflicts ?? []).filter((c) => !this.choices[c.id]).length;
  }

  /** Merge with the choices made, recorded under `initials`. False when something is missing. */
  async applyMerge(initials: string): Promise<boolean> {
    const m = this.merge;
    if (!m) return false;
    const by = cleanInitials(initials);
    if (this.undecided) return ((this.mergeError = t('library.merge.undecided', { n: this.undecided })), false);
    if (!by) return ((this.mergeError = t('library.merge.initialsRequired')), false);
    saveInitials(by);
    this.busy = true;
    try {
      const r = await restoreBackup(this.#db, m.backup, { onConflict: 'merge', choices: this.choices, initials: by });
      this.merge = null;
      this.#finish(r);
      return true;
    } catch (err) {
      this.merge = null;
      this.#fail(te(err));
      return false;
    } finally {
      this.busy = false;
    }
  }

  cancelMerge(): void {
    this.merge = null;
    this.status = t('library.restore.cancelled');
  }

  #fail(message: string) {
    this.status = null;
    this.error = message;
  }

  #finish(r: RestoreResult) {
    const parts: string[] = [];
    const list = (xs: string[]) => xs.map((x) => `”${x}”`).join(', ');
    if (r.restored.length) parts.push(t('library.restore.done', { list: list(r.restored.map((x) => x.title)) }));
    for (const m of r.merged) parts.push(t('library.merge.done', { title: m.title, changed: m.changed, added: m.added, decided: m.decided }));
    if (r.skipped.length) parts.push(t('library.restore.skipped', { list: list(r.skipped) }));
    const any = r.restored.length || r.merged.length;
    this.status = any ? parts.join(' ') : [t('library.restore.nothing'), ...parts].join(' ');
    if (any) this.#onRestored(r);
  }
}
