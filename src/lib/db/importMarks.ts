/**
 * How a stance that came from an imported file's stance column is marked in the library:
 * its initials (not a person's) and its stored reason. The reason is stored as written
 * here; src/i18n shows it in the chosen language (reasonText), so it is a marker, not copy.
 */
export const IMPORT_INITIALS = 'import';
export const IMPORT_REASON = 'Ställningstagande från importerad fil';
