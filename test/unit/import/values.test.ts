import { describe, expect, it } from 'vitest';
import { parseStance } from '../../../src/lib/import/index.ts';
import { parseKind } from '../../../src/lib/import/values.ts';

describe('parseStance', () => {
  it.each([
    ['Tillstyrker', 'supporting'],
    ['tillstyrker förslaget', 'supporting'],
    ['Stöder', 'supporting'],
    ['JA', 'supporting'],
    ['positiv', 'supporting'],
    ['supporting', 'supporting'],
    ['Tillstyrker med villkor', 'conditional'],
    ['Tillstyrker med synpunkter', 'conditional'],
    ['med synpunkter', 'conditional'],
    ['villkor', 'conditional'],
    ['conditional', 'conditional'],
    ['Avstyrker', 'opposing'],
    ['nej', 'opposing'],
    ['Emot', 'opposing'],
    ['kan inte tillstyrka', 'opposing'],
    ['opposing', 'opposing'],
    ['Ingen ställning', 'none'],
    ['Avstår', 'none'],
    ['avstår från att yttra sig', 'none'],
    ['Inget yttrande', 'none'],
    ['none', 'none'],
  ])('%j → %s', (input, stance) => {
    expect(parseStance(input)).toBe(stance);
  });

  it('gives null for an empty cell and undefined for a value it does not understand', () => {
    expect(parseStance('  ')).toBeNull();
    expect(parseStance('kanske')).toBeUndefined();
  });
});

describe('parseKind', () => {
  it.each([
    ['Stadsdelsnämnd', 'stadsdelsnamnd'],
    ['SDN', 'stadsdelsnamnd'],
    ['facknämnd', 'facknamnd'],
    ['Bolagsstyrelse', 'bolagsstyrelse'],
    ['bolag', 'bolagsstyrelse'],
    ['Övrig', 'ovrig'],
    ['ovrig', 'ovrig'],
  ])('%j → %s', (input, kind) => {
    expect(parseKind(input)).toBe(kind);
  });
  it('gives undefined for an unknown kind', () => {
    expect(parseKind('kommun')).toBeUndefined();
  });
});
