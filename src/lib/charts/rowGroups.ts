import type { RespondentKind } from '../domain/types.ts';
import { px } from './geometry.ts';

/** A run of consecutive heatmap rows of one respondent kind, for a bracket and a label beside them. */
export interface RowGroup {
  key: string;
  kind: RespondentKind;
  /** Rows in the run. */
  count: number;
  /** Top and bottom edge of the run (rows are `step` px tall, centred on their label's y). */
  y0: number;
  y1: number;
}

/**
 * Split heatmap rows (already sorted by kind, see heatmapMatrix) into runs of one kind.
 * A kind that comes back after another starts a new run, so nothing is hidden if the
 * order ever changes.
 */
export function rowGroups(rows: readonly { y: number; kind: RespondentKind }[], step: number): RowGroup[] {
  const out: RowGroup[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.kind === r.kind) {
      last.count++;
      last.y1 = px(r.y + step / 2);
    } else out.push({ key: `${r.kind}-${out.length}`, kind: r.kind, count: 1, y0: px(r.y - step / 2), y1: px(r.y + step / 2) });
  }
  return out;
}
