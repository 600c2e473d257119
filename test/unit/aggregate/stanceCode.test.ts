import { describe, expect, it } from 'vitest';
import { EXPLICIT_BIT, OVERRIDDEN_BIT, codeStance, themeStanceCode } from '../../../src/lib/aggregate/stanceCode.ts';
import { swedishRanks } from '../../../src/lib/aggregate/swedishOrder.ts';
import { effectiveThemeStance } from '../../../src/lib/domain/effective.ts';
import { STANCES, type Stance } from '../../../src/lib/domain/types.ts';
import { rec } from './records.ts';

describe('themeStanceCode', () => {
  // Every combination of machine stance, theme entry, overall override and theme override.
  const cases: [string, ReturnType<typeof rec>][] = [];
  for (const stance of STANCES)
    for (const theme of [null, ...STANCES.flatMap((s) => [[s, true], [s, false]] as [Stance, boolean][])])
      for (const overall of [undefined, ...STANCES])
        for (const themeOverride of [undefined, 'opposing' as const])
          cases.push([
            `${stance} ${JSON.stringify(theme)} ${overall} ${themeOverride}`,
            rec({ respondent: 'X', stance, themes: theme ? { T: theme } : {}, overall, themeOverrides: themeOverride ? { T: themeOverride } : {} }),
          ]);

  it(`agrees with effectiveThemeStance in all ${cases.length} combinations`, () => {
    for (const [name, r] of cases) {
      const code = themeStanceCode(r, 'T');
      expect({ stance: codeStance(code), explicit: (code & EXPLICIT_BIT) !== 0, overridden: (code & OVERRIDDEN_BIT) !== 0 }, name)
        .toEqual(effectiveThemeStance(r, 'T'));
    }
  });
});

describe('swedishRanks', () => {
  const order = (names: string[]) => {
    const ranks = swedishRanks(names);
    return names.slice().sort((a, b) => ranks.get(a)! - ranks.get(b)!);
  };
  it('ranks names in Swedish order', () => expect(order(['Ö', 'Å', 'Z', 'Ä', 'a'])).toEqual(['a', 'Z', 'Å', 'Ä', 'Ö']));
  it('stays consistent when new names are merged in later', () => {
    order(['Bromma', 'Östermalm']);
    expect(order(['Östermalm', 'Älvsjö', 'Bromma', 'Aspudden', 'Zinkensdamm'])).toEqual(['Aspudden', 'Bromma', 'Zinkensdamm', 'Älvsjö', 'Östermalm']);
  });
});
