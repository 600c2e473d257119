import { describe, expect, it } from 'vitest';
import { STANCES } from '../../../src/lib/domain/types.ts';
import { byTheme } from '../../../src/lib/aggregate/byTheme.ts';
import { emptyFilters } from '../../../src/lib/aggregate/filters.ts';
import { overviewCounts, recordColumns, selectRecords } from '../../../src/lib/aggregate/overviewData.ts';
import { summaryModel } from '../../../src/lib/export/summaryModel.ts';
import { themeChartLayout } from '../../../src/lib/charts/reportLayouts.ts';
import { sampleRemiss } from '../sampleRecords.ts';

describe('the bars per inriktning and the draft agree on the sample remiss', () => {
  const { consultation, records, details } = sampleRemiss();
  const themes = consultation.themes.map((t) => t.name);
  const model = summaryModel(consultation, records, undefined, details);
  const overview = overviewCounts(selectRecords(recordColumns(records), emptyFilters()), themes);
  const report = themeChartLayout(records, themes, 'sv');

  it('has 46 yttranden and four inriktningar, some stances inherited', () => {
    expect(records).toHaveLength(46);
    expect(themes).toHaveLength(4);
    const inherited = byTheme(records, themes).reduce((a, d) => a + STANCES.reduce((b, s) => b + d.inherited[s], 0), 0);
    expect(inherited).toBeGreaterThan(0);
  });
  it.each(STANCES)('the overview bar, the report bar and the draft list the same %s count on every inriktning', (stance) => {
    for (const theme of themes) {
      const draft = model.themes.find((t) => t.name === theme)!.byStance[stance].length;
      expect(overview.themesExplicit[theme][stance]).toBe(draft);
      const seg = report.segments.find((s) => s.category === theme && s.stance === stance && !s.inherited);
      expect(seg?.value ?? 0).toBe(draft);
    }
  });
  it('the draft counts the inherited ones as the yttranden that do not discuss the inriktning', () => {
    for (const t of model.themes) {
      const inh = overview.themesInherited[t.name];
      expect(STANCES.reduce((a, s) => a + inh[s], 0)).toBe(t.silent);
    }
  });
});
