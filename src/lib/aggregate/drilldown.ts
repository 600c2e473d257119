/**
 * What a click on a chart picks (a bar segment of the inriktning or nämnd-type chart, a
 * heatmap cell) and the yttranden behind it, among those the filters select.
 */
import type { RespondentKind, Stance } from '../domain/types.ts';
import { idsWhere, selectionHas, type Selection } from './overviewData.ts';

export type ChartPick =
  | { chart: 'theme'; key: string; category: string; stance: Stance; inherited: boolean }
  | { chart: 'kind'; key: string; category: RespondentKind; stance: Stance }
  | { chart: 'heatmap'; key: string; responseId: number; theme: string };

/**
 * The ids behind `pick`, and the inriktning whose stance they are listed by (null: the
 * overall stance). A segment of an inriktning no longer shown, or a cell of a yttrande
 * the filters leave out, has none.
 */
export function drillIds(selection: Selection, themes: readonly string[], pick: ChartPick): { ids: number[]; theme: string | null } {
  if (pick.chart === 'theme') {
    const ids = themes.includes(pick.category) ? idsWhere(selection, { theme: pick.category, stance: pick.stance, explicit: !pick.inherited }) : [];
    return { ids, theme: pick.category };
  }
  if (pick.chart === 'kind') return { ids: idsWhere(selection, { kind: pick.category, stance: pick.stance }), theme: null };
  return { ids: selectionHas(selection, pick.responseId) ? [pick.responseId] : [], theme: pick.theme };
}
