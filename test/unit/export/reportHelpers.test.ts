import { describe, expect, it } from 'vitest';
import { emptyFilters, type Filters } from '../../../src/lib/aggregate/index.ts';
import { assertSafeSvg } from '../../../src/lib/export/assertSafeSvg.ts';
import { describeFilters, type FilterWords } from '../../../src/lib/aggregate/describeFilters.ts';
import { CHART_WIDTH, fitLabel, heatmapChartLayout, kindChartLayout, labelWidth, stackDescription, themeChartLayout } from '../../../src/lib/charts/reportLayouts.ts';
import { inheritedLegend, PATTERN_DEFS_SVG, stanceLegend } from '../../../src/lib/export/reportLegend.ts';
import { evidenceQuotes } from '../../../src/lib/export/quotes.ts';
import { svgStringSize } from '../../../src/lib/export/files.ts';
import { DETAILS, record } from './fixtures.ts';

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
    expect(heatmapChartLayout(records, ['Profilering', 'Påverkan'], 'sv').layout.width).toBeLessThanOrEqual(CHART_WIDTH);
  });
  it('keeps every respondent kind as a row, empty ones too', () => {
    expect(kindChartLayout(records, 'sv').bars.map((b) => [b.label, b.total])).toEqual([['Stadsdelsnämnd', 1], ['Facknämnd', 1], ['Bolagsstyrelse', 1], ['Övrig', 0]]);
  });
  it('gives the heatmap one row per yttrande and a column per theme', () => {
    const { layout: h, groupX } = heatmapChartLayout(records, ['Profilering', 'Påverkan'], 'sv');
    expect(h.rowLabels).toHaveLength(3);
    expect(h.cells).toHaveLength(6);
    // The kind brackets go right of the cells, inside the chart.
    expect(groupX).toBeGreaterThan(Math.max(...h.cells.map((c) => c.x + c.width)));
    expect(groupX).toBeLessThan(h.width);
  });
  it('describes a static bar chart with every bar and segment', () => {
    const d = stackDescription(kindChartLayout(records, 'sv'), 'Per typ.');
    expect(d.startsWith('Per typ. Stadsdelsnämnd: 1 yttrande; Stadsdelsnämnd: Tillstyrker 1 av 1')).toBe(true);
    expect(d).toContain('Övrig: 0 yttranden');
  });
  it('counts explicit stances per inriktning by default, the inherited ones as an extension when asked', () => {
    const rs = [record('A', 'opposing', { cls: { themes: { Påverkan: { stance: 'supporting', explicit: true, evidence: [] } } } }), record('B', 'opposing')];
    const plain = themeChartLayout(rs, ['Påverkan'], 'sv');
    expect(plain.segments.map((s) => [s.stance, s.inherited, s.value])).toEqual([['supporting', false, 1]]);
    const both = themeChartLayout(rs, ['Påverkan'], 'sv', true);
    expect(both.segments.map((s) => [s.stance, s.inherited, s.value])).toEqual([['supporting', false, 1], ['opposing', true, 1]]);
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

describe('svgStringSize', () => {
  it.each([
    ['width and height', '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"></svg>', { width: 120, height: 80 }],
    ['the viewBox when they are missing', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 200"></svg>', { width: 300, height: 200 }],
    ['zero when neither is there', '<svg xmlns="http://www.w3.org/2000/svg"></svg>', { width: 0, height: 0 }],
  ])('reads %s', (_, svg, expected) => expect(svgStringSize(svg)).toEqual(expected));
});

describe('one description of the filters', () => {
  it('the sentence and the chips name the same filters in the same order', async () => {
    const { filterLabels } = await import('../../../src/lib/aggregate/filterParts.ts');
    const all = f({ respondents: ['Kulturnämnden'], kinds: ['facknamnd'], stances: ['opposing'], themes: ['Samverkan'], q: 'skola', reviewed: 'yes' });
    expect(describeFilters(all, 'sv', WORDS)).toBe(
      'Urval: Remissinstans: Kulturnämnden · Typ: Facknämnd · Ställningstagande: Avstyrker · Inriktning: Samverkan · Sökord: ”skola” · Granskning: endast granskade.',
    );
    expect(filterLabels(all, 'sv', { yes: 'endast granskade', no: 'endast ej granskade' })).toEqual(['Kulturnämnden', 'Facknämnd', 'Avstyrker', 'Samverkan', '”skola”', 'endast granskade']);
  });
});
