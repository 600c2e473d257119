import { describe, expect, it } from 'vitest';
import { findHits, findWordStart, matchesTerms, searchTerms, splitHits } from '../../../src/lib/search/wordSearch.ts';
import { foldSearch } from '../../../src/lib/aggregate/searchIndex.ts';

describe('searchTerms', () => {
  const cases: [string, string[]][] = [
    ['EU', ['eu']],
    ['  Påverkan   samverkan ', ['påverkan samverkan']],
    ['   ', []],
    ['\u200Bbromma', ['bromma']],
  ];
  for (const [q, want] of cases) it(`folds ${JSON.stringify(q)} into ${JSON.stringify(want)}`, () => expect(searchTerms(q)).toEqual(want));
});

describe('matchesTerms: whole words and word beginnings', () => {
  const cases: { text: string; q: string; want: boolean }[] = [
    { text: 'Enligt tjänsteutlåtandet tillstyrker nämnden.', q: 'EU', want: false },
    { text: 'Samarbetet inom EU är viktigt.', q: 'EU', want: true },
    { text: 'EU:s regler gäller.', q: 'eu', want: true },
    { text: 'Genom EU-samarbetet stärks staden.', q: 'EU', want: true },
    { text: 'Den europeiska nivån.', q: 'EU', want: true },
    { text: 'Stadsdelsnämnden tillstyrker.', q: 'nämnden', want: false },
    { text: 'Nämnden tillstyrker.', q: 'nämnd', want: true },
    { text: 'Nämnden tillstyrker förslaget.', q: 'tillstyrker förslag', want: true },
    { text: 'Nämnden tillstyrker förslaget.', q: 'nämnden förslag', want: false },
    { text: 'Dnr KN 2016/12', q: 'kn 2016', want: true },
    { text: '(påverkan) är ett mål', q: 'påverkan', want: true },
    { text: 'Omvärldsbevakning', q: 'bevakning', want: false },
    { text: 'Åtgärd 2016', q: '2016', want: true },
    { text: 'år 12016', q: '2016', want: false },
    { text: 'Kapitel -talet', q: '-talet', want: true },
  ];
  for (const c of cases) {
    it(`${c.want ? 'finds' : 'does not find'} "${c.q}" in "${c.text}"`, () => expect(matchesTerms(foldSearch(c.text), searchTerms(c.q))).toBe(c.want));
  }

  it('finds a later word start after an inner occurrence', () => {
    expect(findWordStart('tjänsteutlåtandet eu', 'eu')).toBe(18);
  });
  it('returns -1 for an empty term', () => expect(findWordStart('eu', '')).toBe(-1));
});

describe('findHits: offsets into the original text', () => {
  it('merges hits of several terms where they overlap', () => {
    const text = 'Nämndens yttrande';
    expect(findHits(text, ['nämnd', 'nämndens']).map((h) => text.slice(h.start, h.end))).toEqual(['Nämndens']);
  });
  const cases: { name: string; text: string; q: string; want: string[] }[] = [
    { name: 'case differs', text: 'Inom EU och eu-nivån men inte i tjänsteutlåtandet', q: 'eu', want: ['EU', 'eu'] },
    { name: 'a phrase, every time it occurs', text: 'Samverkan och påverkan; samverkan  och mer', q: 'samverkan och', want: ['Samverkan och', 'samverkan  och'] },
    { name: 'decomposed å (a + ring) stays whole', text: 'Stra\u030Ategi och a\u030Atgärd', q: 'åtgärd', want: ['a\u030Atgärd'] },
    { name: 'invisible characters and runs of spaces', text: 'Sa\u00ADmverkan  \u200Bpå  verkan', q: 'samverkan på', want: ['Sa\u00ADmverkan  \u200Bpå'] },
    { name: 'nothing to find', text: 'Tjänsteutlåtandet', q: 'eu', want: [] },
  ];
  for (const c of cases) {
    it(`finds the hits when ${c.name}`, () => {
      expect(findHits(c.text, searchTerms(c.q)).map((h) => c.text.slice(h.start, h.end))).toEqual(c.want);
    });
  }
  it('finds nothing for no terms', () => expect(findHits('EU', [])).toEqual([]));
});

describe('splitHits', () => {
  it('splits into runs that join back to the text', () => {
    const text = 'Inom EU och EU:s råd';
    const parts = splitHits(text, findHits(text, ['eu']));
    expect(parts.map((p) => [p.text, p.hit])).toEqual([['Inom ', false], ['EU', true], [' och ', false], ['EU', true], [':s råd', false]]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
  });
  it('cuts hits to a piece of the text that starts at an offset', () => {
    const parts = splitHits('U och', [{ start: 4, end: 6 }], 5);
    expect(parts.map((p) => [p.text, p.hit, p.start])).toEqual([['U', true, 5], [' och', false, 6]]);
  });
  it('gives one plain run without hits', () => expect(splitHits('abc', [])).toEqual([{ text: 'abc', hit: false, start: 0 }]));
});
