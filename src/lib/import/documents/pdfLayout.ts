/**
 * The text layer of a PDF → paragraphs. PDF.js gives positioned runs of text; this puts
 * them into lines, drops the page furniture (headers, footers, page numbers that repeat
 * on every page), joins the lines of a paragraph, joins words hyphenated across lines and
 * separates paragraphs by a blank line, so that headings stand as short lines of their
 * own for the classifier. Pure: runs in Node and in the worker, and is tested alone.
 */

/** One run of text as PDF.js reports it, in PDF units (y grows upwards). */
export interface TextRun {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the run). */
  size: number;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: TextRun[];
}

interface Line {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** Share of the page at the top and bottom where headers and footers live. */
const MARGIN = 0.12;

/** "Sida 2 av 5", "2 (5)", "2/5", "- 2 -", "2": a page number alone on its line. */
const PAGE_NUMBER = /^(?:(?:sida|sid\.?|page|s\.)\s*)?[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:av|of|\/)\s*\d{1,4}|\s*\(\s*\d{1,4}\s*\))?$/i;

/** Line text with digits blurred, so "Sida 1 (3)" and "Sida 2 (3)" count as the same furniture. */
const shape = (s: string) => s.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/** Runs → lines, top to bottom; runs within half a font size vertically share a line. */
export function linesOf(runs: readonly TextRun[]): Line[] {
  const rs = runs.filter((r) => r.str !== '').slice().sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const r of rs) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0].y - r.y) <= Math.max(1, 0.5 * Math.max(g[0].size, r.size))) g.push(r);
    else groups.push([r]);
  }
  const lines: Line[] = [];
  for (const g of groups) {
    g.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    for (const r of g) {
      // A gap wider than a fifth of the font size is a space the PDF did not write.
      if (text && !/\s$/.test(text) && !/^\s/.test(r.str) && r.x - end > 0.2 * r.size) text += ' ';
      text += r.str;
      end = Math.max(end, r.x + r.width);
    }
    text = text.replace(/\s+/g, ' ').trim();
    if (text) lines.push({ text, x: g[0].x, right: end, y: g[0].y, size: Math.max(...g.map((r) => r.size)) });
  }
  return lines;
}

/**
 * Which lines are page furniture: in the top or bottom margin, and either a page number
 * or (with two pages or more) the same text, digits aside, on at least half the pages.
 */
function dropFurniture(pages: { page: PdfPage; lines: Line[] }[]): Line[][] {
  const inMargin = (l: Line, p: PdfPage) => l.y > p.height * (1 - MARGIN) || l.y < p.height * MARGIN;
  const seen = new Map<string, number>();
  for (const { page, lines } of pages) {
    const shapes = new Set(lines.filter((l) => inMargin(l, page)).map((l) => shape(l.text)));
    for (const s of shapes) seen.set(s, (seen.get(s) ?? 0) + 1);
  }
  const repeated = (s: string) => pages.length >= 2 && (seen.get(s) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  return pages.map(({ page, lines }) => lines.filter((l) => !(inMargin(l, page) && (PAGE_NUMBER.test(l.text) || repeated(shape(l.text))))));
}

/** Words that follow a hyphen in a Swedish ellipsis compound: "kultur- och fritidsnämnden". */
const KEEP_HYPHEN_BEFORE = /^(?:och|eller|samt|respektive|resp\.|som|till)\b/;

/** Join two lines of one paragraph: a hyphenated word is rejoined, else a space. */
function joinLines(a: string, b: string): string {
  if (/\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b) && !KEEP_HYPHEN_BEFORE.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}

/** The pages' text: paragraphs separated by blank lines, deliberate line breaks kept. */
export function layoutText(pages: readonly PdfPage[]): string {
  const withLines = pages.map((page) => ({ page, lines: linesOf(page.runs) }));
  const kept = dropFurniture(withLines);
  const all = kept.flat();
  const body = median(all.map((l) => l.size)) || 10;
  const gaps: number[] = [];
  for (const lines of kept) for (let i = 1; i < lines.length; i++) gaps.push(lines[i - 1].y - lines[i].y);
  const step = median(gaps.filter((g) => g > 0.5 * body && g < 3 * body)) || 1.2 * body;
  // The right margin: where most body lines end (a few long lines or a header don't move it).
  const rights = all.filter((l) => Math.abs(l.size - body) < 0.15 * body).map((l) => l.right).sort((a, b) => a - b);
  const margin = rights.length ? rights[rights.length < 10 ? rights.length - 1 : Math.floor(0.9 * (rights.length - 1))] : 0;
  /**
   * Was `prev` wrapped by the layout (the next line's first word did not fit on it), or
   * ended by its writer ("Till" / "Arbetsmarknadsnämnden")? Works for ragged-right text.
   */
  const wrappedBefore = (prev: Line, next: Line) => {
    const charWidth = (next.right - next.x) / Math.max(1, next.text.length);
    const word = next.text.split(' ')[0].length;
    return prev.right + charWidth * (word + 1) > margin - 0.5 * charWidth;
  };

  const paragraphs: string[][] = [];
  let cur: string[] = [];
  let prev: Line | null = null;
  let text = '';
  const flush = () => {
    if (text) cur.push(text);
    if (cur.length) paragraphs.push(cur);
    cur = [];
    text = '';
  };
  kept.forEach((lines, p) => {
    lines.forEach((l, i) => {
      const heading = l.size > body * 1.15;
      const prevHeading = prev !== null && prev.size > body * 1.15;
      const gap = i > 0 && prev ? prev.y - l.y : 0;
      const newPage = i === 0 && p > 0;
      // Across a page break a paragraph goes on only when the last line was full and unfinished.
      const wrapped = prev !== null && wrappedBefore(prev, l) && !(newPage && /[.:!?]$/.test(prev.text));
      if (!prev || heading || prevHeading || (i > 0 && gap > 1.4 * step) || (newPage && !wrapped)) flush();
      else if (wrapped) {
        text = joinLines(text, l.text);
        prev = l;
        return;
      } else {
        // A short line ends where its writer ended it ("Till" / "Arbetsmarknadsnämnden").
        cur.push(text);
        text = '';
      }
      text = text ? joinLines(text, l.text) : l.text;
      prev = l;
    });
  });
  flush();
  return paragraphs.map((p) => p.join('\n')).join('\n\n');
}

/** Does the PDF have a text layer at all (a scan has none, or only a few stray characters)? */
export function hasTextLayer(pages: readonly PdfPage[]): boolean {
  let letters = 0;
  for (const p of pages) for (const r of p.runs) letters += (r.str.match(/\p{L}/gu) ?? []).length;
  return letters >= Math.max(20, 10 * pages.length);
}
