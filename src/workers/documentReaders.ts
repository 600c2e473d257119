/**
 * The heavy document readers as the browser loads them: PDF.js only when a PDF comes.
 * PDF.js normally starts a worker of its own; here it already runs in the import worker,
 * so its worker code is loaded into this one ("fake worker"): no nested worker, no URL.
 */
import type { DocumentReaders } from '../lib/import/parseAnyFile.ts';
import type { PdfJs } from '../lib/import/documents/pdf.ts';

let pdfjs: Promise<PdfJs> | null = null;

export const browserReaders: DocumentReaders = {
  pdfjs: () =>
    (pdfjs ??= Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]).then(([lib, worker]) => {
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
      return lib as unknown as PdfJs;
    })),
};
