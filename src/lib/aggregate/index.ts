/** Aggregation: filters, URL state, counts and chart data. Pure; runs in Node and the browser. */
export * from '../format/numbers.ts';
export * from '../format/labels.ts';
export * from './stanceCounts.ts';
export * from './searchIndex.ts';
export * from './filters.ts';
export * from './counts.ts';
export * from './byTheme.ts';
export * from './byKind.ts';
export * from './heatmap.ts';
export * from './sandlista.ts';
export * from './stanceCode.ts';
export * from './swedishOrder.ts';
export * from './overviewData.ts';
export * from './columnsSnapshot.ts';
