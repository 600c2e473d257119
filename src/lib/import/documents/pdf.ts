/**
 * PDF → text, with PDF.js. The module is passed in (the worker loads the browser build,
 * the CLI the legacy build Node 20 needs), so this file never pulls it into a bundle.
 * Only the text layer is read: no fonts are rendered, no scripts run, nothing is evaluated.
 */
import { CodedError, type MessageParams } from '../../domain/message.ts';
import { hasTextLayer, layoutText, type PdfPage, type TextRun } from './pdfLayout.ts';

/** The part of PDF.js used here (pdfjs-dist's getDocument). */
export interface PdfJs {
  getDocument(src: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{
    getViewport(o: { scale: number }): { width: number; height: number };
    getTextContent(): Promise<{ items: unknown[] }>;
    cleanup(): void;
  }>;
}
interface PdfItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/** Why a PDF could not be read: a reason code, worded by src/i18n. */
export class PdfError extends CodedError {
  declare readonly code: 'broken' | 'encrypted' | 'no-text';
  constructor(reason: 'broken' | 'encrypted' | 'no-text', params: MessageParams = {}) {
    super(reason, params);
    this.name = 'PdfError';
  }
}

export interface PdfText {
  text: string;
  pages: number;
}

export async function readPdf(bytes: Uint8Array, pdfjs: PdfJs): Promise<PdfText> {
  // PDF.js takes ownership of the buffer it is given: pass a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: PdfDocument;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string })?.name;
    if (name === 'PasswordException') throw new PdfError('encrypted');
    throw new PdfError('broken', { detail: String((e as Error)?.message ?? e) });
  }
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const view = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const it of content.items as PdfItem[]) {
        if (typeof it.str !== 'string' || !it.transform) continue;
        const [a, b, , , x, y] = it.transform;
        runs.push({ str: it.str, x, y, width: it.width ?? 0, size: it.height || Math.hypot(a, b) || 10 });
      }
      pages.push({ width: view.width, height: view.height, runs });
      page.cleanup();
    }
    if (!hasTextLayer(pages))
      throw new PdfError('no-text');
    return { text: layoutText(pages), pages: pages.length };
  } finally {
    await task.destroy();
  }
}
