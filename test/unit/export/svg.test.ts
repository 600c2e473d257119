import { describe, expect, it } from 'vitest';
import { ExportError } from '../../../src/lib/export/errors.ts';
import { assertSafeSvg } from '../../../src/lib/export/assertSafeSvg.ts';
import { sanitizeSvg } from '../../../src/lib/export/sanitizeSvg.ts';
import { EXPORT_FONT_FAMILY, serializeSvg, standaloneSvg } from '../../../src/lib/export/svg.ts';

const NS = 'xmlns="http://www.w3.org/2000/svg"';
const CHART = `<svg ${NS} class="chart svelte-1abc" width="300" height="200" viewBox="0 0 300 200" onload="alert(1)">`
  + '<script>alert(2)</script>'
  + '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml" onclick="x">hi</div></foreignObject>'
  + '<a href="javascript:alert(3)"><text class="label">Länk &amp; text</text></a>'
  + '<rect class="seg svelte-1abc" x="0" y="0" width="10" height="10" onmouseover="x" style="fill: url(#hatch)"/>'
  + '<image href="https://tracker.example/p.png"/><use href="#hatch"/>'
  + '<animate attributeName="href" to="javascript:alert(4)"><set to="x"/></animate>'
  + '<!-- comment --></svg>';

describe('sanitizeSvg', () => {
  const out = sanitizeSvg(`<?xml version="1.0"?>\n${CHART}`);

  it('leaves nothing assertSafeSvg complains about', () => expect(assertSafeSvg(out)).toEqual([]));
  it('removes scripts, foreignObject, animation and their content', () => {
    expect(out).not.toMatch(/script|foreignObject|alert|<div|hi<|animate|<set/);
  });
  it('unwraps links but keeps their text, escaped', () => {
    expect(out).not.toMatch(/<a[\s>]/);
    expect(out).toContain('<text class="label">Länk &amp; text</text>');
  });
  it('drops event handlers and outside hrefs but keeps classes and internal references', () => {
    expect(out).not.toMatch(/on(load|click|mouseover)|tracker/);
    expect(out).toContain('class="seg svelte-1abc"');
    expect(out).toContain('style="fill: url(#hatch)"');
    expect(out).toContain('<use href="#hatch"/>');
  });
  it('drops the XML declaration and comments so the result can be nested', () => {
    expect(out.startsWith('<svg')).toBe(true);
    expect(out).not.toContain('comment');
  });
  it('neutralises outside urls in CSS', () => {
    const s = sanitizeSvg(`<svg ${NS}><style>@import "x.css"; .a { background: url(http://x) } .b { fill: url(#p) } .c > .d {}</style><rect style="fill: url('http://x')"/></svg>`);
    expect(assertSafeSvg(s)).toEqual([]);
    expect(s).not.toMatch(/http:\/\/x|@import/);
    expect(s).toContain('<rect style="fill: none"/>');
    expect(s).toContain('url(#p)');
    expect(s).toContain('.c &gt; .d');
  });
  it('drops elements hidden with display="none", with their content: a chart place a filter emptied', () => {
    const hiddenOut = sanitizeSvg('<svg><rect class="seg" aria-label="Profilering: 5 tillstyrker" width="4" height="4"/><g display="none"><rect aria-label="Profilering: 2 avstyrker"/><text>2</text></g><rect display="none" aria-label="gammal"/></svg>');
    expect(hiddenOut).toContain('5 tillstyrker');
    expect(hiddenOut).not.toContain('avstyrker');
    expect(hiddenOut).not.toContain('gammal');
    expect(hiddenOut).not.toContain('<text>2</text>');
  });
  it('refuses markup that is not well-formed', () => {
    expect(() => sanitizeSvg('<svg><g></svg>')).toThrowError(ExportError);
    try {
      sanitizeSvg('<svg');
    } catch (e) {
      expect((e as ExportError).code).toBe('svg-invalid');
    }
  });
});

describe('standaloneSvg', () => {
  const out = standaloneSvg(CHART, { title: 'Översikt <script>alert(1)</script> & "citat"', styles: '.seg { stroke: #fff } .a > .b {}' });

  it('is safe and standalone', () => {
    expect(assertSafeSvg(out)).toEqual([]);
    expect(out).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  });
  it('puts a title, the embedded style with a font stack and a white background first', () => {
    expect(out).toContain('<title>Översikt &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;citat&quot;</title>');
    expect(out).toContain(`<style><![CDATA[svg { font-family: ${EXPORT_FONT_FAMILY}; }\n.seg { stroke: #fff } .a > .b {}]]></style>`);
    expect(out).toMatch(/<\/style><rect x="0" y="0" width="300" height="200" style="fill: #ffffff"/);
  });
  it('keeps or sets width, height and viewBox', () => {
    for (const a of ['width="300"', 'height="200"', 'viewBox="0 0 300 200"']) expect(out).toContain(` ${a}`);
    const sized = standaloneSvg(`<svg ${NS}><g/></svg>`, { title: 't', styles: '', width: 640, height: 480 });
    for (const a of ['width="640"', 'height="480"', 'viewBox="0 0 640 480"']) expect(sized).toContain(` ${a}`);
  });
  it('adds xmlns to markup without it and xmlns:xlink only when xlink is used', () => {
    const a = standaloneSvg('<svg width="10" height="10"><g/></svg>', { title: 't', styles: '' });
    expect(assertSafeSvg(a)).toEqual([]);
    expect(a).not.toContain('xmlns:xlink');
    const b = standaloneSvg('<svg width="10" height="10"><use xlink:href="#x"/></svg>', { title: 't', styles: '' });
    expect(b).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"');
  });
  it('opens up a self-closing root and can skip the background', () => {
    const s = standaloneSvg(`<svg ${NS} width="5" height="5"/>`, { title: 't', styles: '', background: 'none' });
    expect(s).toMatch(/<\/style><\/svg>$/);
  });
  it('refuses an unsafe background rather than emitting it', () => {
    expect(() => standaloneSvg(`<svg ${NS} width="5" height="5"/>`, { title: 't', styles: '', background: 'url(http://x)' })).toThrowError(expect.objectContaining({ code: 'svg-unsafe' }));
  });
});

describe('serializeSvg', () => {
  it('serialises the node with XMLSerializer and its rendered size', () => {
    class FakeSerializer {
      serializeToString() {
        return `<svg ${NS} viewBox="0 0 100 50"><rect class="seg"/></svg>`;
      }
    }
    const g = globalThis as unknown as { XMLSerializer?: unknown };
    const had = g.XMLSerializer;
    g.XMLSerializer = FakeSerializer;
    try {
      const node = { getBoundingClientRect: () => ({ width: 200, height: 100 }) } as unknown as SVGSVGElement;
      const s = serializeSvg(node, { title: 'Diagram', styles: '.seg{}' });
      for (const a of ['width="200"', 'height="100"', 'viewBox="0 0 100 50"']) expect(s).toContain(` ${a}`);
      expect(assertSafeSvg(s)).toEqual([]);
    } finally {
      g.XMLSerializer = had;
    }
  });
});
