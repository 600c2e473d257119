import * as detail from './areas/detail.ts';
import type * as importArea from './areas/import.ts';
import type * as importDocuments from './areas/importDocuments.ts';
import type * as library from './areas/library.ts';
import type * as picker from './areas/picker.ts';
import * as overview from './areas/overview.ts';
import * as exportArea from './areas/export.ts';
import type * as report from './areas/report.ts';
import type * as responses from './areas/responses.ts';
import type * as review from './areas/review.ts';

/**
 * The area dictionaries, one file each, so views can grow their messages independently.
 * These are in the first screen's bundle; the areas of views that load on first use
 * (import, library, report, responses, review) register themselves with `registerMessages` when
 * their view loads, so their words do not weigh on the first screen.
 */
export const AREAS = [detail, exportArea, overview] as const;

/** Swedish, the first language of the UI. Keys are shared with en.ts (checked by type). */
const core = {
  'app.name': 'Remissradar',
  'app.tagline': 'Remissvar sammanställda lokalt i webbläsaren',
  'app.skip': 'Hoppa till innehållet',
  'app.loading': 'Öppnar biblioteket …',
  'app.sampleNotice': 'Det här är en exempelremiss som följer med Remissradar. Importera egna yttranden under Import, eller ta bort exemplet i Biblioteket.',
  'app.loadingSample': 'Läser in exempelremissen …',
  'app.viewLoadError': 'Vyn kunde inte laddas. Ladda om sidan och försök igen.',
  'app.noConsultation': 'Biblioteket är tomt. Importera yttranden under Import för att komma igång.',
  'app.storageError': 'Den lokala lagringen fungerar inte',
  'lang.switch': 'In English',
  'lang.label': 'Språk',
  'nav.label': 'Huvudmeny',
  'nav.oversikt': 'Översikt',
  'nav.yttranden': 'Yttranden',
  'nav.granskning': 'Granskning',
  'nav.import': 'Import',
  'nav.bibliotek': 'Bibliotek',
  'nav.rapport': 'Rapport',
  'header.consultation': 'Remiss',
  'picker.open': 'Byt remiss',
  'picker.title': 'Välj remiss',
  'header.responses': '{n} yttranden',
  'header.responses.one': '1 yttrande',
  'header.deadline': 'Sista svarsdag {date}',
  'common.close': 'Stäng',
  'common.cancel': 'Avbryt',
  'common.save': 'Spara',
  'common.delete': 'Ta bort',
  'common.yes': 'Ja',
  'common.no': 'Nej',
  'common.all': 'Alla',
  'common.loading': 'Laddar …',
  'common.error': 'Fel',
} as const;

export const sv = {
  ...core,
  ...detail.sv,
  ...exportArea.sv,
  ...overview.sv,
};

/** Every key, including those of the areas that load with their view. */
export type MessageKey =
  | keyof typeof sv
  | keyof typeof importArea.sv
  | keyof typeof importDocuments.sv
  | keyof typeof library.sv
  | keyof typeof picker.sv
  | keyof typeof report.sv
  | keyof typeof responses.sv
  | keyof typeof review.sv;
export type CoreKey = keyof typeof core;
