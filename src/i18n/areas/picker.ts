/** Messages of the remiss picker (header and library list): loaded with the picker's panel or the library view. */
export const sv = {
  'picker.search': 'Sök remiss på titel eller diarienummer',
  'picker.placeholder': 'Sök titel eller dnr …',
  'picker.sort': 'Sortera',
  'picker.sort.updated': 'Senast ändrad',
  'picker.sort.title': 'Titel A–Ö',
  'picker.sort.count': 'Flest yttranden',
  'picker.count': '{n} av {total} remisser',
  'picker.none': 'Ingen remiss matchar ”{q}”.',
  'picker.responses': '{n} yttr.',
  'picker.help': 'Pil upp/ned väljer, Enter byter, Esc stänger.',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'picker.search': 'Search consultations by title or reference',
  'picker.placeholder': 'Search title or reference …',
  'picker.sort': 'Sort',
  'picker.sort.updated': 'Last changed',
  'picker.sort.title': 'Title A–Z',
  'picker.sort.count': 'Most responses',
  'picker.count': '{n} of {total} consultations',
  'picker.none': 'No consultation matches “{q}”.',
  'picker.responses': '{n} resp.',
  'picker.help': 'Arrow up/down to choose, Enter to switch, Esc to close.',
};
