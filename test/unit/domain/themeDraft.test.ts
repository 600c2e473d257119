import { describe, expect, it } from 'vitest';
import { formatKeywords, parseKeywords } from '../../../src/lib/domain/keywords.ts';
import { checkDraft, draftFrom, emptyDraft, orphanedOverrides, sameThemes, themesFrom } from '../../../src/lib/domain/themeDraft.ts';
import type { ResponseRecord, Theme } from '../../../src/lib/domain/types.ts';

describe('keywords', () => {
  it('splits on commas, semicolons and new lines; trims; drops empties and case-insensitive duplicates', () => {
    expect(parseKeywords('påverkan, Påverka;\n\n påverkansarbete \r\nPÅVERKAN,,EU-påverkan')).toEqual(['påverkan', 'Påverka', 'påverkansarbete', 'EU-påverkan']);
  });
  it('keeps regex characters literally (the classifier never treats them as patterns)', () => {
    expect(parseKeywords('a.b*, (c)+')).toEqual(['a.b*', '(c)+']);
  });
  it('round-trips through the editor text', () => {
    const k = ['profilering', 'ny forskning', 'EU-påverkan'];
    expect(parseKeywords(formatKeywords(k))).toEqual(k);
  });
});

const themes: Theme[] = [
  { name: 'Påverkan', keywords: ['påverkan', 'påverka'] },
  { name: 'Samverkan', keywords: ['samverkan'] },
];

describe('theme drafts', () => {
  it('turns stored themes into a draft and back unchanged', () => {
    const d = draftFrom(themes);
    expect(d.map((x) => x.original)).toEqual(['Påverkan', 'Samverkan']);
    expect(sameThemes(themesFrom(d), themes)).toBe(true);
    expect(checkDraft(d)).toEqual([]);
  });
  it('reports missing and duplicate names (case-insensitive, cleaned)', () => {
    const d = [...draftFrom(themes), { ...emptyDraft(), name: '  ' }, { ...emptyDraft(), name: ' påverkan ' }];
    expect(checkDraft(d)).toEqual([
      { index: 2, code: 'name-missing' },
      { index: 3, code: 'name-duplicate', name: 'påverkan' },
    ]);
  });
  it('reports a name too long for a chart label', () => {
    expect(checkDraft([{ ...emptyDraft(), name: 'x'.repeat(81) }])).toEqual([{ index: 0, code: 'name-too-long' }]);
  });
  it('sameThemes notices a changed keyword, order or name', () => {
    expect(sameThemes(themes, [themes[0], { name: 'Samverkan', keywords: ['samverka'] }])).toBe(false);
    expect(sameThemes(themes, [themes[1], themes[0]])).toBe(false);
    expect(sameThemes(themes, themes.slice(0, 1))).toBe(false);
  });
});

function rec(themeOverrides: string[]): ResponseRecord {
  const o = { stance: 'opposing' as const, reason: 'r', initials: 'AB', at: '2026-01-01T00:00:00Z' };
  return { overrides: { themes: Object.fromEntries(themeOverrides.map((t) => [t, o])) } } as unknown as ResponseRecord;
}

describe('orphanedOverrides', () => {
  it('counts manual assessments on renamed and removed themes, and none on kept ones', () => {
    const d = draftFrom(themes);
    d[0].name = 'EU-påverkan';
    const records = [rec(['Påverkan']), rec(['Påverkan', 'Samverkan']), rec([])];
    expect(orphanedOverrides(themes, d, records)).toEqual([{ name: 'Påverkan', count: 2, renamedTo: 'EU-påverkan' }]);
    expect(orphanedOverrides(themes, d.slice(0, 1), records)).toEqual([
      { name: 'Påverkan', count: 2, renamedTo: 'EU-påverkan' },
      { name: 'Samverkan', count: 1 },
    ]);
    expect(orphanedOverrides(themes, draftFrom(themes), records)).toEqual([]);
  });
});
