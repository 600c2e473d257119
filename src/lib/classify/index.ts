/**
 * The classifier's public API. Pure TypeScript: runs in the import worker and in Node.
 *   classify({ text, decision?, themeTexts? }, themes) -> Classification
 *   splitSentences(text) -> [{ start, end, text }]
 */
export { classify, type ClassifyInput } from './classify.ts';
export { splitSentences, type Segment } from './sentences.ts';
export { STANCE_LABEL_SV } from './explain.ts';
export { MAX_ANALYSED } from './limits.ts';
