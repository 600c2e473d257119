import type { RespondentKind } from './types.ts';

/**
 * Guess the kind of a Stockholm remissinstans from its name.
 * Stadsdelsnämnder end in "stadsdelsnämnd(en)"; bolag carry AB / "bolag" / "styrelse";
 * other "-nämnd(en)" are facknämnder; everything else is övrig.
 */
export function respondentKind(name: string): RespondentKind {
  const n = name.toLowerCase();
  if (n.includes('stadsdelsnämnd') || n.includes('stadsdelsförvaltning')) return 'stadsdelsnamnd';
  if (/\bab\b/.test(n) || n.includes('bolag') || n.includes('styrelsen för') || n.endsWith('styrelse') || n.endsWith('styrelsen'))
    return 'bolagsstyrelse';
  if (n.includes('nämnd')) return 'facknamnd';
  return 'ovrig';
}
