import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/lib/classify/index.ts';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['splits at a full stop before a capital', 'Nämnden tillstyrker. Förvaltningen instämmer.', ['Nämnden tillstyrker.', 'Förvaltningen instämmer.']],
    ['keeps t.ex. and bl.a. inside the sentence', 'Vi ser t.ex. Bibliotek och bl.a. Skolor som viktiga. Nästa mening.', ['Vi ser t.ex. Bibliotek och bl.a. Skolor som viktiga.', 'Nästa mening.']],
    ['keeps kap. and § references together', 'Enligt 1 kap. 8 § Lagen gäller det. Sedan mer.', ['Enligt 1 kap. 8 § Lagen gäller det.', 'Sedan mer.']],
    ['keeps dnr, jfr, ca, nr, resp. and enl. inside', 'Se dnr. 12 och jfr. Avsnitt 3, ca. 40 st. Kronor, nr. 5 resp. 6 enl. Planen. Slut.', ['Se dnr. 12 och jfr. Avsnitt 3, ca. 40 st. Kronor, nr. 5 resp. 6 enl. Planen.', 'Slut.']],
    ['does not split decimal numbers like 2016.09 or 1.2', 'Beslut 2016.09 enligt punkt 1.2 i planen. Nästa.', ['Beslut 2016.09 enligt punkt 1.2 i planen.', 'Nästa.']],
    ['does not end a sentence at a list number', '1. Nämnden tillstyrker förslaget.\n2. Nämnden överlämnar svaret.', ['1. Nämnden tillstyrker förslaget.', '2. Nämnden överlämnar svaret.']],
    ['ends m.m. only before a capital', 'Skolor, bibliotek m.m. ska ingå. Parker m.m. Nästa mening.', ['Skolor, bibliotek m.m. ska ingå.', 'Parker m.m.', 'Nästa mening.']],
    ['makes a heading on its own line a segment', 'Förvaltningens synpunkter\nFörvaltningen tillstyrker förslaget.', ['Förvaltningens synpunkter', 'Förvaltningen tillstyrker förslaget.']],
    ['joins a line wrapped in the middle of a sentence', 'Förvaltningen tillstyrker\nförslaget i sin helhet.', ['Förvaltningen tillstyrker\nförslaget i sin helhet.']],
    ['splits at a blank line', 'Bakgrund\n\nText utan punkt\n\nMer text.', ['Bakgrund', 'Text utan punkt', 'Mer text.']],
    ['splits at question and exclamation marks', 'Är det bra? Ja! Klart.', ['Är det bra?', 'Ja!', 'Klart.']],
    ['keeps a closing quote with its sentence', 'Vi skriver: "Förslaget är bra." Sedan mer.', ['Vi skriver: "Förslaget är bra."', 'Sedan mer.']],
    ['returns nothing for empty or blank text', '  \n\t ', []],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it('gives offsets into the original text for every segment', () => {
    const inputs = ['  Inledning\n\nNämnden tillstyrker. Bl.a. mer.  ', 'a. b. C. d', '1. Ett.\n2. Två.', '"Citat." Sedan.'];
    for (const t of inputs) for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });

  it('cuts a text without any punctuation into bounded segments', () => {
    const t = 'ord '.repeat(5000);
    const segs = splitSentences(t);
    expect(segs.length).toBeGreaterThan(5);
    expect(Math.max(...segs.map((s) => s.text.length))).toBeLessThan(7000);
  });
});
