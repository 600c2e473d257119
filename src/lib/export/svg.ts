/**
 * Standalone SVG for print and documents. Scoped Svelte CSS stays behind in the page,
 * so the chart CSS is passed in and embedded. Chart components must therefore style
 * themselves through STABLE class names (`.seg`, `.axis`, `.tick`, …), never through
 * Svelte's generated `svelte-xxxx` hashes; the hashes are kept but nothing relies on them.
 */
import { assertSafeSvg } from './assertSafeSvg.ts';
import { ExportError } from './errors.ts';
import { sanitizeSvg } from './sanitizeSvg.ts';
import { EXPORT_FONT_FAMILY, SVG_NS, XLINK_NS, cleanCss } from './svgRules.ts';
import { parseViewBox, rewriteRoot, rootAttributes } from './svgRoot.ts';
import { cdata, escapeXml } from './xmlEscape.ts';

export { assertSafeSvg } from './assertSafeSvg.ts';
export { EXPORT_FONT_FAMILY } from './svgRules.ts';
export { composeReportSvg } from './reportSvg.ts';

/** Options for {@link serializeSvg} and {@link standaloneSvg}. */
export interface SvgExportOptions {
  /** Becomes `<title>`: the accessible name and what file viewers show. */
  title: string;
  /** The chart CSS, embedded as `<style>`. Outside `url()` and `@import` are removed. */
  styles: string;
  /** Default {@link EXPORT_FONT_FAMILY}. */
  fontFamily?: string;
  /** Background fill; default white (PNG and slides need an opaque image). 'none' = no rect. */
  background?: string;
  /** Output size in px; default the root's width/height, else its viewBox. */
  width?: number;
  height?: number;
}

/** Throw when a finished export still breaks a safety rule (a bug, never user error). */
export function ensureSafe(svg: string): string {
  const problems = assertSafeSvg(svg);
  if (problems.length > 0) throw new ExportError('svg-unsafe', { detail: problems[0] });
  return svg;
}

/**
 * Markup of an `<svg>` (e.g. from XMLSerializer) → a safe standalone SVG document:
 * sanitised, with xmlns (and xmlns:xlink when used), width, height and viewBox on the
 * root, then `<title>`, `<style>` and a background rect as its first children.
 * Pure, so it is unit-tested in Node; {@link serializeSvg} is the DOM wrapper.
 */
export function standaloneSvg(markup: string, opts: SvgExportOptions): string {
  const clean = sanitizeSvg(markup);
  const root = rootAttributes(clean);
  const vb = parseViewBox(root.get('viewBox'));
  const width = opts.width ?? (parseFloat(root.get('width') ?? '') || vb?.[2]);
  const height = opts.height ?? (parseFloat(root.get('height') ?? '') || vb?.[3]);
  const box = vb ?? (width && height ? [0, 0, width, height] : undefined);
  const font = opts.fontFamily ?? EXPORT_FONT_FAMILY;
  const bg = opts.background ?? '#ffffff';
  const style = `svg { font-family: ${font}; }\n${cleanCss(opts.styles)}`;
  const rect = bg === 'none' || !box ? '' : `<rect x="${box[0]}" y="${box[1]}" width="${box[2]}" height="${box[3]}" style="${escapeXml(`fill: ${bg}`)}" class="export-background"/>`;
  const inside = `<title>${escapeXml(opts.title)}</title><style>${cdata(style)}</style>${rect}`;
  const out = rewriteRoot(
    clean,
    {
      xmlns: SVG_NS,
      'xmlns:xlink': clean.includes('xlink:') ? XLINK_NS : null,
      width: width ? String(width) : null,
      height: height ? String(height) : null,
      viewBox: box ? box.join(' ') : null,
      'font-family': font,
    },
    inside,
  );
  return ensureSafe(out);
}

/**
 * A rendered chart `<svg>` → a standalone SVG string (see {@link standaloneSvg}).
 * XMLSerializer reads the live node without changing it, so no clone is needed; the
 * size defaults to the node's rendered size.
 */
export function serializeSvg(svg: SVGSVGElement, opts: SvgExportOptions): string {
  const box = svg.getBoundingClientRect();
  const markup = new XMLSerializer().serializeToString(svg);
  return standaloneSvg(markup, { ...opts, width: opts.width ?? (box.width || undefined), height: opts.height ?? (box.height || undefined) });
}
