export * from './types.ts';
export * from './effective.ts';
export * from './normalize.ts';
export * from './respondentKind.ts';
