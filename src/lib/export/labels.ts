/**
 * Labels the exports need. STANCE_LABEL and KIND_LABEL come from the app-wide
 * `format/labels.ts` (one wording everywhere); only export-specific words live here.
 */
import type { Lang } from '../format/numbers.ts';

export { KIND_LABEL, STANCE_LABEL } from '../format/labels.ts';

/** The two languages exports are written in (the UI languages). */
export type ExportLang = Lang;

/** "Ja"/"Nej" (or Yes/No) for boolean CSV cells. */
export const YES_NO: Record<ExportLang, [yes: string, no: string]> = {
  sv: ['Ja', 'Nej'],
  en: ['Yes', 'No'],
};
