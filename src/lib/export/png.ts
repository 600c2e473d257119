/**
 * PNG export and the browser plumbing around exports (download, clipboard). The only
 * DOM code in lib/ besides svg.ts; kept small so the e2e tests can cover it whole.
 */
import { ExportError } from './errors.ts';

/** How long an object URL for a download stays valid; the click has long started by then. */
const REVOKE_AFTER_MS = 60_000;

/** Load an image from a URL; rejects with ExportError('png-failed') if it will not decode. */
function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new ExportError('png-failed', { kind: 'load' }));
    img.src = url;
  });
}

/**
 * Draw a standalone SVG onto a canvas at `scale`× pixel density (crisp on slides and
 * retina screens) over white, and return it as a PNG Blob. The SVG object URL is
 * always revoked. Rejects with ExportError('png-failed') when the image cannot be
 * loaded, the canvas has no 2D context, or `toBlob` gives null (canvas too large,
 * out of memory): Excalidraw's lesson, a silent null is otherwise an empty file.
 */
export async function svgToPngBlob(svgString: string, width: number, height: number, scale = 2): Promise<Blob> {
  if (!(width > 0 && height > 0 && scale > 0)) {
    throw new ExportError('png-failed', { kind: 'size', width, height });
  }
  const url = URL.createObjectURL(new Blob([svgString], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new ExportError('png-failed', { kind: 'canvas' });
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new ExportError('png-failed', { kind: 'memory' });
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Save a Blob under `fileName` through a temporary `<a download>`; the URL is revoked later. */
export function downloadBlob(blob: Blob, fileName: string): void {
  let url: string;
  try {
    url = URL.createObjectURL(blob);
  } catch (cause) {
    throw new ExportError('download-failed', {}, { cause });
  }
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; later is safe.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** Put text on the clipboard; rejects with ExportError('clipboard-failed'). */
export async function copyText(text: string): Promise<void> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard?.writeText) {
    throw new ExportError('clipboard-failed', { kind: 'unavailable' });
  }
  try {
    await clipboard.writeText(text);
  } catch (cause) {
    throw new ExportError('clipboard-failed', { kind: 'refused' }, { cause });
  }
}
