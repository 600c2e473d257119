import { describe, expect, it } from 'vitest';
import { fitText, widestText } from '../../../src/lib/charts/fitText.ts';

describe('fitText', () => {
  it.each([
    ['keeps text that fits', 'Samverkan', 200, 'Samverkan'],
    ['cuts long text to the width, ellipsis included', 'Kommunstyrelsens råd för funktionshinderfrågor', 120, 'Kommunstyrelsens rå…'],
    ['trims a space before the ellipsis', 'Ab cd', 24, 'Ab…'],
    ['gives just an ellipsis when nothing fits', 'Abc', 1, '…'],
  ])('%s', (_, text, width, want) => expect(fitText(text, width, 10)).toBe(want));
  it('measures the widest label', () => expect(widestText(['ab', 'abcd'], 10)).toBe(24));
});

describe('one text-width estimate', () => {
  it('counts characters, not UTF-16 units, and the exported em is a little narrower than the screen one', async () => {
    const { estimateTextWidth, charsThatFit, EM_EXPORT, EM_SCREEN } = await import('../../../src/lib/charts/geometry.ts');
    const { labelWidth } = await import('../../../src/lib/charts/reportLayouts.ts');
    const { estimate } = await import('../../../src/lib/export/wrapText.ts');
    expect(estimateTextWidth('Åsa 😀', 10)).toBe(5 * 10 * EM_SCREEN);
    expect(labelWidth('Åsa 😀', 10)).toBe(estimateTextWidth('Åsa 😀', 10, EM_EXPORT));
    expect(estimate('Åsa 😀', 10)).toBe(Math.ceil(labelWidth('Åsa 😀', 10)));
    expect(charsThatFit(60, 10)).toBe(10);
    expect(EM_EXPORT).toBeLessThan(EM_SCREEN);
  });
});

describe('bold headings', () => {
  it('measure letter by letter: narrow letters make room, wide ones take it', async () => {
    const { boldTextWidth, fitBoldText } = await import('../../../src/lib/charts/fitText.ts');
    expect(boldTextWidth('ill', 10)).toBeLessThan(boldTextWidth('mmm', 10) / 2);
    // 13 px column headings in a report's 82 px column: the short name fits whole, the long one is cut.
    expect(fitBoldText('Profilering', 82, 13)).toBe('Profilering');
    const cut = fitBoldText('Omvärldsbevakning', 82, 13);
    expect(cut.endsWith('…')).toBe(true);
    expect(boldTextWidth(cut, 13)).toBeLessThanOrEqual(82);
    expect(fitBoldText('Abc', 1, 13)).toBe('…');
  });
});
