/**
 * What may appear in exported SVG. Exports are opened in browsers, Office and
 * intranet pages, so they carry no script, no event handler, no HTML islands and no
 * reference to anything outside the file. Shared by the checker and the cleaner.
 */
import { decodeXml } from './xmlEscape.ts';

/** The SVG namespace; the root must declare it to stand alone. */
export const SVG_NS = 'http://www.w3.org/2000/svg';
/** Fonts found on Windows, macOS and Linux desktops, so exports look alike everywhere. */
export const EXPORT_FONT_FAMILY = '"Segoe UI", Arial, "Liberation Sans", sans-serif';

/** The xlink namespace, for old `xlink:href` attributes. */
export const XLINK_NS = 'http://www.w3.org/1999/xlink';

/**
 * Elements removed with everything inside them. Script and HTML islands obviously;
 * the SMIL animation elements because `<set attributeName="href" to="javascript:…">`
 * can rewrite a safe attribute into an unsafe one after any static check.
 */
export const BLOCKED_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'foreignobject', 'iframe', 'embed', 'object', 'audio', 'video', 'canvas',
  'set', 'animate', 'animatemotion', 'animatetransform', 'discard', 'handler', 'listener',
]);

/** Elements whose tags go but whose children stay: a link's text is still a label. */
export const UNWRAPPED_ELEMENTS: ReadonlySet<string> = new Set(['a']);

/** The name without a namespace prefix, lower-cased (`svg:Script` → `script`). */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1).toLowerCase();
}

/** CSS that fetches something: `@import`, or `url(...)` not pointing inside the file. */
const CSS_IMPORT = /@import\b[^;]*;?/gi;
// (?!\s…) makes \s* take all the spaces: else it backtracks and "url( '#a')" looks external.
const CSS_EXTERNAL_URL = /url\(\s*(?!\s|['"]?\s*#)[^)]*\)/gi;

/** True when CSS would load anything from outside the file. */
export function cssIsExternal(css: string): boolean {
  return new RegExp(CSS_IMPORT.source, 'i').test(css) || new RegExp(CSS_EXTERNAL_URL.source, 'i').test(css);
}

/** Drop `@import` rules and turn outside `url(...)` into `none`. */
export function cleanCss(css: string): string {
  return css.replace(CSS_IMPORT, '').replace(CSS_EXTERNAL_URL, 'none');
}

/**
 * Why an attribute is unsafe, or null when it may stay. `value` is as written (escaped);
 * it is decoded first so `&#106;avascript:` cannot slip through.
 */
export function attributeProblem(element: string, name: string, value: string): string | null {
  const local = localName(name);
  const v = decodeXml(value);
  if (local.startsWith('on')) return `event handler attribute ${name} on <${element}>`;
  if (local === 'href' && !v.trim().startsWith('#')) return `external href "${v.slice(0, 60)}" on <${element}>`;
  if (name.toLowerCase() === 'xml:base') return `xml:base on <${element}>`;
  // Control characters and spaces are ignored by URL parsers: "java\tscript:" still runs.
  if (/(?:java|vb)script:/i.test(v.replace(/[\s\u0000-\u001F]+/g, ''))) return `script URL in ${name} on <${element}>`;
  if (local === 'style' && cssIsExternal(v)) return `external url() in style attribute on <${element}>`;
  // Every presentation attribute takes url(): fill, stroke, filter, mask, clip-path, marker-*, cursor …
  if (cssIsExternal(v)) return `external url() in ${name} on <${element}>`;
  return null;
}
