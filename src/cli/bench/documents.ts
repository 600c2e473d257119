/**
 * Documents per second: a folder of yttranden as published (half one-page PDFs, half Word
 * files, built by the test fixtures' writers) read, parsed and classified in Node with the
 * same code the import worker runs (PDF.js's legacy build here, its browser build there).
 * Run alone: `npx tsx src/cli/bench/documents.ts [count] [runs]`.
 */
import { pathToFileURL } from 'node:url';
import { classify } from '../../lib/classify/index.ts';
import { summarize, type Summary } from './workload/stats.ts';
import { parseAnyFile } from '../../lib/import/parseAnyFile.ts';
import { folderDocument } from '../../../test/fixtures/documents/generate.ts';
import { nodeReaders } from '../classify.ts';

export interface DocumentFigures {
  count: number;
  /** Documents per second, all of them (read, parse, classify), per run. */
  perSecond: Summary;
  pdfPerSecond: Summary;
  docxPerSecond: Summary;
}

export async function documentFigures(o: { count: number; runs: number; log?: (s: string) => void }): Promise<DocumentFigures> {
  const docs = await Promise.all(Array.from({ length: o.count }, (_, i) => folderDocument(i)));
  // PDF.js loads once, as in the worker; the first document pays for it outside the timing.
  await parseAnyFile(docs[0].bytes, docs[0].name, {}, nodeReaders);
  const all: number[] = [];
  const by: Record<'pdf' | 'docx', number[]> = { pdf: [], docx: [] };
  for (let run = 0; run < o.runs; run++) {
    const ms = { pdf: 0, docx: 0 };
    for (const d of docs) {
      const t = performance.now();
      const p = await parseAnyFile(d.bytes, d.name, {}, nodeReaders);
      for (const r of p.responses) classify({ text: r.text, decision: r.decision, respondent: r.respondent }, []);
      ms[d.name.endsWith('.pdf') ? 'pdf' : 'docx'] += performance.now() - t;
    }
    const n = { pdf: docs.filter((d) => d.name.endsWith('.pdf')).length, docx: docs.filter((d) => d.name.endsWith('.docx')).length };
    all.push((o.count * 1000) / (ms.pdf + ms.docx));
    by.pdf.push((n.pdf * 1000) / ms.pdf);
    by.docx.push((n.docx * 1000) / ms.docx);
    o.log?.(`documents run ${run + 1}: ${all[all.length - 1].toFixed(0)} documents/s`);
  }
  return { count: o.count, perSecond: summarize(all), pdfPerSecond: summarize(by.pdf), docxPerSecond: summarize(by.docx) };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const f = await documentFigures({ count: Number(process.argv[2] ?? 60), runs: Number(process.argv[3] ?? 3), log: (s) => console.error(s) });
  console.log(JSON.stringify(f));
}
