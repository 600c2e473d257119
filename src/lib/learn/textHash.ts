/** A short, stable hash of a text (FNV-1a over its normalised words): names an item without holding it. */
export function textHash(text: string): string {
  const norm = text.toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ').trim();
  let h = 2166136261;
  for (let i = 0; i < norm.length; i++) {
    h ^= norm.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
