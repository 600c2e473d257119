/**
 * A guard, not a limit real yttranden meet (a long tjänsteutlåtande is ~50 000 characters):
 * only the first MAX_ANALYSED characters of a text are analysed, so a pasted 5 MB file
 * cannot stall the import worker. Such a result is sent to review and says so.
 */
export const MAX_ANALYSED = 300_000;

/** The analysed prefix of a text, cut at white space; offsets stay valid for the full text. */
export function head(text: string, max = MAX_ANALYSED): string {
  if (text.length <= max) return text;
  const sp = text.lastIndexOf(' ', max);
  return text.slice(0, sp > max - 1000 ? sp : max);
}
