import * as detail from './areas/detail.ts';
import * as importArea from './areas/import.ts';
import * as library from './areas/library.ts';
import * as overview from './areas/overview.ts';
import * as report from './areas/report.ts';
import * as responses from './areas/responses.ts';
import * as review from './areas/review.ts';

/** The area dictionaries, one file each, so views can grow their messages independently. */
export const AREAS = [detail, importArea, library, overview, report, responses, review] as const;

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
  'header.responses': '{n} yttranden',
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
  ...importArea.sv,
  ...library.sv,
  ...overview.sv,
  ...report.sv,
  ...responses.sv,
  ...review.sv,
};

export type MessageKey = keyof typeof sv;
export type CoreKey = keyof typeof core;
