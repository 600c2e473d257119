import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import { unzipSync, strFromU8 } from 'fflate';
import { draftDocument } from '../../../src/lib/export/docx.ts';
import { parseDraft } from '../../../src/lib/export/draftBlocks.ts';
import { buildSummary } from '../../../src/lib/export/summary.ts';
import { sampleRemiss } from '../sampleRecords.ts';

async function documentXml(text: string): Promise<{ bytes: Uint8Array; xml: string }> {
  const blocks = parseDraft(text, 'text');
  const bytes = new Uint8Array(await Packer.toBuffer(draftDocument(blocks, { title: 'Remiss', reference: 'KS 2016/0417', date: '2026-12-01' })));
  return { bytes, xml: strFromU8(unzipSync(bytes)['word/document.xml']) };
}

describe('the remissammanställning as .docx', () => {
  const { consultation, records, details } = sampleRemiss();
  const text = buildSummary(consultation, records, { format: 'text', details });

  it('is a zip with word/document.xml naming every instans', async () => {
    const { bytes, xml } = await documentXml(text);
    expect(String.fromCharCode(bytes[0], bytes[1])).toBe('PK');
    for (const r of records) expect(xml).toContain(r.respondent.replace(/&/g, '&amp;'));
  });
  it('has the letterhead, headings, bullet lists and italic quotes of a tjänsteutlåtande', async () => {
    const { xml } = await documentXml(text);
    expect(xml).toContain('Tjänsteutlåtande');
    expect(xml).toContain('Dnr KS 2016/0417');
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/>/);
    expect(xml).toMatch(/<w:pStyle w:val="Heading3"\/>/);
    expect(xml).toMatch(/<w:numPr><w:ilvl w:val="1"\/>/);
    expect(xml).toMatch(/<w:i\/>.*?<w:t[^>]*>”/s);
  });
  it('writes a person\'s edits, and imported text as text, not markup', async () => {
    const { xml } = await documentXml(text + '\nHandläggarens egen mening <b>&</b>.\n');
    expect(xml).toContain('Handläggarens egen mening &lt;b&gt;&amp;&lt;/b&gt;.');
    expect(xml).not.toContain('<b>');
  });
});
