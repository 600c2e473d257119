/** A checker for exported SVG that runs anywhere (no DOMParser needed). */
import { BLOCKED_ELEMENTS, SVG_NS, UNWRAPPED_ELEMENTS, attributeProblem, cssIsExternal, localName } from './svgRules.ts';
import { decodeXml } from './xmlEscape.ts';
import { tokenizeXml } from './xmlTokens.ts';
import { rootElement, wellFormedProblems } from './xmlWellFormed.ts';

/**
 * Every reason an SVG string is not a safe, standalone export; empty when it is.
 * Reports: not well-formed XML, a root that is not `<svg xmlns="http://www.w3.org/2000/svg">`,
 * DOCTYPEs (entity expansion), processing instructions other than the XML declaration
 * (`<?xml-stylesheet?>` loads CSS), `<script>`, `<foreignObject>` and other blocked
 * elements, `<a>`, `on*` attributes, hrefs not starting with `#`, script URLs, and CSS
 * that imports or loads outside URLs.
 */
export function assertSafeSvg(svg: string): string[] {
  const tokens = tokenizeXml(svg);
  const problems = wellFormedProblems(tokens);
  const root = rootElement(tokens);
  if (root && localName(root.name) !== 'svg') problems.push(`root element is <${root.name}>, not <svg>`);
  if (root && !root.attrs.some((a) => a.name === 'xmlns' && decodeXml(a.value) === SVG_NS)) {
    problems.push('missing xmlns="http://www.w3.org/2000/svg" on the root');
  }
  const open: string[] = [];
  for (const t of tokens) {
    if (t.type === 'doctype') problems.push('DOCTYPE (may define entities)');
    else if (t.type === 'pi' && t.target.toLowerCase() !== 'xml') problems.push(`processing instruction <?${t.target}?>`);
    else if (t.type === 'open') {
      const local = localName(t.name);
      if (BLOCKED_ELEMENTS.has(local) || UNWRAPPED_ELEMENTS.has(local)) problems.push(`<${t.name}> element`);
      for (const a of t.attrs) {
        const p = attributeProblem(t.name, a.name, a.value);
        if (p) problems.push(p);
      }
      if (!t.selfClosing) open.push(local);
    } else if (t.type === 'close') open.pop();
    else if ((t.type === 'text' || t.type === 'cdata') && open[open.length - 1] === 'style') {
      const css = t.type === 'cdata' ? t.content : decodeXml(t.raw);
      if (cssIsExternal(css)) problems.push('external url() or @import in <style>');
    }
  }
  return problems;
}
