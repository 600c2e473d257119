/**
 * What src/lib tells a person, as data: a code and its parameters. src/i18n turns a
 * message into Swedish or English; nothing under src/lib writes a sentence for the UI.
 */
export type MessageParams = Record<string, string | number>;

export interface Message {
  code: string;
  params: MessageParams;
}

export const message = (code: string, params: MessageParams = {}): Message => ({ code, params });

/**
 * An error that carries a message code (and params) instead of a sentence. `message` (the
 * Error's own, for logs and stack traces) is the code followed by its params.
 */
export class CodedError extends Error {
  readonly code: string;
  readonly params: MessageParams;

  constructor(code: string, params: MessageParams = {}, options?: { cause?: unknown }) {
    super(Object.keys(params).length ? `${code} ${JSON.stringify(params)}` : code, options);
    this.name = 'CodedError';
    this.code = code;
    this.params = params;
  }
}

/** A value's shape in a word that src/i18n translates ("array", "null", "number", …). */
export function shapeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}
