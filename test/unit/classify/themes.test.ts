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

/** Parts named only by a description, as an analyst types them without keywords of their own. */
const described = (...names: string[]): Theme[] => names.map((name) => ({ name, keywords: [name] }));
const SKOLSKJUTS: Theme[] = [{ name: 'Skolskjuts', keywords: ['skolskjuts'] }];

describe('which sentences are about a part (table, own sentences in the genre)', () => {
  it.each<[string, Theme[], string, Record<string, [string, boolean]>]>([
    [
      'a sentence naming two described parts belongs to the one it names most fully',
      described('kontroll av huvudmännens ekonomi och ledning', 'kontroll av ägarnas lämplighet och ekonomi'),
      'Förbundet har synpunkter på flera delar. Kontroll av huvudmännens ekonomi och ledning: förbundet tillstyrker förslaget. Kontroll av ägarnas lämplighet: förbundet avstyrker förslaget.',
      { 'kontroll av huvudmännens ekonomi och ledning': ['supporting', true], 'kontroll av ägarnas lämplighet och ekonomi': ['opposing', true] },
    ],
    [
      'a described part no sentence names whole takes the sentences with its distinctive word',
      described('elektroniska personalliggare i byggbranschen', 'sanktionsavgifter för arbetsgivare'),
      'Förbundet tillstyrker att personalliggare införs. Förbundet avstyrker förslaget om sanktionsavgifter för arbetsgivare.',
      { 'elektroniska personalliggare i byggbranschen': ['supporting', true], 'sanktionsavgifter för arbetsgivare': ['opposing', true] },
    ],
    [
      'but not a sentence that is about another part',
      described('elektroniska personalliggare i byggbranschen', 'personalliggare och sanktionsavgifter'),
      'Förbundet avstyrker förslaget om personalliggare och sanktionsavgifter. Förbundet tillstyrker i övrigt förslaget.',
      // The first part inherits the overall stance (a no to one part and a yes to the rest: the
      // model weighs it between conditional and opposing), whatever that is.
      { 'elektroniska personalliggare i byggbranschen': ['=overall', false], 'personalliggare och sanktionsavgifter': ['opposing', true] },
    ],
    [
      'a part named after "men" with a formal position of its own takes that clause',
      SKOLSKJUTS,
      'Nämnden tillstyrker de flesta ändringarna, men kan inte tillstyrka ändringen om skolskjutsar.',
      { Skolskjuts: ['opposing', true] },
    ],
    [
      'criticism after "men" without a formal position stays a reservation',
      SKOLSKJUTS,
      'Nämnden tillstyrker förslaget, men anser att skolskjutsarna är för dyra.',
      { Skolskjuts: ['conditional', true] },
    ],
    [
      'a "men" clause about another described part is left out',
      described('stöd till lokal energiplanering', 'tidsramar för genomförandet'),
      'Nämnden välkomnar stödet till den lokala energiplaneringen men ser problem med genomförandet.',
      { 'stöd till lokal energiplanering': ['supporting', true] },
    ],
    [
      'a "men" clause that names nothing else is about the part',
      THEMES,
      'Förbundet säger ja till samverkan, men kräver ytterligare överväganden om hur den ska utformas.',
      { Samverkan: ['conditional', true] },
    ],
    [
      'parts named in the "men" clause carry its reservation',
      THEMES,
      'Nämnden är positiv till huvuddragen i förslagen, men anser att det behövs fler överväganden när det gäller samverkan och påverkan.',
      { Samverkan: ['conditional', true], Påverkan: ['conditional', true] },
    ],
    [
      '"till detta" points back to the part just named',
      THEMES,
      'Nämnden tillstyrker förslaget i stort. Utredningen föreslår en gemensam profilering av kommunerna. Nämnden ställer sig avvisande till detta.',
      { Profilering: ['opposing', true] },
    ],
    [
      'also across one sentence that takes no position',
      THEMES,
      'Nämnden tillstyrker förslaget i stort. Utredningen föreslår ett nytt varumärke för regionen. Syftet är att locka fler besökare. Nämnden ställer sig avvisande till detta.',
      { Profilering: ['opposing', true] },
    ],
    [
      'an object put first ("Det ställer sig nämnden tveksam till")',
      THEMES,
      'Nämnden tillstyrker förslaget i stort. Staden föreslås samverka med grannkommunerna om tillsynen. Det ställer sig nämnden tveksam till.',
      { Samverkan: ['opposing', true] },
    ],
    [
      '"Detta" opening a sentence',
      THEMES,
      'Nämnden har synpunkter på förslaget. Utredningen föreslår ett gemensamt varumärke för regionen. Detta välkomnar nämnden.',
      { Profilering: ['supporting', true] },
    ],
    [
      'a position on something else after the part is not about it',
      THEMES,
      'Nämnden tillstyrker förslaget. Utredningen föreslår ett gemensamt varumärke för regionen. Nämnden avstyrker förslaget om nya avgifter för parkering.',
      { Profilering: ['conditional', false] },
    ],
  ])('%s', (_what, themes, text, expected) => {
    const c = classify({ text }, themes);
    for (const [name, [stance, explicit]] of Object.entries(expected)) expect(c.themes[name], name).toMatchObject({ stance: stance === '=overall' ? c.stance : stance, explicit });
  });
});
