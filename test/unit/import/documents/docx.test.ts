import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../../src/lib/import/documents/docx.ts';
import { docx } from '../../../fixtures/documents/writers.ts';
import { zip } from '../../../fixtures/documents/zipWriter.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const raw = (body: string, styles = '') =>
  zip({ 'word/document.xml': `<w:document ${W}><w:body>${body}</w:body></w:document>`, ...(styles ? { 'word/styles.xml': `<w:styles ${W}>${styles}</w:styles>` } : {}) });

describe('readDocx', () => {
  it('gives paragraphs separated by blank lines, headings as paragraphs of their own, line breaks kept', async () => {
    const d = await readDocx(await docx([{ heading: 1, text: 'Sammanfattning' }, 'Första stycket.', { lines: ['Till', 'Kulturnämnden'] }]));
    expect(d.text).toBe('Sammanfattning\n\nFörsta stycket.\n\nTill\nKulturnämnden');
    expect(d.headings).toBe(1);
  });
  it('leaves out the page header part (page furniture)', async () => {
    const d = await readDocx(await docx(['Text.'], 'Kulturförvaltningen\tSida 1 (1)'));
    expect(d.text).toBe('Text.');
  });
  it('writes a table row as one line, its cells separated by tabs', async () => {
    expect((await readDocx(await docx([{ table: [['Del', 'Bedömning'], ['Trygghet', 'Positiv']] }]))).text).toBe('Del\tBedömning\n\nTrygghet\tPositiv');
  });
  it('recognises a heading by its style name or outline level, also through basedOn', async () => {
    const styles =
      '<w:style w:styleId="R1"><w:name w:val="Rubrik 1"/></w:style><w:style w:styleId="Egen"><w:name w:val="Min rubrik"/><w:basedOn w:val="R1"/></w:style><w:style w:styleId="Niva"><w:name w:val="X"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style><w:style w:styleId="Br"><w:name w:val="Normal"/></w:style>';
    const p = (style: string, t: string) => `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const d = await readDocx(await raw(p('R1', 'A') + p('Egen', 'B') + p('Niva', 'C') + p('Br', 'D'), styles));
    expect(d.headings).toBe(3);
  });
  it('leaves out deleted text of tracked changes and field codes, and decodes entities', async () => {
    const body = '<w:p><w:r><w:t>Nämnden </w:t></w:r><w:del><w:r><w:delText>avstyrker</w:delText></w:r></w:del><w:r><w:t xml:space="preserve">tillstyrker &amp; </w:t></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>&#229;</w:t></w:r></w:p>';
    expect((await readDocx(await raw(body))).text).toBe('Nämnden tillstyrker & å');
  });
  it('treats imported text as data: markup-looking text stays text', async () => {
    expect((await readDocx(await docx(['<script>alert(1)</script>']))).text).toBe('<script>alert(1)</script>');
  });
  it('refuses a zip without word/document.xml, naming the part', async () => {
    await expect(readDocx(await zip({ 'x.xml': '<a/>' }))).rejects.toThrow(/word\/document.xml/);
  });
});
