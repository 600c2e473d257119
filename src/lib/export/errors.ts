/**
 * Errors from the export layer. Like Excalidraw's `errors.ts`, each carries a `code`
 * the UI can switch on; the message is already Swedish so it can be shown as is.
 */

/** What went wrong while exporting. */
export type ExportErrorCode =
  /** The SVG could not be drawn to a canvas or the canvas gave no PNG. */
  | 'png-failed'
  /** The SVG markup is not well-formed XML (so it cannot be made safe). */
  | 'svg-invalid'
  /** The SVG still holds something unsafe after cleaning (should never happen). */
  | 'svg-unsafe'
  /** The clipboard refused the text (no permission, no focus, insecure context). */
  | 'clipboard-failed'
  /** The browser could not start the download. */
  | 'download-failed';

/** An export failure with a machine-readable code and a Swedish message. */
export class ExportError extends Error {
  override readonly name = 'ExportError';
  readonly code: ExportErrorCode;

  constructor(code: ExportErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
