/** Charts: data → plain rect/text specs that Svelte components loop over. No DOM. */
export * from './contrast.ts';
export * from './palette.ts';
export * from './patterns.ts';
export * from './geometry.ts';
export * from './shares.ts';
export * from './ticks.ts';
export * from './stackLayout.ts';
export * from './heatmapLayout.ts';
export * from './fitText.ts';
export * from './legendLayout.ts';
export * from './rowGroups.ts';
export * from './share.ts';
export * from './segmentSlots.ts';
