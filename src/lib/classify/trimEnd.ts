/**
 * Cut trailing characters of a set from a string, in one backward scan. (A regex such as
 * /[\s.;:,]+$/ retries from every start position: quadratic on a long run of spaces.)
 */
export function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0) {
    const c = s[end - 1];
    if (chars.includes(c) || /\s/.test(c)) end--;
    else break;
  }
  return end === s.length ? s : s.slice(0, end);
}
