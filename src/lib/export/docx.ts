/**
 * The remissammanställning as a Word document in the form of a tjänsteutlåtande: a
 * letterhead block (document type, diarienummer, date), the headings, the lists of
 * instanser with their conditions as sub-items, and quotes set apart in italics.
 * Built with the `docx` package; import this module lazily (it carries the library).
 * Imported text goes in as text runs, never as markup.
 */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import type { DraftBlock } from './draftBlocks.ts';

/** What the letterhead says. */
export interface DocxMeta {
  /** The remiss title (document title in the file's properties). */
  title: string;
  /** Diarienummer of the remiss, when known. */
  reference?: string;
  /** The date written in the letterhead, e.g. "2026-12-01". */
  date: string;
  /** Who writes it, e.g. "Stadsledningskontoret". */
  author?: string;
}

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const FONT = 'Arial';

/** A text with its ”quoted” parts in italics, so a list item's quote reads as a quote. */
function runs(text: string): TextRun[] {
  const out: TextRun[] = [];
  const re = /”[^”]*”/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > at) out.push(new TextRun({ text: text.slice(at, m.index) }));
    out.push(new TextRun({ text: m[0], italics: true }));
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(new TextRun({ text: text.slice(at) }));
  return out;
}

/** The paragraphs of the document body. */
export function docxParagraphs(blocks: readonly DraftBlock[], meta: DocxMeta): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ children: [new TextRun({ text: 'Tjänsteutlåtande', bold: true, size: 28 })] }),
    new Paragraph({
      children: [new TextRun({ text: [meta.author ?? 'Stadsledningskontoret', meta.reference ? `Dnr ${meta.reference}` : '', meta.date].filter(Boolean).join('\t') })],
      tabStops: [{ type: 'left', position: 4200 }, { type: 'left', position: 7000 }],
      spacing: { after: 360 },
    }),
  ];
  for (const b of blocks) {
    if (b.kind === 'heading') out.push(new Paragraph({ heading: HEADING[b.level], children: [new TextRun({ text: b.text })] }));
    else if (b.kind === 'para') out.push(new Paragraph({ children: runs(b.text), spacing: { after: 160 } }));
    else if (b.kind === 'quote') {
      out.push(new Paragraph({ children: [new TextRun({ text: b.text, italics: true })], indent: { left: 720 }, spacing: { after: 160 } }));
    } else {
      for (const it of b.items) {
        out.push(new Paragraph({ children: runs(it.text), numbering: { reference: 'streck', level: 0 } }));
        for (const s of it.sub ?? []) out.push(new Paragraph({ children: runs(s), numbering: { reference: 'streck', level: 1 } }));
      }
      out.push(new Paragraph({ children: [], spacing: { after: 80 } }));
    }
  }
  return out;
}

/** The Word document itself (unit tests pack it in Node). */
export function draftDocument(blocks: readonly DraftBlock[], meta: DocxMeta): Document {
  return new Document({
    creator: 'Remissradar',
    title: meta.title,
    description: 'Remissammanställning',
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    numbering: {
      config: [{
        reference: 'streck',
        levels: [
          { level: 0, format: LevelFormat.BULLET, text: '–', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 360 } } } },
          { level: 1, format: LevelFormat.BULLET, text: '–', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } },
        ],
      }],
    },
    sections: [{ children: docxParagraphs(blocks, meta) }],
  });
}

/** The .docx as a Blob, for a download. */
export function draftToDocxBlob(blocks: readonly DraftBlock[], meta: DocxMeta): Promise<Blob> {
  return Packer.toBlob(draftDocument(blocks, meta));
}
