/**
 * Errors from the export layer. Like Excalidraw's `errors.ts`, each carries a `code`
 * the UI can switch on; src/i18n words it as `export.<code>` (with `params.kind` saying
 * which step failed, where there are several).
 */
import { CodedError, type MessageParams } from '../domain/message.ts';

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

/** An export failure with a machine-readable code and params. */
export class ExportError extends CodedError {
  override readonly name = 'ExportError';
  declare readonly code: ExportErrorCode;

  constructor(code: ExportErrorCode, params: MessageParams = {}, options?: { cause?: unknown }) {
    super(code, params, options);
  }
}
