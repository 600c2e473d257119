/**
 * Asks the browser to keep our storage when space runs short (otherwise a best-effort
 * origin can be evicted), and reports usage. Safe where the API is missing (Node, old
 * browsers) and in workers, where persist() does not exist.
 */
export async function requestPersistence(): Promise<{ persisted: boolean; usage?: number; quota?: number }> {
  const storage = (globalThis as { navigator?: { storage?: Partial<StorageManager> } }).navigator?.storage;
  if (!storage) return { persisted: false };
  let persisted = false;
  try {
    persisted = (await storage.persisted?.()) ?? false;
    if (!persisted && storage.persist) persisted = await storage.persist();
  } catch {
    persisted = false;
  }
  try {
    const est = await storage.estimate?.();
    return { persisted, usage: est?.usage, quota: est?.quota };
  } catch {
    return { persisted };
  }
}
