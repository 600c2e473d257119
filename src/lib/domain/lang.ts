/** The UI's languages: Swedish first, English complete. The one definition of `Lang`. */
export type Lang = 'sv' | 'en';
