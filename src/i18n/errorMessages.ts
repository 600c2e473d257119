/**
 * messages.ts with its catalogue registered at once, for code that words errors outside
 * the UI (tests); the UI loads the catalogue itself (index.svelte.ts).
 */
import { en, sv } from './areas/errors.ts';
import { registerErrorMessages } from './messages.ts';

registerErrorMessages({ sv, en });

export { errorText, fill, lookup, messageText, type Catalog } from './messages.ts';
export { problemText } from './problemMessages.ts';

/** The `{name}` placeholders of a template. */
export const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
