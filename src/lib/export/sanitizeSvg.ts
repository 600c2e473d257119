/** Make SVG markup safe to export: drop what svgRules.ts forbids, keep the drawing. */
import { ExportError } from './errors.ts';
import { BLOCKED_ELEMENTS, UNWRAPPED_ELEMENTS, attributeProblem, cleanCss, localName } from './svgRules.ts';
import { cdata, decodeXml, escapeXml } from './xmlEscape.ts';
import { tokenizeXml, type XmlAttr } from './xmlTokens.ts';
import { wellFormedProblems } from './xmlWellFormed.ts';

function attrs(element: string, list: XmlAttr[]): string {
  let out = '';
  for (const a of list) {
    // A style attribute is cleaned rather than dropped, so its fills survive.
    const decoded = decodeXml(a.value);
    const v = escapeXml(localName(a.name) === 'style' ? cleanCss(decoded) : decoded);
    if (!attributeProblem(element, a.name, v)) out += ` ${a.name}="${v}"`;
  }
  return out;
}

/** `display="none"`: drawn nothing, so a chart's hidden places (segmentSlots.ts) do not travel into the file with their last numbers. */
const hidden = (list: XmlAttr[]) => list.some((a) => localName(a.name) === 'display' && a.value.trim() === 'none');

/**
 * Remove everything unsafe from SVG markup and return it re-serialised: blocked
 * elements with their content, `<a>` tags (their children stay), unsafe attributes,
 * outside URLs in CSS, DOCTYPEs, comments and processing instructions (the XML
 * declaration too, so the result can be nested inside another SVG as is), and elements
 * hidden with display="none" (nothing of them is drawn).
 * Markup that is not well-formed is refused with an `ExportError` ('svg-invalid')
 * rather than guessed at: a guess is where sanitisers go wrong.
 */
export function sanitizeSvg(markup: string): string {
  const tokens = tokenizeXml(markup);
  const bad = wellFormedProblems(tokens);
  if (bad.length > 0) throw new ExportError('svg-invalid', { detail: bad[0] });
  const out: string[] = [];
  const stack: Array<{ keep: boolean; style: boolean }> = [];
  let skip = 0; // depth inside a blocked element
  for (const t of tokens) {
    const inStyle = stack.length > 0 && stack[stack.length - 1].style;
    switch (t.type) {
      case 'open': {
        const local = localName(t.name);
        if (skip > 0 || BLOCKED_ELEMENTS.has(local) || hidden(t.attrs)) {
          if (!t.selfClosing) skip++;
        } else if (UNWRAPPED_ELEMENTS.has(local)) {
          if (!t.selfClosing) stack.push({ keep: false, style: false });
        } else {
          out.push(`<${t.name}${attrs(t.name, t.attrs)}${t.selfClosing ? '/>' : '>'}`);
          if (!t.selfClosing) stack.push({ keep: true, style: local === 'style' });
        }
        break;
      }
      case 'close':
        if (skip > 0) skip--;
        else if (stack.pop()?.keep) out.push(`</${t.name}>`);
        break;
      case 'text':
        // Text outside the root (white space only, checked above) is dropped.
        if (skip === 0 && stack.length > 0) out.push(escapeXml(inStyle ? cleanCss(decodeXml(t.raw)) : decodeXml(t.raw)));
        break;
      case 'cdata':
        if (skip === 0) out.push(cdata(inStyle ? cleanCss(t.content) : t.content));
        break;
      default:
        break; // comments, PIs, DOCTYPE
    }
  }
  return out.join('');
}
