/** Rewrite the root `<svg>` start tag of (already sanitised) markup. */
import { ExportError } from './errors.ts';
import { escapeXml, decodeXml } from './xmlEscape.ts';
import { tokenizeXml } from './xmlTokens.ts';
import { rootElement } from './xmlWellFormed.ts';

/** A parsed `viewBox`: [minX, minY, width, height]. */
export type ViewBox = [number, number, number, number];

/** The root's attributes, decoded, in document order. */
export function rootAttributes(markup: string): Map<string, string> {
  const root = rootElement(tokenizeXml(markup));
  return new Map((root?.attrs ?? []).map((a) => [a.name, decodeXml(a.value)]));
}

/** Parse a viewBox attribute; undefined unless it is four finite numbers with w, h > 0. */
export function parseViewBox(value: string | undefined): ViewBox | undefined {
  const n = (value ?? '').trim().split(/[\s,]+/).map(Number);
  return n.length === 4 && n.every(Number.isFinite) && n[2] > 0 && n[3] > 0 ? (n as ViewBox) : undefined;
}

/**
 * Set (string) or remove (null) attributes on the root element and insert `inside`
 * as its first children. A self-closing root `<svg/>` is opened up to hold them.
 * Expects well-formed markup whose root is the first element (sanitizeSvg's output).
 */
export function rewriteRoot(markup: string, set: Record<string, string | null>, inside = ''): string {
  const root = rootElement(tokenizeXml(markup));
  if (!root) throw new ExportError('svg-invalid', { detail: 'no root element' });
  const attrs = new Map(root.attrs.map((a) => [a.name, escapeXml(decodeXml(a.value))]));
  for (const [k, v] of Object.entries(set)) {
    if (v === null) attrs.delete(k);
    else attrs.set(k, escapeXml(v));
  }
  const list = [...attrs].map(([k, v]) => ` ${k}="${v}"`).join('');
  const before = markup.slice(0, root.pos);
  const after = markup.slice(root.pos + root.raw.length);
  return root.selfClosing
    ? `${before}<${root.name}${list}>${inside}</${root.name}>${after}`
    : `${before}<${root.name}${list}>${inside}${after}`;
}
