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
