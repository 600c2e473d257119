/**
 * Import: bytes of a CSV, JSON, NDJSON or text file → responses plus a report of what was
 * wrong, in Swedish. Pure TypeScript without DOM: runs in Node and in a Web Worker.
 */
export type { EncodingName } from './decode.ts';
export { decode } from './decode.ts';
export type { Delimiter } from './delimiter.ts';
export type { Field } from './headers.ts';
export { FIELD_ALIASES } from './headers.ts';
export type { ImportIssue, IssueCode } from './issues.ts';
export { MAX_ISSUES } from './issues.ts';
export type { ImportErrorCode } from './errors.ts';
export { ImportError } from './errors.ts';
export type { ImportOptions, ParsedFile } from './types.ts';
export { parseFile } from './parseFile.ts';
export type { SniffKind, SniffResult } from './sniff.ts';
export { sniffBinary } from './sniff.ts';
export { parseDate } from './dates.ts';
export { parseStance } from './values.ts';
