/**
 * Which text an evidence span's offsets point into: the body, the decision column, or a
 * theme's own column. The classifier names the source: 'decision', 'tema: <name>', or a
 * section of the body ('synpunkter', 'förslag till beslut' …).
 */
export type EvidencePart = { kind: 'body' } | { kind: 'decision' } | { kind: 'theme'; theme: string };

const THEME_PREFIX = 'tema: ';

export function evidencePart(source: string | undefined): EvidencePart {
  if (source === 'decision') return { kind: 'decision' };
  if (source?.startsWith(THEME_PREFIX)) return { kind: 'theme', theme: source.slice(THEME_PREFIX.length) };
  return { kind: 'body' };
}
