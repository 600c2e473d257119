import { describe, expect, it } from 'vitest';
import { emptyFilters, type Filters } from '../../../src/lib/aggregate/index.ts';
import { assertSafeSvg } from '../../../src/lib/export/assertSafeSvg.ts';
import { describeFilters, type FilterWords } from '../../../src/components/report/filtersText.ts';
import { CHART_WIDTH, fitLabel, heatmapChartLayout, kindChartLayout, labelWidth, themeChartLayout } from '../../../src/components/report/layouts.ts';
import { inheritedLegend, PATTERN_DEFS_SVG, stanceLegend } from '../../../src/components/report/legend.ts';
import { evidenceQuotes } from '../../../src/components/report/quotes.ts';
import { DETAILS, record } from '../export/fixtures.ts';

const WORDS: FilterWords = {
  none: 'Urval: alla yttranden (inga filter).', prefix: 'Urval', kinds: 'Typ', stances: 'Ställningstagande', themes: 'Inriktning',
  respondents: 'Remissinstans', query: 'Sökord', reviewed: 'Granskning', reviewedYes: 'endast granskade', reviewedNo: 'endast ej granskade',
};
const f = (p: Partial<Filters>): Filters => ({ ...emptyFilters(), ...p });

describe('describeFilters', () => {
  it.each([
    ['no filters', f({}), 'Urval: alla yttranden (inga filter).'],
    ['kinds in Swedish words', f({ kinds: ['stadsdelsnamnd', 'bolagsstyrelse'] }), 'Urval: Typ: Stadsdelsnämnd, Bolagsstyrelse.'],
    ['stances and themes', f({ stances: ['opposing'], themes: ['Påverkan'] }), 'Urval: Ställningstagande: Avstyrker · Inriktning: Påverkan.'],
    ['a search and review state', f({ q: ' skola ', reviewed: 'no' }), 'Urval: Sökord: ”skola” · Granskning: endast ej granskade.'],
    ['respondents', f({ respondents: ['Kulturnämnden'] }), 'Urval: Remissinstans: Kulturnämnden.'],
  ])('describes %s', (_, filters, expected) => {
    expect(describeFilters(filters, 'sv', WORDS)).toBe(expected);
  });
  it('uses English stance names in English', () => {
    expect(describeFilters(f({ stances: ['conditional'] }), 'en', { ...WORDS, prefix: 'Selection', stances: 'Stance' })).toBe('Selection: Stance: Supports with conditions.');
  });
});

describe('fitLabel', () => {
  it.each([
    ['a short label stays whole', 'Kulturnämnden', 200, 'Kulturnämnden'],
    ['a long label is cut with an ellipsis', 'Kommunstyrelsens råd för funktionshinderfrågor', 120, 'Kommunstyrelsens…'],
  ])('%s', (_, text, max, expected) => {
    const out = fitLabel(text, max);
    expect(out).toBe(expected);
    expect(labelWidth(out)).toBeLessThanOrEqual(max);
  });
});

describe('report chart layouts', () => {
  const records = [
    record('Bromma stadsdelsnämnd', 'supporting', { respondentKind: 'stadsdelsnamnd' }),
    record('Kulturnämnden', 'conditional'),
    record('Stockholm Vatten AB', 'opposing', { respondentKind: 'bolagsstyrelse' }),
  ];
  it('lay out every chart at the report width, whatever the window', () => {
    expect(themeChartLayout(records, ['Profilering', 'Påverkan'], 'sv').width).toBe(CHART_WIDTH);
    expect(kindChartLayout(records, 'sv').width).toBe(CHART_WIDTH);
    expect(heatmapChartLayout(records, ['Profilering', 'Påverkan'], 'sv').width).toBeLessThanOrEqual(CHART_WIDTH);
  });
  it('keeps every respondent kind as a row, empty ones too', () => {
    expect(kindChartLayout(records, 'sv').bars.map((b) => [b.label, b.total])).toEqual([['Stadsdelsnämnd', 1], ['Facknämnd', 1], ['Bolagsstyrelse', 1], ['Övrig', 0]]);
  });
  it('gives the heatmap one row per yttrande and a column per theme', () => {
    const h = heatmapChartLayout(records, ['Profilering', 'Påverkan'], 'sv');
    expect(h.rowLabels).toHaveLength(3);
    expect(h.cells).toHaveLength(6);
  });
});

describe('legend', () => {
  it('names the four stances with their patterns, and borders the inherited key', () => {
    expect(stanceLegend('sv').map((l) => l.label)).toEqual(['Tillstyrker', 'Tillstyrker med villkor', 'Avstyrker', 'Ingen ställning']);
    expect(stanceLegend('sv').every((l) => PATTERN_DEFS_SVG.includes(`id="${l.patternId}"`))).toBe(true);
    const inh = inheritedLegend('Ärvt');
    expect(inh.stroke).toMatch(/^#[0-9a-f]{6}$/);
    expect(PATTERN_DEFS_SVG).toContain(`id="${inh.patternId}"`);
  });
  it('pattern defs are a safe standalone SVG', () => {
    expect(assertSafeSvg(PATTERN_DEFS_SVG)).toEqual([]);
  });
});

describe('evidenceQuotes', () => {
  const ev = (text: string, stance: 'supporting' | 'opposing', source?: string) => ({ start: 0, end: text.length, text, stance, source });
  it('prefers the decision sentence that agrees with the stance', () => {
    const r = record('A', 'supporting', { cls: { evidence: [ev('Brödtext stöder.', 'supporting'), ev('Nämnden tillstyrker.', 'supporting', 'decision')] } });
    expect(evidenceQuotes([r], DETAILS).get(r.id!)).toBe('Nämnden tillstyrker.');
  });
  it('cites nothing when a person changed the stance and no sentence agrees', () => {
    const r = record('B', 'supporting', {
      cls: { evidence: [ev('Nämnden tillstyrker.', 'supporting', 'decision')] },
      overrides: { overall: { stance: 'opposing', reason: 'Läst om', initials: 'AB', at: '2026-01-01' }, themes: {} },
    });
    expect(evidenceQuotes([r], DETAILS).has(r.id!)).toBe(false);
  });
  it('follows the person when a sentence agrees with them', () => {
    const r = record('C', 'supporting', {
      cls: { evidence: [ev('Nämnden tillstyrker.', 'supporting'), ev('Men vi avstyrker delen om påverkan.', 'opposing')] },
      overrides: { overall: { stance: 'opposing', reason: 'x', initials: 'AB', at: '2026-01-01' }, themes: {} },
    });
    expect(evidenceQuotes([r], DETAILS).get(r.id!)).toBe('Men vi avstyrker delen om påverkan.');
  });
});
