/** Review helpers: highlight segments, evidence location, the review queue, initials. */
export * from './highlight.ts';
export * from './locate.ts';
export * from './evidenceSource.ts';
export * from './queue.ts';
export * from './initials.ts';
export * from './formatTime.ts';
export * from './placeEvidence.ts';
