/** The export layer: CSV, file names, standalone SVG, PNG, and the remissammanställning. */
export * from './errors.ts';
export * from './labels.ts';
export * from './csv.ts';
export * from './fileName.ts';
export * from './svg.ts';
export * from './png.ts';
export * from './summary.ts';
export { respondentDisplayName } from './names.ts';
