import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/classify/index.ts';
import { mentions, themeMatcher } from '../../../src/lib/classify/themes.ts';
import { tokenize } from '../../../src/lib/classify/tokens.ts';
import type { Theme } from '../../../src/lib/domain/types.ts';

const THEMES: Theme[] = [
  { name: 'Profilering', keywords: ['profilering', 'varumärke'] },
  { name: 'Samverkan', keywords: ['samverkan', 'samverka', 'samarbete'] },
  { name: 'Påverkan', keywords: ['påverkan', 'påverka'] },
];

const about = (theme: Theme, sentence: string) => mentions(themeMatcher(theme), tokenize(sentence), sentence.toLocaleLowerCase('sv-SE'));

describe('theme keyword matching', () => {
  it.each([
    ['an inflected form (prefix)', 'Samverkan', 'Samverkansformerna behöver utvecklas.', true],
    ['a verb form listed as keyword', 'Samverkan', 'Staden bör samverka mer.', true],
    ['a compound part', 'Samverkan', 'Stadsdelssamverkan fungerar väl.', true],
    ['case-insensitively', 'Påverkan', 'PÅVERKANSARBETET är viktigt.', true],
    ['not an unrelated word', 'Påverkan', 'Verksamheten påbörjas i år.', false],
  ])('matches %s', (_name, themeName, sentence, expected) => {
    const theme = THEMES.find((t) => t.name === themeName)!;
    expect(about(theme, sentence)).toBe(expected);
  });

  it.each(['a.b(c', '*', '(', '[a-z]+', '\\', '.*', '?', 'a|b', '^$'])('matches keyword %j literally and never throws', (kw) => {
    const theme: Theme = { name: 'Special', keywords: [kw] };
    expect(() => about(theme, 'Helt vanlig text utan tecknen.')).not.toThrow();
    expect(() => classify({ text: `Nämnden tillstyrker ${kw} nu.` }, [theme])).not.toThrow();
    if (kw.length >= 2) expect(about(theme, `Texten innehåller ${kw} här.`)).toBe(true);
    if (kw.length >= 2) expect(about(theme, 'Texten innehåller abc här.')).toBe(false);
  });

  it('ignores empty and non-string keywords', () => {
    const theme = { name: 'X', keywords: ['', '  ', 42 as unknown as string] };
    expect(() => classify({ text: 'Nämnden tillstyrker.' }, [theme])).not.toThrow();
  });
});

describe('theme stances', () => {
  it('returns every theme passed in', () => {
    const c = classify({ text: 'Nämnden tillstyrker förslaget.' }, THEMES);
    expect(Object.keys(c.themes).sort()).toEqual(['Profilering', 'Påverkan', 'Samverkan']);
  });

  it('inherits the overall stance for themes the text does not discuss', () => {
    const c = classify({ text: 'Nämnden tillstyrker förslaget.' }, THEMES);
    for (const t of Object.values(c.themes)) expect(t).toEqual({ stance: 'supporting', explicit: false, evidence: [] });
  });

  it('takes an explicit stance from sentences about the theme', () => {
    const text = 'Nämnden tillstyrker strategin. Nämnden ser särskilt positivt på samverkan med andra städer. Nämnden avstyrker däremot delen om påverkan i EU.';
    const c = classify({ text }, THEMES);
    expect(c.themes.Samverkan).toMatchObject({ stance: 'supporting', explicit: true });
    expect(c.themes.Påverkan).toMatchObject({ stance: 'opposing', explicit: true });
    expect(c.themes.Profilering).toMatchObject({ explicit: false });
    expect(c.themes.Samverkan.evidence[0].text).toContain('samverkan');
  });

  it('makes a theme with only demands conditional', () => {
    const text = 'Förvaltningen tillstyrker förslaget. Förvaltningen efterfrågar en tydligare plan för profileringen.';
    const c = classify({ text }, THEMES);
    expect(c.themes.Profilering).toMatchObject({ stance: 'conditional', explicit: true });
  });

  it('lets an explicit abstention on one theme stand', () => {
    const text = 'Nämnden tillstyrker förslaget. Nämnden tar inte ställning till påverkansarbetet.';
    expect(classify({ text }, THEMES).themes.Påverkan).toMatchObject({ stance: 'none', explicit: true });
  });

  it('decides a theme from its own column in themeTexts, explicitly', () => {
    const c = classify({ text: 'Nämnden tillstyrker förslaget.', themeTexts: { samverkan: 'Nämnden avstyrker denna del.' } }, THEMES);
    expect(c.themes.Samverkan).toMatchObject({ stance: 'opposing', explicit: true });
    const ev = c.themes.Samverkan.evidence[0];
    expect('Nämnden avstyrker denna del.'.slice(ev.start, ev.end)).toBe(ev.text);
  });
});

describe('theme attribution (own sentences in the genre)', () => {
  it('takes the sentences under a heading that names the theme', () => {
    const text = 'Förvaltningen tillstyrker förslaget med synpunkter.\n\nSamverkan\nFörvaltningen ställer sig bakom det föreslagna målet.\n\nPåverkan\nFörvaltningen avstyrker den föreslagna ordningen.';
    const c = classify({ text }, THEMES);
    expect(c.themes.Samverkan).toMatchObject({ stance: 'supporting', explicit: true });
    expect(c.themes.Påverkan).toMatchObject({ stance: 'opposing', explicit: true });
  });

  it('gives each theme the clause that names it when one sentence names two', () => {
    const text = 'Nämnden tillstyrker inriktningen samverkan, men avstyrker förslaget om påverkan.';
    const c = classify({ text }, THEMES);
    expect(c.themes.Samverkan.stance).toBe('supporting');
    expect(c.themes.Påverkan.stance).toBe('opposing');
  });

  it('follows "den delen" back to the theme of the sentence before', () => {
    const text = 'Nämnden tillstyrker förslaget. När det gäller påverkan bedömer nämnden att kommunstyrelsen ansvarar. Nämnden tar därför inte ställning till den delen.';
    expect(classify({ text }, THEMES).themes.Påverkan).toMatchObject({ stance: 'none', explicit: true });
  });

  it('lets "inga särskilda synpunkter" on a theme inherit the overall stance', () => {
    const text = 'Bolaget tillstyrker förslaget.\n\nProfilering\nBolaget har inga särskilda synpunkter på denna inriktning.';
    expect(classify({ text }, THEMES).themes.Profilering.stance).toBe('supporting');
  });

  it('matches a theme named by a description through its content words, in any inflection', () => {
    const theme: Theme = { name: 'förlängd beräkningsperiod för övertid', keywords: [] };
    const text = 'Förbundet tillstyrker förslaget om digital redovisning. Förbundet avstyrker däremot att beräkningsperioden för övertiden förlängs.';
    const c = classify({ text }, [theme]);
    expect(c.themes[theme.name]).toMatchObject({ stance: 'opposing', explicit: true });
    expect(about(theme, 'Tidsredovisningen blir digital.')).toBe(false);
  });
});

describe('theme stance from criticism of that part', () => {
  it('opposes a theme whose part is called too early, while the overall is conditional', () => {
    const themes: Theme[] = [{ name: 'Ikraftträdande', keywords: ['ikraftträdande'] }];
    const c = classify({ text: 'Förvaltningen tillstyrker förslaget. Förvaltningen anser dock att ikraftträdandet är alltför tidigt.' }, themes);
    expect(c.stance).toBe('conditional');
    expect(c.themes.Ikraftträdande).toMatchObject({ stance: 'opposing', explicit: true });
  });
});
