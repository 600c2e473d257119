/**
 * Labels the exports need. A stop-gap: `src/lib/aggregate/format.ts` will own
 * STANCE_LABEL/KIND_LABEL for the whole app; these get merged into it later. Kept here
 * so the export layer does not race another module being written at the same time.
 */
import type { RespondentKind, Stance } from '../domain/types.ts';

/** The two languages exports are written in. */
export type ExportLang = 'sv' | 'en';

/** Stance names as the UI shows them (sv: the words remiss documents use). */
export const STANCE_LABEL: Record<ExportLang, Record<Stance, string>> = {
  sv: {
    supporting: 'Tillstyrker',
    conditional: 'Tillstyrker med villkor',
    opposing: 'Avstyrker',
    none: 'Ingen ställning',
  },
  en: {
    supporting: 'Supports',
    conditional: 'Supports with conditions',
    opposing: 'Opposes',
    none: 'No position',
  },
};

/** Respondent kinds as the UI shows them. */
export const KIND_LABEL: Record<ExportLang, Record<RespondentKind, string>> = {
  sv: {
    stadsdelsnamnd: 'Stadsdelsnämnd',
    facknamnd: 'Facknämnd',
    bolagsstyrelse: 'Bolagsstyrelse',
    ovrig: 'Övrig',
  },
  en: {
    stadsdelsnamnd: 'District council',
    facknamnd: 'Specialist committee',
    bolagsstyrelse: 'Company board',
    ovrig: 'Other',
  },
};

/** "Ja"/"Nej" (or Yes/No) for boolean CSV cells. */
export const YES_NO: Record<ExportLang, [yes: string, no: string]> = {
  sv: ['Ja', 'Nej'],
  en: ['Yes', 'No'],
};
