import type { CoreKey, MessageKey } from './sv.ts';
import { AREAS } from './sv.ts';

/** English, the second language. Every Swedish key must exist here (checked by type). */
const core: Record<CoreKey, string> = {
  'app.name': 'Remissradar',
  'app.tagline': 'Consultation responses summarised locally in your browser',
  'app.skip': 'Skip to content',
  'app.loading': 'Opening the library …',
  'app.sampleNotice': 'This is an example consultation that ships with Remissradar. Import your own responses under Import, or remove the example in the Library.',
  'app.loadingSample': 'Loading the example consultation …',
  'app.viewLoadError': 'The view could not be loaded. Reload the page and try again.',
  'app.noConsultation': 'The library is empty. Import responses under Import to get started.',
  'app.storageError': 'Local storage is not working',
  'lang.switch': 'På svenska',
  'lang.label': 'Language',
  'nav.label': 'Main menu',
  'nav.oversikt': 'Overview',
  'nav.yttranden': 'Responses',
  'nav.granskning': 'Review',
  'nav.import': 'Import',
  'nav.bibliotek': 'Library',
  'nav.rapport': 'Report',
  'header.consultation': 'Consultation',
  'picker.open': 'Switch consultation',
  'picker.title': 'Choose a consultation',
  'header.responses': '{n} responses',
  'header.responses.one': '1 response',
  'header.deadline': 'Deadline {date}',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.delete': 'Delete',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.all': 'All',
  'common.loading': 'Loading …',
  'common.error': 'Error',
};

export const en = Object.assign({}, core, ...AREAS.map((a) => a.en)) as Partial<Record<MessageKey, string>>;
