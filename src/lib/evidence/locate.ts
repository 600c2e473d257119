/**
 * Where an evidence span sits in the text it quotes. Offsets are trusted when they
 * still match the quoted words; otherwise (the text was re-imported but not yet
 * re-classified) the quote is searched for, and null means it is no longer there.
 */
export function locate(text: string, span: { start: number; end: number; text: string }): { start: number; end: number } | null {
  const { start, end } = span;
  if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && end > start) {
    if (!span.text || text.slice(start, end) === span.text) return { start, end };
  }
  if (!span.text) return null;
  const at = text.indexOf(span.text);
  return at < 0 ? null : { start: at, end: at + span.text.length };
}
