import { describe, expect, it } from 'vitest';
import { assertSafeSvg } from '../../../src/lib/export/assertSafeSvg.ts';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const wrap = (inner: string, attrs = '') => `<svg ${NS}${attrs}>${inner}</svg>`;

describe('assertSafeSvg accepts', () => {
  it.each([
    ['a minimal svg', wrap('')],
    ['an XML declaration first', `<?xml version="1.0" encoding="UTF-8"?>\n${wrap('<rect width="1" height="1"/>')}`],
    ['internal url() in presentation attributes', wrap('<rect fill="url(#p)" clip-path="url( \'#c\' )" marker-end="url(#m)"/>')],
    ['internal hrefs', wrap('<defs><pattern id="h"/></defs><use href="#h"/><use xlink:href="#h"/>', ' xmlns:xlink="http://www.w3.org/1999/xlink"')],
    ['escaped text and CDATA style', wrap('<style><![CDATA[.a > .b { fill: url(#h) }]]></style><text>a &amp; b &lt; c &#229; &#xE5;</text>')],
    ['comments and single-quoted attributes', wrap("<!-- note --><rect class='seg' />")],
    ['nested svg', wrap(`<svg ${NS} x="1"><g/></svg>`)],
  ])('%s', (_, svg) => expect(assertSafeSvg(svg)).toEqual([]));
});

describe('assertSafeSvg reports', () => {
  it.each([
    ['script', wrap('<script>alert(1)</script>'), /<script> element/],
    ['namespaced script', wrap('<svg:script xmlns:svg="http://www.w3.org/2000/svg"/>'), /<svg:script> element/],
    ['foreignObject', wrap('<foreignObject><div/></foreignObject>'), /<foreignObject> element/],
    ['a link', wrap('<a href="#x"><text>t</text></a>'), /<a> element/],
    ['SMIL set', wrap('<set attributeName="href" to="javascript:alert(1)"/>'), /<set> element/],
    ['onload', wrap('', ' onload="alert(1)"'), /event handler attribute onload/],
    ['ONCLICK', wrap('<rect ONCLICK="x"/>'), /event handler attribute ONCLICK/],
    ['external href', wrap('<image href="https://evil.example/x.png"/>'), /external href/],
    ['external xlink:href', wrap('<use xlink:href="other.svg#x"/>'), /external href/],
    ['data: href', wrap('<image href="data:image/png;base64,AA"/>'), /external href/],
    ['encoded javascript', wrap('<rect style="fill: url(&#106;avascript:alert(1))"/>'), /script URL|external url/],
    ['javascript in any attribute', wrap('<rect filter="java\tscript:x"/>'), /script URL/],
    ...['fill', 'stroke', 'filter', 'mask', 'clip-path', 'marker-start', 'marker-mid', 'marker-end', 'cursor'].map(
      (a) => [`external url() in ${a}`, wrap(`<rect ${a}="url(https://evil.example/x.svg#a)"/>`), new RegExp(`external url\\(\\) in ${a}`)] as [string, string, RegExp],
    ),
    ['external url in style element', wrap('<style>.a { background: url(http://x/y.png) }</style>'), /external url\(\) or @import/],
    ['@import', wrap('<style>@import "http://x/y.css";</style>'), /@import/],
    ['xml-stylesheet', `<?xml-stylesheet href="http://x/y.css"?>${wrap('')}`, /processing instruction/],
    ['DOCTYPE', `<!DOCTYPE svg [<!ENTITY a "aaaa">]>${wrap('<text>&a;</text>')}`, /DOCTYPE/],
    ['missing xmlns', '<svg><g/></svg>', /missing xmlns/],
    ['wrong root', `<html ${NS}/>`, /root element is <html>/],
    ['unclosed tag', wrap('<g>'), /not well-formed/],
    ['mismatched tag', wrap('<g></text>'), /not well-formed/],
    ['bare ampersand', wrap('<text>a & b</text>'), /not well-formed: bare "&"/],
    ['undefined entity', wrap('<text>&nbsp;</text>'), /not well-formed/],
    ['< in attribute', wrap('<rect class="a<b"/>'), /not well-formed/],
    ['unquoted attribute', wrap('<rect width=1/>'), /not well-formed/],
    ['duplicate attribute', wrap('<rect x="1" x="2"/>'), /duplicate attribute/],
    ['two roots', wrap('') + wrap(''), /second root/],
    ['text outside root', 'hello' + wrap(''), /text outside/],
    ['truncated', '<svg xmlns="http://www.w3.org/2000/svg"><rect', /not well-formed/],
    ['empty', '', /no root element/],
  ])('%s', (_, svg, problem) => {
    const problems = assertSafeSvg(svg);
    expect(problems.some((p) => problem.test(p)), problems.join(' | ')).toBe(true);
  });
});
