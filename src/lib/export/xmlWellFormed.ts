/** Well-formedness rules the tokenizer leaves to its caller: nesting, roots, escapes. */
import type { XmlAttr, XmlToken } from './xmlTokens.ts';

/**
 * `&` must start a character reference or one of the five predefined entities; other
 * named entities need a DTD, and DTDs are never allowed in exports.
 */
const BAD_AMP = /&(?!(?:#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);)/;

function attrProblems(name: string, attrs: XmlAttr[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const a of attrs) {
    if (seen.has(a.name)) out.push(`not well-formed: duplicate attribute ${a.name} on <${name}>`);
    seen.add(a.name);
    if (a.value.includes('<')) out.push(`not well-formed: "<" in attribute ${a.name} on <${name}>`);
    if (BAD_AMP.test(a.value)) out.push(`not well-formed: bare "&" in attribute ${a.name} on <${name}>`);
  }
  return out;
}

/**
 * Problems that make markup not well-formed XML, each starting "not well-formed:".
 * Checks: tokenizer errors, balanced tags, exactly one root element, nothing but
 * white space, comments and PIs outside it, the XML declaration only at the very start,
 * escaped `&` and `<`, no duplicate attributes.
 */
export function wellFormedProblems(tokens: XmlToken[]): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  for (const [i, t] of tokens.entries()) {
    const outside = stack.length === 0;
    switch (t.type) {
      case 'error':
        out.push(`not well-formed: ${t.message}`);
        break;
      case 'open':
        if (outside && ++roots > 1) out.push(`not well-formed: second root element <${t.name}>`);
        out.push(...attrProblems(t.name, t.attrs));
        if (!t.selfClosing) stack.push(t.name);
        break;
      case 'close': {
        const top = stack.pop();
        if (top !== t.name) out.push(`not well-formed: </${t.name}> closes ${top ? `<${top}>` : 'nothing'}`);
        break;
      }
      case 'text':
        if (outside && t.raw.trim() !== '') out.push('not well-formed: text outside the root element');
        if (BAD_AMP.test(t.raw)) out.push('not well-formed: bare "&" in text');
        break;
      case 'cdata':
        if (outside) out.push('not well-formed: CDATA outside the root element');
        break;
      case 'pi':
        if (t.target.toLowerCase() === 'xml' && i !== 0) out.push('not well-formed: XML declaration not at the start');
        break;
      case 'doctype':
        if (!outside || roots > 0) out.push('not well-formed: DOCTYPE inside or after the root');
        break;
      case 'comment':
        break;
    }
  }
  if (stack.length > 0) out.push(`not well-formed: <${stack[stack.length - 1]}> is never closed`);
  if (roots === 0) out.push('not well-formed: no root element');
  return out;
}

/** The first element of the document (the root when well-formed). */
export function rootElement(tokens: XmlToken[]): Extract<XmlToken, { type: 'open' }> | undefined {
  return tokens.find((t): t is Extract<XmlToken, { type: 'open' }> => t.type === 'open');
}
