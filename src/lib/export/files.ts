/**
 * Browser glue for the report's exports: read a live chart `<svg>` into a standalone SVG,
 * and save SVG, PNG and text files (DOM only; the safety and layout work is in the
 * other modules here).
 */
import { downloadBlob, svgToPngBlob } from './png.ts';
import { serializeSvg } from './svg.ts';
import type { ReportChart } from './reportSvg.ts';
import { parseViewBox, rootAttributes } from './svgRoot.ts';

/**
 * The chart's natural size: its viewBox (the size its layout was computed for), so an
 * export is the same whatever the window size; else its rendered size.
 */
export function naturalSize(svg: SVGSVGElement): { width: number; height: number } {
  const vb = svg.viewBox?.baseVal;
  if (vb && vb.width > 0 && vb.height > 0) return { width: vb.width, height: vb.height };
  const box = svg.getBoundingClientRect();
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

/** A live chart as a report part: a safe standalone SVG at its natural size. */
export function chartPart(svg: SVGSVGElement, heading: string, styles: string): ReportChart {
  const { width, height } = naturalSize(svg);
  return { svg: serializeSvg(svg, { title: heading, styles, width, height }), width, height, heading };
}

/** Width and height of a standalone SVG string, from its root attributes. */
export function svgStringSize(svg: string): { width: number; height: number } {
  const root = rootAttributes(svg);
  const vb = parseViewBox(root.get('viewBox'));
  return { width: parseFloat(root.get('width') ?? '') || vb?.[2] || 0, height: parseFloat(root.get('height') ?? '') || vb?.[3] || 0 };
}

/** Save an SVG string as a file. */
export function saveSvg(svg: string, fileName: string): void {
  downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}

/** Render an SVG string at `scale`× over white and save it as PNG. Rejects with ExportError. */
export async function savePng(svg: string, fileName: string, scale = 2): Promise<void> {
  const { width, height } = svgStringSize(svg);
  downloadBlob(await svgToPngBlob(svg, width, height, scale), fileName);
}

/** Save text as a UTF-8 file (`type` e.g. 'text/plain', 'text/markdown', 'text/csv'). */
export function saveText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
}

