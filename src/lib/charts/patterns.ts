import type { Stance } from '../domain/types.ts';
import { STANCES } from '../domain/types.ts';
import { STANCE_COLOR, STANCE_TEXT, STANCE_TINT } from './palette.ts';

/** One path in a pattern tile, as SVG presentation attributes (exports need no CSS). */
export interface PatternPath {
  d: string;
  fill: string;
  stroke: string;
  strokeWidth: number;
  opacity: number;
}

/**
 * An SVG `<pattern>` as plain data: the Svelte legend/defs component and the SVG
 * exporter both render it (patternUnits="userSpaceOnUse"). The first path is the
 * background, so `fill="url(#id)"` alone paints the whole mark.
 */
export interface PatternDef {
  id: string;
  width: number;
  height: number;
  paths: PatternPath[];
}

const SIZE = 8;
const BACKGROUND = `M0,0h${SIZE}v${SIZE}h-${SIZE}z`;
// Lines run past the tile edge so adjacent tiles join without gaps.
const HATCH = 'M-2,2l4,-4M0,8l8,-8M6,10l4,-4';
const BACKHATCH = 'M-2,6l4,4M0,0l8,8M6,-2l4,4';
const dot = (x: number, y: number, r: number) => `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
const DOTS = dot(2, 2, 1.2) + dot(6, 6, 1.2);

/** The second, non-colour cue: solid, diagonal hatch, cross-hatch, dots. */
const MARKS: Record<Stance, string | null> = { supporting: null, conditional: HATCH, opposing: `${HATCH}${BACKHATCH}`, none: DOTS };

/** Id of the pattern for a stance; `inherited` gives the light inherited-cell variant. */
export function patternId(stance: Stance, inherited = false): string {
  return `rr-${inherited ? 'inherited' : 'stance'}-${stance}`;
}

/** The fill attribute value for a pattern id. */
export function patternUrl(id: string): string {
  return `url(#${id})`;
}

function build(stance: Stance, inherited: boolean): PatternDef {
  const background = inherited ? STANCE_TINT[stance] : STANCE_COLOR[stance];
  // Full fills: marks in the colour opposite to the label text, so hatching darkens under
  // white text and lightens under black text, and labels keep their 4.5:1.
  const markColour = inherited ? STANCE_COLOR[stance] : STANCE_TEXT[stance] === '#ffffff' ? '#000000' : '#ffffff';
  const paths: PatternPath[] = [{ d: BACKGROUND, fill: background, stroke: 'none', strokeWidth: 0, opacity: 1 }];
  const marks = MARKS[stance];
  if (marks) {
    const isDots = stance === 'none';
    paths.push({
      d: marks,
      fill: isDots ? markColour : 'none',
      stroke: isDots ? 'none' : markColour,
      strokeWidth: isDots ? 0 : 1.5,
      opacity: inherited ? 0.8 : 0.45,
    });
  }
  return { id: patternId(stance, inherited), width: SIZE, height: SIZE, paths };
}

/** Patterns for full stance fills (bars, explicit heatmap cells, legend). */
export const STANCE_PATTERN: Readonly<Record<Stance, PatternDef>> = Object.fromEntries(
  STANCES.map((s) => [s, build(s, false)]),
) as Record<Stance, PatternDef>;

/** Patterns for inherited heatmap cells: tinted background, marks in the stance colour. */
export const INHERITED_PATTERN: Readonly<Record<Stance, PatternDef>> = Object.fromEntries(
  STANCES.map((s) => [s, build(s, true)]),
) as Record<Stance, PatternDef>;

/** Every pattern, for one `<defs>` block per chart or exported SVG. */
export const PATTERNS: readonly PatternDef[] = [...STANCES.map((s) => STANCE_PATTERN[s]), ...STANCES.map((s) => INHERITED_PATTERN[s])];
