/** The names of stances and respondent kinds, in Swedish and English: one wording for the UI, the charts and the exports. */
import type { RespondentKind, Stance } from '../domain/types.ts';
import type { Lang } from '../domain/lang.ts';

/** The stance names the UI shows (sv: the words a tjänsteutlåtande uses). */
export const STANCE_LABEL: Readonly<Record<Lang, Readonly<Record<Stance, string>>>> = {
  sv: { supporting: 'Tillstyrker', conditional: 'Tillstyrker med villkor', opposing: 'Avstyrker', none: 'Ingen ställning' },
  en: { supporting: 'Supports', conditional: 'Supports with conditions', opposing: 'Opposes', none: 'No position' },
};

/** The respondent-kind names the UI shows. */
export const KIND_LABEL: Readonly<Record<Lang, Readonly<Record<RespondentKind, string>>>> = {
  sv: { stadsdelsnamnd: 'Stadsdelsnämnd', facknamnd: 'Facknämnd', bolagsstyrelse: 'Bolagsstyrelse', ovrig: 'Övrig' },
  en: { stadsdelsnamnd: 'District committee', facknamnd: 'Specialist committee', bolagsstyrelse: 'Company board', ovrig: 'Other' },
};
