import type { Stance } from '../domain/types.ts';
import { textColorOn, tint } from './contrast.ts';

/**
 * Stance colours, after Okabe & Ito but darkened where needed so every fill has
 * ≥ 3:1 contrast against white (WCAG 1.4.11): blue for support, ochre for support with
 * conditions, brick red for opposition, neutral grey for no position. Orange and red stay
 * apart for deuteranopia and protanopia through lightness; each stance also has a
 * pattern (patterns.ts), so colour is never the only cue. Ratios are tested.
 */
export const STANCE_COLOR: Readonly<Record<Stance, string>> = {
  supporting: '#0072b2',
  conditional: '#c07a00',
  opposing: '#9e3a0e',
  none: '#707070',
};

/** How far inherited heatmap cells are mixed towards white: light, so explicit cells stand out. */
export const INHERITED_TINT = 0.65;

/**
 * The light fill of an inherited cell. It does not reach 3:1 on its own, so inherited
 * cells carry a border in the full stance colour (INHERITED_STROKE) that does.
 */
export const STANCE_TINT: Readonly<Record<Stance, string>> = {
  supporting: tint(STANCE_COLOR.supporting, INHERITED_TINT),
  conditional: tint(STANCE_COLOR.conditional, INHERITED_TINT),
  opposing: tint(STANCE_COLOR.opposing, INHERITED_TINT),
  none: tint(STANCE_COLOR.none, INHERITED_TINT),
};

/** Label text colour on a full stance fill (≥ 4.5:1, tested). */
export const STANCE_TEXT: Readonly<Record<Stance, string>> = {
  supporting: textColorOn(STANCE_COLOR.supporting),
  conditional: textColorOn(STANCE_COLOR.conditional),
  opposing: textColorOn(STANCE_COLOR.opposing),
  none: textColorOn(STANCE_COLOR.none),
};

/** Label text colour on an inherited (tinted) fill. */
export const STANCE_TINT_TEXT: Readonly<Record<Stance, string>> = {
  supporting: textColorOn(STANCE_TINT.supporting),
  conditional: textColorOn(STANCE_TINT.conditional),
  opposing: textColorOn(STANCE_TINT.opposing),
  none: textColorOn(STANCE_TINT.none),
};

/** Border width of an inherited heatmap cell, drawn in the full stance colour. */
export const INHERITED_STROKE_WIDTH = 1.5;
