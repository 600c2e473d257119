/**
 * Messages of the export buttons that every view shares (a chart's PNG and SVG on the
 * overview, the report's files, the CSV, the draft): in the first screen's bundle, while the
 * report view's own words load with it. Swedish first; English must have every key.
 */
export const sv = {
  'export.saved': 'Filen {name} har laddats ned.',
  'export.failed': 'Exporten misslyckades: {message}',
  'export.chart': 'Exportera diagrammet',
  'export.chartPng': 'Ladda ned diagrammet {title} som PNG',
  'export.chartSvg': 'Ladda ned diagrammet {title} som SVG',
};

export const en: Record<keyof typeof sv, string> = {
  'export.saved': 'The file {name} has been downloaded.',
  'export.failed': 'The export failed: {message}',
  'export.chart': 'Export the chart',
  'export.chartPng': 'Download the chart {title} as PNG',
  'export.chartSvg': 'Download the chart {title} as SVG',
};
