/** Merging a colleague's review of the same remiss into the local library. */
export * from './keys.ts';
export * from './mergeResponse.ts';
export * from './resolve.ts';
