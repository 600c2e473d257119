/**
 * Word documents (.docx) → text with headings as paragraphs of their own. Reads
 * word/document.xml (the body only: headers, footers and footnotes are other parts, so
 * page furniture never gets in) and word/styles.xml (which styles are headings, whatever
 * the language: a style's outline level, or its name "heading 1" / "Rubrik 1" / "Title").
 * Deleted text of tracked changes, field codes and comments are left out.
 */
import { walkXml } from './xml.ts';
import { openZip, ZipError } from './zip.ts';

/** Style ids that are headings, from styles.xml (following basedOn to a heading style). */
function headingStyles(xml: string | null): Set<string> {
  const out = new Set<string>();
  if (!xml) return out;
  const based = new Map<string, string>();
  let id = '';
  walkXml(xml, {
    open(name, a) {
      if (name === 'w:style') id = a['w:styleId'] ?? '';
      else if (!id) return;
      else if (name === 'w:name' && /^(?:heading|rubrik|überschrift|titre|title|titel|subtitle|underrubrik)\b/i.test(a['w:val'] ?? '')) out.add(id);
      else if (name === 'w:outlineLvl' && Number(a['w:val']) < 9) out.add(id);
      else if (name === 'w:basedOn' && a['w:val']) based.set(id, a['w:val']);
    },
    close(name) {
      if (name === 'w:style') id = '';
    },
  });
  // Normal-based styles are not headings; a style based on a heading is one.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [s, b] of based) if (!out.has(s) && out.has(b)) changed = out.add(s) !== null;
  }
  return out;
}

export interface DocxText {
  text: string;
  headings: number;
}

/** Elements whose text is not part of the document's running text. */
const SKIP = new Set(['w:delText', 'w:instrText', 'w:fldData', 'w:commentReference', 'mc:Fallback', 'w:footnoteReference', 'wp:docPr']);

export async function readDocx(bytes: Uint8Array): Promise<DocxText> {
  const zip = openZip(bytes);
  const body = await zip.text('word/document.xml');
  if (body === null) throw new ZipError('part-missing', { name: 'word/document.xml' });
  const headings = headingStyles(await zip.text('word/styles.xml'));
  const paragraphs: string[] = [];
  let para: string[] | null = null;
  let heading = false;
  let inText = false;
  let skip = 0;
  let cellTexts: string[] | null = null;
  let rowCells: string[][] = [];
  let tableDepth = 0;
  let count = 0;
  walkXml(body, {
    open(name, a) {
      if (SKIP.has(name)) skip++;
      else if (name === 'w:p') {
        para = [];
        heading = false;
      } else if (name === 'w:pStyle' && para && headings.has(a['w:val'] ?? '')) heading = true;
      else if (name === 'w:outlineLvl' && para && Number(a['w:val']) < 9) heading = true;
      else if (name === 'w:t' && !skip) inText = true;
      else if (para && !skip) {
        if (name === 'w:tab' || name === 'w:ptab') para.push('\t');
        else if (name === 'w:br' || name === 'w:cr') para.push(a['w:type'] === 'page' ? '\n' : '\n');
        else if (name === 'w:noBreakHyphen') para.push('-');
        else if (name === 'w:sym' && a['w:char']) {
          const code = parseInt(a['w:char'], 16);
          if (code >= 0x20 && code < 0xf000) para.push(String.fromCharCode(code));
        }
      }
      if (name === 'w:tbl') tableDepth++;
      else if (name === 'w:tr' && tableDepth === 1) rowCells = [];
      else if (name === 'w:tc' && tableDepth === 1) cellTexts = [];
    },
    close(name) {
      if (SKIP.has(name)) skip--;
      else if (name === 'w:t') inText = false;
      else if (name === 'w:p' && para) {
        const t = para.join('').replace(/[ \u00a0]+\n/g, '\n').trim();
        para = null;
        if (cellTexts) {
          if (t) cellTexts.push(t.replace(/\s*\n\s*/g, ' '));
        } else if (t) {
          if (heading) count++;
          paragraphs.push(heading ? t.replace(/\s+/g, ' ') : t);
        }
      } else if (name === 'w:tc' && tableDepth === 1 && cellTexts) {
        rowCells.push(cellTexts);
        cellTexts = null;
      } else if (name === 'w:tr' && tableDepth === 1) {
        // A table row is one line, its cells separated by tabs.
        const line = rowCells.map((c) => c.join(' ')).join('\t').trim();
        if (line) paragraphs.push(line);
        rowCells = [];
      } else if (name === 'w:tbl') tableDepth--;
    },
    text(t) {
      if (inText && para && !skip) para.push(t);
    },
  });
  return { text: paragraphs.join('\n\n'), headings: count };
}
