/**
 * A linear XML tokenizer for the well-formed XML inside Office files. It is not a general
 * parser (no DTDs, no namespaces resolved): enough to walk cells, runs and paragraphs, and
 * safe on any input, since text is only ever returned as strings, never as markup.
 */

export interface XmlHandler {
  open?(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** &amp; &#229; &#xE5; → characters; an unknown entity stays as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function attributes(s: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const m of s.matchAll(ATTR)) out[m[1]] = decodeEntities(m[3] ?? m[4] ?? '');
  return out;
}

/** Walk the XML once, calling the handler for each tag and text run. */
export function walkXml(xml: string, h: XmlHandler): void {
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) {
      if (h.text && i < n) h.text(decodeEntities(xml.slice(i)));
      return;
    }
    if (lt > i && h.text) h.text(decodeEntities(xml.slice(i, lt)));
    if (xml.startsWith('<!--', lt)) {
      const e = xml.indexOf('-->', lt + 4);
      i = e === -1 ? n : e + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const e = xml.indexOf(']]>', lt + 9);
      if (h.text) h.text(xml.slice(lt + 9, e === -1 ? n : e));
      i = e === -1 ? n : e + 3;
    } else if (xml[lt + 1] === '?' || xml[lt + 1] === '!') {
      const e = xml.indexOf('>', lt);
      i = e === -1 ? n : e + 1;
    } else {
      // Find the tag's end outside quoted attribute values.
      let j = lt + 1;
      let q = '';
      for (; j < n; j++) {
        const c = xml[j];
        if (q) {
          if (c === q) q = '';
        } else if (c === '"' || c === "'") q = c;
        else if (c === '>') break;
      }
      const inner = xml.slice(lt + 1, j);
      i = j + 1;
      if (inner[0] === '/') {
        h.close?.(inner.slice(1).trim());
      } else {
        const self = inner.endsWith('/');
        const body = self ? inner.slice(0, -1) : inner;
        const sp = body.search(/\s/);
        const name = sp === -1 ? body : body.slice(0, sp);
        h.open?.(name, sp === -1 ? Object.create(null) : attributes(body.slice(sp)), self);
        if (self) h.close?.(name);
      }
    }
  }
}

/**
 * The same handler with element names stripped of their namespace prefix ("x:row" → "row"),
 * for spreadsheets written by tools that prefix SpreadsheetML elements. Attributes keep theirs.
 */
export function localNames(h: XmlHandler): XmlHandler {
  const local = (n: string) => n.slice(n.indexOf(':') + 1);
  return {
    open: h.open && ((n, a, self) => h.open!(local(n), a, self)),
    close: h.close && ((n) => h.close!(local(n))),
    text: h.text,
  };
}
