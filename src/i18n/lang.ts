/** The UI's languages (Swedish first, English complete): the one definition, from the formatting module. */
export type { Lang } from '../lib/aggregate/format.ts';
