/** PDF.js's worker module, loaded into the import worker (see documentReaders.ts); it ships no types. */
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
