/**
 * Whole percentages that sum to exactly 100 (largest remainder method), so the labels
 * in a 100 % bar never read 33 + 33 + 33. Zero total gives all zeros.
 */
export function roundedPercents(values: readonly number[]): number[] {
  const total = values.reduce((a, b) => a + b, 0);
  if (total <= 0) return values.map(() => 0);
  const exact = values.map((v) => (v / total) * 100);
  const out = exact.map(Math.floor);
  let missing = 100 - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (missing <= 0) break;
    if (values[i] > 0) {
      out[i]++;
      missing--;
    }
  }
  return out;
}
