/** Escaping for text that goes into exported SVG (titles and filters come from users). */

/**
 * Characters XML 1.0 forbids outright (C0 controls except tab, LF, CR; U+FFFE/FFFF;
 * lone surrogates). One in an imported name would make the whole SVG unreadable.
 */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escape `& < > " '` and drop characters XML cannot hold: safe in text and attributes. */
export function escapeXml(s: string): string {
  return s
    .replace(INVALID_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Wrap CSS in CDATA so `>` selectors stay readable; a `]]>` inside is split safely. */
export function cdata(s: string): string {
  return `<![CDATA[${s.replace(INVALID_XML, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Decode the five XML entities and numeric references. Unknown named entities (only a
 * DTD could define them, and DTDs are dropped) are left as they are.
 */
export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? m;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}
