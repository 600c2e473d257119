import { cleanName } from '../domain/normalize.ts';

/**
 * The comparison key for headers, JSON keys and enum-like cell values: cleaned, lower-case,
 * accents removed, punctuation folded to single spaces. So "Förslag till beslut",
 * " forslag_till_beslut " and "FÖRSLAG TILL BESLUT:" all become "forslag till beslut".
 * Linear: each regex is a single character class.
 */
export function fold(s: string): string {
  return cleanName(s)
    .toLocaleLowerCase('sv-SE')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
