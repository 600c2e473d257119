/**
 * A short, fast fingerprint of a text, to tell a changed yttrande from an unchanged one
 * on re-import without keeping or comparing the old text. FNV-1a over UTF-16 code units
 * (no encoding step, linear, no allocation) plus the length, which makes accidental
 * collisions between texts of different length impossible.
 */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0') + ':' + text.length.toString(36);
}
