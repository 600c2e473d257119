/**
 * A small linear XML tokenizer for SVG markup. Node has no DOMParser, and the export
 * checks must run in unit tests, so the safety code reads markup with this instead.
 * It does not resolve entities or namespaces; it only cuts markup into tokens and
 * reports what it cannot cut (see xmlWellFormed.ts for nesting and escaping rules).
 */

/** An attribute as written: `value` is still escaped (entities not decoded). */
export interface XmlAttr {
  name: string;
  value: string;
}

/** One piece of markup. `pos` is its offset in the input, for error messages. */
export type XmlToken =
  | { type: 'text'; raw: string; pos: number }
  | { type: 'cdata'; raw: string; content: string; pos: number }
  | { type: 'comment'; raw: string; pos: number }
  | { type: 'pi'; raw: string; target: string; pos: number }
  | { type: 'doctype'; raw: string; pos: number }
  | { type: 'open'; raw: string; name: string; attrs: XmlAttr[]; selfClosing: boolean; pos: number }
  | { type: 'close'; raw: string; name: string; pos: number }
  | { type: 'error'; raw: string; message: string; pos: number };

/** XML names restricted to ASCII, which is all SVG uses. */
export const XML_NAME = /^[A-Za-z_:][-A-Za-z0-9_:.]*$/;
const ATTR = /\s+([A-Za-z_:][-A-Za-z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;

/** The end of a tag starting at `from`: the first `>` outside quotes, or -1. */
function tagEnd(s: string, from: number): number {
  let quote = '';
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
    else if (c === '<') return -1; // a `<` inside a tag: never well-formed
  }
  return -1;
}

/** Parse `<name attr="v" ...>` (the raw text between `<` and `>`). */
function openTag(inner: string, raw: string, pos: number): XmlToken {
  const name = /^[^\s/>]+/.exec(inner)?.[0] ?? '';
  if (!XML_NAME.test(name)) return { type: 'error', raw, message: `bad element name "${name}"`, pos };
  const attrs: XmlAttr[] = [];
  ATTR.lastIndex = name.length;
  let at = name.length;
  for (let m = ATTR.exec(inner); m; m = ATTR.exec(inner)) {
    attrs.push({ name: m[1], value: m[2] ?? m[3] ?? '' });
    at = ATTR.lastIndex;
  }
  const rest = inner.slice(at);
  if (!/^\s*\/?\s*$/.test(rest)) return { type: 'error', raw, message: `bad attribute syntax in <${name}>`, pos };
  return { type: 'open', raw, name, attrs, selfClosing: rest.includes('/'), pos };
}

/** Cut markup into tokens in one pass. Unterminated constructs become error tokens. */
export function tokenizeXml(s: string): XmlToken[] {
  const out: XmlToken[] = [];
  let i = 0;
  const until = (type: 'comment' | 'cdata' | 'pi', start: number, skip: number, end: string): boolean => {
    const e = s.indexOf(end, start + skip);
    if (e === -1) return false;
    const raw = s.slice(start, e + end.length);
    if (type === 'cdata') out.push({ type, raw, content: raw.slice(9, -3), pos: start });
    else if (type === 'pi') out.push({ type, raw, target: /^<\?([^\s?]*)/.exec(raw)?.[1] ?? '', pos: start });
    else out.push({ type, raw, pos: start });
    i = e + end.length;
    return true;
  };
  while (i < s.length) {
    const lt = s.indexOf('<', i);
    if (lt === -1) {
      out.push({ type: 'text', raw: s.slice(i), pos: i });
      break;
    }
    if (lt > i) out.push({ type: 'text', raw: s.slice(i, lt), pos: i });
    let ok = true;
    if (s.startsWith('<!--', lt)) ok = until('comment', lt, 4, '-->');
    else if (s.startsWith('<![CDATA[', lt)) ok = until('cdata', lt, 9, ']]>');
    else if (s.startsWith('<?', lt)) ok = until('pi', lt, 2, '?>');
    else if (s.startsWith('<!', lt)) {
      // DOCTYPE, possibly with an internal subset [...]: end at the `>` after any `]`.
      // Search for `[` and `]` only when a subset opens before the first `>`, so a run
      // of bogus `<!x>` cannot make the scan quadratic.
      const gt = s.indexOf('>', lt);
      const bracket = gt === -1 ? -1 : s.lastIndexOf('[', gt);
      const close = bracket > lt ? s.indexOf(']', bracket) : -1;
      const e = bracket > lt && close !== -1 ? s.indexOf('>', close) : gt;
      ok = e !== -1;
      if (ok) {
        out.push({ type: 'doctype', raw: s.slice(lt, e + 1), pos: lt });
        i = e + 1;
      }
    } else {
      const e = tagEnd(s, lt + 1);
      ok = e !== -1;
      if (ok) {
        const raw = s.slice(lt, e + 1);
        if (raw[1] === '/') {
          const name = raw.slice(2, -1).trim();
          out.push(XML_NAME.test(name) ? { type: 'close', raw, name, pos: lt } : { type: 'error', raw, message: `bad end tag ${raw}`, pos: lt });
        } else out.push(openTag(raw.slice(1, -1), raw, lt));
        i = e + 1;
      }
    }
    if (!ok) {
      out.push({ type: 'error', raw: s.slice(lt), message: `unterminated markup at ${lt}`, pos: lt });
      break;
    }
  }
  return out;
}
