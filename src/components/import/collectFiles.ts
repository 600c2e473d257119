/**
 * The files of a drop or a folder pick, folders walked recursively (webkitGetAsEntry).
 * Hidden and lock files (".DS_Store", "~$yttrande.docx", "Thumbs.db") are left out: they
 * are never yttranden, and would only add a "could not be read" line each.
 */

/** Files an operating system or Office leaves in a folder. */
export function isJunk(name: string): boolean {
  const base = name.split('/').pop() ?? name;
  return base.startsWith('.') || base.startsWith('~$') || /^(thumbs\.db|desktop\.ini)$/i.test(base);
}

/** The name a file from a folder is shown with: its path inside the folder picked. */
export const displayName = (f: File) => (f.webkitRelativePath || f.name);

function readAll(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const out: FileSystemEntry[] = [];
  // readEntries gives at most 100 entries a call; call it until it gives none.
  return new Promise((resolve, reject) => {
    const next = () =>
      reader.readEntries((batch) => {
        if (!batch.length) return resolve(out);
        out.push(...batch);
        next();
      }, reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, path: string, out: { file: File; path: string }[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ file, path: path + file.name });
  } else if (entry.isDirectory) {
    for (const child of await readAll(entry as FileSystemDirectoryEntry)) await walk(child, `${path}${entry.name}/`, out);
  }
}

/** Files of a drop, with folders opened; each file named by its path in the drop. */
export async function droppedFiles(dt: DataTransfer): Promise<{ file: File; path: string }[]> {
  const entries = [...dt.items].map((it) => (it.kind === 'file' ? it.webkitGetAsEntry?.() : null));
  if (!entries.some((e) => e?.isDirectory)) return [...dt.files].map((file) => ({ file, path: file.name }));
  const out: { file: File; path: string }[] = [];
  for (const e of entries) if (e) await walk(e, '', out);
  return out.filter((f) => !isJunk(f.path)).sort((a, b) => a.path.localeCompare(b.path, 'sv'));
}
