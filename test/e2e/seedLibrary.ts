/**
 * A decade's library in seconds: `remisser` remisser with `perRemiss` yttranden each,
 * written straight into the app's IndexedDB in the page (the stored shape the app reads;
 * records unpacked, which the app reads as they are), instead of thousands of imports.
 * Used by the many-remisser e2e test and the benchmark. Runs inside the page.
 */
export interface SeedOptions {
  remisser: number;
  perRemiss: number;
  dbName?: string;
}

/** To pass to page.evaluate: writes the library and resolves with the first new remiss id. */
export async function seedLibraryInPage(o: SeedOptions): Promise<number> {
  const open = indexedDB.open(o.dbName ?? 'remissradar');
  const db: IDBDatabase = await new Promise((res, rej) => {
    open.onsuccess = () => res(open.result);
    open.onerror = () => rej(open.error);
  });
  const stances = ['supporting', 'conditional', 'opposing', 'none'];
  const kinds = ['stadsdelsnamnd', 'facknamnd', 'bolagsstyrelse', 'ovrig'];
  const subjects = ['Trafikplan', 'Program för ökad jämställdhet', 'Avfallsplan', 'Kulturstrategi', 'Äldreomsorgsplan', 'Cykelplan', 'Skolplan', 'Klimathandlingsplan'];
  let first = 0;
  const T = 10_000; // remisser per transaction
  for (let from = 0; from < o.remisser; from += T) {
    const tx = db.transaction(['consultations', 'responses'], 'readwrite');
    const cs = tx.objectStore('consultations');
    const rs = tx.objectStore('responses');
    for (let i = from; i < Math.min(o.remisser, from + T); i++) {
      const year = 2016 + (i % 10);
      const day = String(1 + (i % 28)).padStart(2, '0');
      const at = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${day}T10:00:00.000Z`;
      const c = {
        title: `${subjects[i % subjects.length]} ${year} nr ${i + 1}`,
        reference: `KS ${year}/${String(i + 1).padStart(5, '0')}`,
        themes: [],
        recipients: [],
        createdAt: at,
        updatedAt: at,
      };
      const req = cs.add(c);
      const n = o.perRemiss + (i % 3); // counts differ a little, so sorting by count means something
      req.onsuccess = () => {
        const id = req.result as number;
        if (!first) first = id;
        for (let k = 0; k < n; k++) {
          const respondent = `Nämnd ${k + 1}`;
          rs.add({
            consultationId: id,
            respondent,
            respondentKey: respondent.toLowerCase(),
            respondentKind: kinds[k % kinds.length],
            classification: { stance: stances[(i + k) % 4], confidence: 0.9, themes: {}, explanation: '', disagreement: false, needsReview: false },
            overrides: { themes: {} },
            reviewed: false,
            textLength: 100,
            textHash: `h${k}`,
            importedAt: at,
            updatedAt: at,
          });
        }
      };
    }
    await new Promise<void>((res, rej) => {
      tx.oncomplete = () => res();
      tx.onerror = () => rej(tx.error);
    });
  }
  db.close();
  return first;
}
