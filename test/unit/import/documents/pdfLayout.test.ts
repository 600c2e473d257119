import { describe, expect, it } from 'vitest';
import { hasTextLayer, layoutText, linesOf, type PdfPage, type TextRun } from '../../../../src/lib/import/documents/pdfLayout.ts';

/** A run of 10 pt text whose width is 5 units a character (a fixed-width approximation). */
const run = (str: string, y: number, x = 72, size = 10): TextRun => ({ str, x, y, width: str.length * 5, size });
const page = (runs: TextRun[]): PdfPage => ({ width: 595, height: 842, runs });
/** Body lines at 14-unit steps from y, left-aligned; a full line is ~80 characters wide. */
const lines = (texts: string[], y = 700) => texts.map((t, i) => run(t, y - 14 * i));
const FULL = 'x'.repeat(72);

describe('linesOf', () => {
  it('puts runs on the same baseline into one line, in reading order, adding the missing spaces', () => {
    const l = linesOf([run('nämnden', 700, 200), run('Kultur-', 700.4, 72), run('och', 700, 120)]);
    expect(l.map((x) => x.text)).toEqual(['Kultur- och nämnden']);
  });
  it('keeps lines apart that are a line step apart, top first', () => {
    expect(linesOf([run('andra', 686), run('första', 700)]).map((x) => x.text)).toEqual(['första', 'andra']);
  });
});

describe('layoutText', () => {
  it('joins the lines of a paragraph and separates paragraphs at a larger gap', () => {
    const p = page([...lines([`${FULL} ett`, 'två.']), ...lines([`${FULL} tre`, 'fyra.'], 640)]);
    expect(layoutText([p])).toBe(`${FULL} ett två.\n\n${FULL} tre fyra.`);
  });
  it('rejoins a word hyphenated across two lines', () => {
    expect(layoutText([page(lines([`${FULL} grön-`, 'områden.']))])).toBe(`${FULL} grönområden.`);
  });
  it.each(['och', 'eller', 'samt'])('keeps the hyphen of a shortened compound before %j', (w) => {
    expect(layoutText([page(lines([`${FULL} kultur-`, `${w} fritidsnämnden.`]))])).toBe(`${FULL} kultur- ${w} fritidsnämnden.`);
  });
  it('keeps a line break its writer made: a short line followed by a word that would have fitted', () => {
    expect(layoutText([page(lines(['Till', 'Kulturnämnden', 'den 20 september 2016']))])).toBe('Till\nKulturnämnden\nden 20 september 2016');
  });
  it('puts a larger-type heading in a paragraph of its own', () => {
    const p = page([run('Sammanfattning', 714, 72, 13), ...lines([`${FULL} text`, 'slut.'])]);
    expect(layoutText([p])).toBe(`Sammanfattning\n\n${FULL} text slut.`);
  });

  const furniture = (n: number, of: number) => [run('Kulturförvaltningen', 800), run('Tjänsteutlåtande', 800, 430), run(`Sida ${n} (${of})`, 40, 280)];
  it('drops headers and page numbers that repeat on every page', () => {
    const p1 = page([...furniture(1, 2), ...lines(['Första sidans text.'])]);
    const p2 = page([...furniture(2, 2), ...lines(['Andra sidans text.'])]);
    expect(layoutText([p1, p2])).toBe('Första sidans text.\n\nAndra sidans text.');
  });
  it.each(['3', '- 3 -', 'Sida 3 av 7', '3 (7)', '3/7', 'Page 3'])('drops a lone page number %j even on one page', (n) => {
    expect(layoutText([page([run(n, 40, 280), ...lines(['Text.'])])])).toBe('Text.');
  });
  it('keeps text in the margin that is not furniture (a one-off line at the bottom)', () => {
    expect(layoutText([page([run('Bilaga: karta över området', 40), ...lines(['Text.'])])])).toBe('Text.\n\nBilaga: karta över området');
  });
  it('goes on with a paragraph across a page break when the last line was full and unfinished', () => {
    const p1 = page([...furniture(1, 2), ...lines([`${FULL} och`, `${FULL} men`])]);
    const p2 = page([...furniture(2, 2), ...lines(['slutet.'], 760)]);
    expect(layoutText([p1, p2])).toBe(`${FULL} och ${FULL} men slutet.`);
  });
});

describe('hasTextLayer', () => {
  it.each([
    [[page([])], false],
    [[page([run('ab', 700)])], false],
    [[page(lines(['Nämnden tillstyrker förslaget i sin helhet.']))], true],
  ])('tells a scan from a page with text (%#)', (pages, expected) => {
    expect(hasTextLayer(pages)).toBe(expected);
  });
});
