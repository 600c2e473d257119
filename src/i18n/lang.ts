/** The UI's languages: the one definition is src/lib/domain/lang.ts. */
export type { Lang } from '../lib/domain/lang.ts';
