import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/classify/classify.ts';
import { findEvidence } from '../../../src/lib/classify/evidenceSet.ts';
import { isRespondentName, respondentName, subjectOf } from '../../../src/lib/classify/subject.ts';
import { tokenize } from '../../../src/lib/classify/tokens.ts';

// Own sentences in the genre, written for these tests (not taken from any yttrande).
// Each row is a step that changes a signal, with the sentence that shows it.
const signalsOf = (text: string, respondent?: string) => findEvidence({ text, respondent }).bodySignals;
const at = (text: string, word: string) => tokenize(text).findIndex((t) => t.w === word);

describe('the subject of a passive stance verb', () => {
  const rows: [string, string, string | undefined, string][] = [
    // [sentence, verb, respondent, expected subject kind]
    ['Medborgarförslaget avslogs av tekniska nämnden.', 'avslogs', 'Mjölby kommun, tekniska nämnden', 'self'],
    ['Motionen avslås av kulturnämnden.', 'avslås', 'Idrottsnämnden', 'named'],
    ['Motionen bör därmed bifallas.', 'bifallas', 'Kommunstyrelsen', 'none'],
    ['Förslagen tillstyrks.', 'tillstyrks', undefined, 'none'],
    // An active verb keeps the word before it as its subject.
    ['Kulturnämnden avstyrker förslaget.', 'avstyrker', 'Idrottsnämnden', 'named'],
    // A body compared with or cited before the verb is not its subject: the respondent after the verb is.
    ['Liksom kommunstyrelsen avstyrker Idrottsnämnden förslaget.', 'avstyrker', 'Idrottsnämnden', 'self'],
    ['I likhet med kommunstyrelsen avstyrker Idrottsnämnden förslaget.', 'avstyrker', 'Idrottsnämnden', 'self'],
    // A verb after a coordinating conjunction shares the main clause's subject.
    ['Arbetsgivarverket har inga synpunkter på tidplanen, men tillstyrker förslaget.', 'tillstyrker', 'Idrottsnämnden', 'named'],
    ['Även Arbetsgivarverket avstår från att yttra sig och tillstyrker ändå förslaget.', 'tillstyrker', 'Idrottsnämnden', 'named'],
    ['Idrottsnämnden har inga synpunkter på tidplanen men tillstyrker förslaget.', 'tillstyrker', 'Idrottsnämnden', 'self'],
    ['Det är en viktig fråga och tillstyrker man förslaget blir det dyrt.', 'tillstyrker', 'Idrottsnämnden', 'none'],
  ];
  for (const [text, verb, resp, kind] of rows) {
    it(`${text} → ${kind}`, () => {
      const tokens = tokenize(text);
      expect(subjectOf(text, tokens, at(text, verb), respondentName(resp)).kind).toBe(kind);
    });
  }

  it('a committee is a body: the sender\'s "utan eget ställningstagande" is not the respondent abstaining', () => {
    const text = 'Kommunstyrelsens arbetsutskott har utan eget ställningstagande skickat planen till nämnderna för synpunkter.';
    expect(subjectOf(text, tokenize(text), at(text, 'utan'), respondentName('Lunds kommun, kulturnämnden')).kind).toBe('named');
    const [abstain] = signalsOf(text, 'Lunds kommun, kulturnämnden').filter((s) => s.kind === 'abstain');
    expect(abstain.eff).toBeLessThan(0.5);
  });

  it.each([
    ['Kommunstyrelsen har remitterat ärendet till nämnden utan eget ställningstagande.', false],
    ['Ärendet har remitterats utan eget ställningstagande.', false],
    ['Remissen har skickats ut utan ställningstagande från kommunstyrelsen.', false],
    // The respondent sending the matter on without a position of its own does abstain.
    ['Kulturnämnden överlämnar ärendet utan eget ställningstagande.', true],
  ])('a matter sent "utan eget ställningstagande" is the sender\'s abstention: %s → the respondent\'s: %s', (text, own) => {
    const [abstain] = signalsOf(text, 'Lunds kommun, kulturnämnden').filter((s) => s.kind === 'abstain');
    expect(abstain.eff >= 0.9).toBe(own);
  });

  it('"inga synpunkter på förslaget i övrigt" adds nothing to what was said: no abstention', () => {
    expect(signalsOf('Nämnden har inga synpunkter på promemorian i övrigt.').some((s) => s.kind === 'abstain')).toBe(false);
    expect(signalsOf('Nämnden har inga synpunkter på promemorian.').some((s) => s.kind === 'abstain')).toBe(true);
  });

  it('counts a passive no by the respondent as its own', () => {
    const own = signalsOf('Medborgarförslaget avslogs av tekniska nämnden.', 'Mjölby kommun, tekniska nämnden').filter((s) => s.kind === 'oppose');
    expect(own.length).toBe(1);
    expect(own[0].other).toBeUndefined();
    expect(own[0].eff).toBeGreaterThanOrEqual(1);
  });
});

describe('a respondent name with one letter wrong', () => {
  const r = respondentName('Umeå kommun, stadsledningskontoret');
  it.each([
    ['statsledningskontoret', true],
    ['stadsledningskontoret', true],
    ['stadsbyggnadskontoret', false],
    ['kulturnämnden', false],
  ])('%s → %s', (w, yes) => expect(isRespondentName(r, w)).toBe(yes));
});

describe('a word that changes meaning with the word after it', () => {
  it('"ska utgå" is a removal (a no), "ska utgå från" is not', () => {
    expect(signalsOf('Bestämmelsen om särskild avgift ska utgå.').some((s) => s.kind === 'oppose')).toBe(true);
    expect(signalsOf('Arbetet ska utgå från bästa tillgängliga kunskap.').some((s) => s.kind === 'oppose')).toBe(false);
  });
});

describe('a stance limited to some parts', () => {
  it('"avstyrker förslagen i de delar ..." is a stance on parts, not on the whole', () => {
    const [no] = signalsOf('Förbundet avstyrker förslagen i de delar som går längre än direktivet kräver.', 'Förbundet').filter((s) => s.kind === 'oppose');
    expect(no.part).toBe(true);
    expect(no.whole).toBeUndefined();
  });
  it('"avstyrker förslaget" alone is a stance on the whole', () => {
    const [no] = signalsOf('Förbundet avstyrker förslaget.', 'Förbundet').filter((s) => s.kind === 'oppose');
    expect(no.part).toBeUndefined();
    expect(no.whole).toBe(true);
  });
});

describe('comments and requirements', () => {
  it.each([
    ['Nämnden tillstyrker förslaget men vill påpeka att tidplanen är snäv.', true],
    ['Nämnden har följande synpunkter på förslaget.', true],
    ['Nämnden tillstyrker förslaget under förutsättning att det finansieras.', false],
    ['Förvaltningen saknar en analys av kostnaderna.', false],
  ])('%s → comment %s', (text, comment) => {
    const cond = signalsOf(text).filter((s) => s.kind === 'condition');
    expect(cond.length).toBeGreaterThan(0);
    expect(cond.every((s) => (s.comment === true) === comment)).toBe(true);
  });
});

describe('a word that changes meaning with the word before it', () => {
  it('"remitterats för synpunkter" asks for comments, it gives none', () => {
    expect(signalsOf('Ärendet har för synpunkter remitterats till stadsdelsnämnderna.').some((s) => s.kind === 'condition')).toBe(false);
    expect(signalsOf('Nämnden har synpunkter på tidplanen.').some((s) => s.kind === 'condition')).toBe(true);
  });
});

describe('the object of a stance verb with its subject after it', () => {
  it('"tillstyrker Stockholms universitet samtliga förslag" is a yes to the whole, not to a part', () => {
    const [yes] = signalsOf('Därför tillstyrker Stockholms universitet samtliga förslag.', 'Stockholms universitet').filter((s) => s.kind === 'support');
    expect(yes.part).toBeUndefined();
  });
  it.each([
    ['Nämnden tillstyrker inte förslaget.', true],
    ['Nämnden bifaller därför inte motionen.', true],
    ['Nämnden tillstyrker inte förslaget om avgifter.', false],
  ])('a negated formal verb keeps its object: %s → a no to the whole: %s', (text, whole) => {
    const [no] = signalsOf(text).filter((s) => s.kind === 'oppose');
    expect(no.whole === true).toBe(whole);
    expect(no.part === true).toBe(!whole);
  });
  it.each([
    ['Regionen avstyrker förslaget i dess nuvarande utformning.', true],
    ['Regionen avstyrker förslaget i nuvarande form.', true],
    ['Regionen avstyrker förslaget i avsnitt 5.', false],
  ])('"i dess nuvarande form" is the proposal as it stands: %s → whole: %s', (text, whole) => {
    const [no] = signalsOf(text).filter((s) => s.kind === 'oppose');
    expect(no.whole === true).toBe(whole);
  });
  it('"säger ja till förslaget" is a yes to the whole; "säger nej till förslaget om avgifter" a no to a part', () => {
    const [yes] = signalsOf('Regionen säger ja till förslaget.').filter((s) => s.kind === 'support');
    expect(yes.whole).toBe(true);
    const [no] = signalsOf('Regionen säger nej till förslaget om avgifter.').filter((s) => s.kind === 'oppose');
    expect(no.part).toBe(true);
  });
  it.each([
    ['Nämnden ställer sig positiv till förslaget.', 'support', true],
    ['Nämnden ställer sig positiv till förslaget om nya taxor.', 'support', false],
    ['Nämnden föreslår kommunstyrelsen att bifalla medborgarförslaget.', 'support', true],
  ])('the object after an attitude and "till", and a medborgarförslag as the proposal: %s → whole: %s', (text, kind, whole) => {
    const [sig] = signalsOf(text).filter((s) => s.kind === kind && s.weight >= 1.2);
    expect(sig.whole === true).toBe(whole);
    expect(sig.part === true).toBe(!whole);
  });
  it('"inte bör genomföras i nuvarande form" is no part of the proposal', () => {
    const [no] = signalsOf('Regionen anser att förslaget inte bör genomföras i nuvarande form.').filter((s) => s.kind === 'oppose');
    expect(no.part).toBeUndefined();
  });
  it('"tillstyrker universitetet förslaget om ..." is still a part', () => {
    const [yes] = signalsOf('Därför tillstyrker universitetet förslaget om ändrade antagningsregler.', 'Stockholms universitet').filter((s) => s.kind === 'support');
    expect(yes.part).toBe(true);
  });
});

describe('questions and near-negations', () => {
  it('a question asks for a position, it takes none', () => {
    const [q] = signalsOf('Bör förbundet stödja förslaget om ett samlat anslag?').filter((s) => s.kind === 'support');
    const [a] = signalsOf('Förbundet stödjer förslaget om ett samlat anslag.').filter((s) => s.kind === 'support');
    expect(q.eff).toBeLessThan(a.eff * 0.2);
  });
  it('"knappast" negates like "inte"', () => {
    expect(signalsOf('Förslaget kan knappast tillstyrkas.').some((s) => s.kind === 'oppose')).toBe(true);
    expect(signalsOf('Förslaget kan tillstyrkas.').some((s) => s.kind === 'oppose')).toBe(false);
  });
});

describe('review reasons that do not rest on confidence', () => {
  it('a yes only to a part is reviewed: is the proposal itself supported?', () => {
    const c = classify({ text: 'Nämnden tillstyrker förslaget om en gemensam nomineringskommitté.' }, []);
    expect(c.stance).toBe('supporting');
    expect(c.reviewReasons).toContain('partial-yes');
    const whole = classify({ text: 'Nämnden tillstyrker förslaget.' }, []);
    expect(whole.reviewReasons).not.toContain('partial-yes');
  });
  it('a formal no, however discounted, stands in the way of an unreviewed yes', () => {
    const c = classify({ text: 'Ärendet remitterades till tekniska nämnden som avslog motionen, men tycker att förslaget är bra.', respondent: 'Tekniska nämnden' }, []);
    if (c.stance === 'supporting' || c.stance === 'none') expect(c.reviewReasons).toContain('opposition-present');
  });
});

describe('past forms of the stance verbs', () => {
  it.each([
    ['Nämnden avslog motionen.', 'oppose'],
    ['Nämnden biföll motionen.', 'support'],
    ['Styrelsen godkände förslaget.', 'support'],
    ['Förbundet motsatte sig förslaget.', 'oppose'],
    ['Kommunen stödde förslaget.', 'support'],
  ])('%s → %s', (text, kind) => expect(signalsOf(text).some((s) => s.kind === kind)).toBe(true));
  it('"har stött på problem" is not support', () => {
    expect(signalsOf('Förvaltningen har stött på problem i genomförandet.').some((s) => s.kind === 'support')).toBe(false);
  });
  it.each([
    ['Eleverna ska ges adekvat stöd enligt skollagen.'],
    ['Analysen ger tillräckligt stöd för slutsatsen.'],
    ['Staten ger ekonomiskt stöd till kommunerna.'],
  ])('"%s": stöd as help or grounds is not support', (text) => expect(signalsOf(text).some((s) => s.kind === 'support')).toBe(false));
  it("the respondent's own stance in the perfect is its position, not a report; another body's stays a report", () => {
    const yes = (text: string, respondent: string) => signalsOf(text, respondent).find((s) => s.kind === 'support')!;
    for (const text of ['Läkarförbundet har ställt sig bakom flera av förslagen i betänkandet.', 'Vi har ställt oss bakom flera av förslagen i betänkandet.']) {
      const own = yes(text, 'Sveriges läkarförbund');
      expect(own.muted).toBeFalsy();
      expect(own.eff).toBeGreaterThan(0.8);
    }
    // An earlier occasion stays a report: the position may have changed since.
    expect(yes('Läkarförbundet har tidigare ställt sig bakom en liknande reform.', 'Sveriges läkarförbund').eff).toBeLessThan(0.5);
    expect(yes('Läkarförbundet har ställt sig bakom reformen 2019.', 'Sveriges läkarförbund').eff).toBeLessThan(0.5);
    // A generic body word may be another body's: "Länsstyrelsen har tillstyrkt" in a kommun's answer.
    expect(yes('Länsstyrelsen har tillstyrkt planen.', 'Kommunstyrelsen').eff).toBeLessThan(0.5);
    const other = yes('Kulturnämnden har tillstyrkt förslaget.', 'Idrottsnämnden');
    expect(other.eff).toBeLessThan(0.3);
    // Without a subject it may be anyone's earlier position: still a report.
    expect(yes('Förslaget har tidigare tillstyrkts av flera.', 'Idrottsnämnden').eff).toBeLessThan(0.8);
  });
  it('"ger sitt stöd till", "ger vårt fulla stöd": endorsement is support', () => {
    expect(signalsOf('Regionen ger sitt stöd till förslaget.').some((s) => s.kind === 'support')).toBe(true);
    expect(signalsOf('Vi ger vårt fulla stöd till reformen.').some((s) => s.kind === 'support')).toBe(true);
  });
});

describe('the decision formula', () => {
  it.each([
    ['Motionen antas.', 'support'],
    ['Medborgarförslaget om en ny lekplats genomförs.', 'support'],
    ['En motion om att inrätta en plats för minnestavlor antas genom att kommunen avsätter mark.', 'support'],
    ['Framställan beviljas.', 'support'],
    ['Motionen antas inte.', 'oppose'],
  ])('%s → %s', (text, kind) => expect(signalsOf(text).some((s) => s.kind === kind && s.eff > 0)).toBe(true));
  it.each([
    ['Det antas att kostnaderna stiger.'],
    ['Utbildningen genomförs under hösten.'],
    ['Förslaget innebär att tillsynen, som i dag genomförs av kommunerna, flyttas.'],
  ])('%s → nothing', (text) => expect(signalsOf(text).some((s) => s.kind === 'support')).toBe(false));
});

describe('a generic body name in its own answer', () => {
  it('"Stadsdelsnämnden tillstyrker" in Kungsholmens stadsdelsnämnd’s answer is the respondent', () => {
    const text = 'Stadsdelsnämnden tillstyrker förslaget.';
    expect(subjectOf(text, tokenize(text), 1, respondentName('Kungsholmens stadsdelsnämnd')).kind).toBe('self');
  });
  it('in a fackförvaltning’s answer it is another body', () => {
    const text = 'Stadsdelsnämnden tillstyrker förslaget.';
    expect(subjectOf(text, tokenize(text), 1, respondentName('Trafiknämnden')).kind).toBe('named');
  });
});

describe('a negated opinion on the proposal itself', () => {
  const rows: [string, boolean][] = [
    // [sentence, a whole no]
    ['Nämnden anser inte att förslaget är genomförbart i sin nuvarande form.', true],
    ['Vi anser däremot inte att detta förslag leder till bättre villkor.', true],
    ['Därför anser vi inte att delbetänkandet kan läggas till grund för lagstiftning.', true],
    // Asking for no change is a yes; a clause about something else is no verdict on the proposal.
    ['Nämnden anser inte att förslaget behöver ändras.', false],
    ['Nämnden anser inte att kostnaderna är rimligt beräknade.', false],
  ];
  for (const [text, whole] of rows) {
    it(`${text} → ${whole ? 'whole no' : 'not a whole no'}`, () => {
      const no = signalsOf(text).filter((s) => s.kind === 'oppose' && text.slice(s.start, s.end).endsWith('inte att'));
      expect(no.length).toBe(1);
      expect(no[0].whole === true).toBe(whole);
    });
  }
});

describe('a yes given in spite of the reservations', () => {
  const yesEff = (text: string) => signalsOf(text).find((s) => s.kind === 'support')?.eff ?? 0;
  it.each([['Trots detta tillstyrker nämnden förslaget.'], ['Dessa frågor till trots tillstyrker nämnden förslaget.']])('%s counts as a concluding verdict (×1.4)', (text) => {
    expect(yesEff(text) / yesEff('Nu tillstyrker nämnden förslaget.')).toBeCloseTo(1.4, 5);
  });
});

describe('the body that proposes what an att-clause decides', () => {
  const rows: [string, string, string, string][] = [
    // [sentence, verb, respondent, expected subject kind]
    ['Ledningskontoret föreslår att motionen avslås.', 'avslås', 'Tekniska nämnden', 'named'],
    ['Tekniska nämnden föreslår att motionen avslås.', 'avslås', 'Tekniska nämnden', 'self'],
    ['Därför föreslår Kulturförvaltningen att kommunfullmäktige bifaller motionen.', 'bifaller', 'Idrottsnämnden', 'named'],
    // Not a proposing verb: the att-clause has no subject of its own.
    ['Nämnden anser att motionen bör avslås.', 'avslås', 'Tekniska nämnden', 'none'],
  ];
  for (const [text, verb, resp, kind] of rows) {
    it(`${text} → ${kind}`, () => expect(subjectOf(text, tokenize(text), at(text, verb), respondentName(resp)).kind).toBe(kind));
  }
  it('another office proposing "anses besvarad" is not the respondent abstaining', () => {
    const [abstain] = signalsOf('Ledningskontoret föreslår att medborgarförslaget ska anses besvarat.', 'Tekniska nämnden').filter((s) => s.kind === 'abstain');
    expect(abstain.eff).toBeLessThan(0.5);
  });
});

describe('a stance verb naming a role or a power', () => {
  const yes = (text: string) => signalsOf(text).find((s) => s.kind === 'support');
  it.each([
    ['En nationell aktör får i uppgift att godkänna varje konstruktion.'],
    ['Länsstyrelsen får rätt att avslå sådana ansökningar.'],
  ])('%s → a subordinate, muted stance', (text) => {
    const s = signalsOf(text).find((x) => x.kind === 'support' || x.kind === 'oppose');
    expect(s?.muted).toBe(true);
  });
  it('"har inte möjlighet att tillstyrka förslaget" stays the respondent\'s own no', () => {
    const no = signalsOf('Nämnden har inte möjlighet att tillstyrka förslaget.').find((s) => s.kind === 'oppose');
    expect(no?.muted).toBeUndefined();
    expect(no!.eff).toBeGreaterThan(1);
  });
  it('"tillstyrker förslaget" itself is not a role', () => expect(yes('Nämnden tillstyrker förslaget.')?.muted).toBeUndefined());
});

describe('welcoming that the matter is acted on, not what is proposed', () => {
  it.each([
    ['Förbundet välkomnar att regeringen agerar i frågan.', true],
    ['Regionen ser positivt på att departementet uppmärksammar problemet.', true],
    ['Vi motsätter oss inte att tillståndskravet tas bort.', false],
    ['Nämnden välkomnar att frågan tas upp.', true],
  ])('%s → a yes to the aim only: %s', (text, aim) => {
    const s = signalsOf(text).find((x) => x.kind === 'support' || x.kind === 'agree');
    expect(s).toBeDefined();
    expect(s!.kind === 'agree' && s!.muted === true).toBe(aim);
  });
});

describe('"samtliga/alla" with the proposal\'s parts is the whole', () => {
  it.each([
    ['Nämnden tillstyrker samtliga föreslagna förändringar.', true],
    ['Nämnden tillstyrker alla förslag i promemorian.', true],
    ['Nämnden tillstyrker samtliga kommuners deltagande.', false],
  ])('%s → whole: %s', (text, whole) => {
    const [yes] = signalsOf(text).filter((s) => s.kind === 'support');
    expect(yes.whole === true).toBe(whole);
  });
});

describe('"om" asking whether is no condition', () => {
  const qualifiers = (text: string) => signalsOf(text).filter((s) => s.kind === 'qualifier' && text.slice(s.start, s.end).startsWith('om'));
  it.each([
    ['Nämnden är positiv till att verket undersöker hur tillsynen kan samordnas och om det kan ske genom avtal.', 0],
    ['Regionen tillstyrker att man utreder om det finns behov av fler platser.', 0],
    ['Nämnden tillstyrker förslaget om det finansieras av staten.', 1],
    ['Nämnden tillstyrker förslaget, om staten tar kostnaderna.', 1],
  ])('%s → %i if-clauses', (text, n) => expect(qualifiers(text).length).toBe(n));
});

describe('a condition whose subject is others', () => {
  const cond = (text: string) => signalsOf(text).find((s) => s.kind === 'condition')?.eff ?? 0;
  it('"Många efterfrågar ..." weighs less than "Nämnden efterfrågar ..."', () => {
    expect(cond('Många efterfrågar en tidigare öppning av badet.')).toBeLessThan(cond('Nämnden efterfrågar en tidigare öppning av badet.') * 0.6);
  });
});

describe('a campaign against the proposal', () => {
  it('"har arbetat för att stoppa förslaget" is the respondent\'s own no, not a muted purpose clause', () => {
    const no = signalsOf('Förbundet har länge arbetat för att stoppa förslaget.').filter((s) => s.kind === 'oppose' && !s.muted);
    expect(no.length).toBe(1);
  });
  it('"arbetar för att förhindra ensamhet" is no stance on a proposal', () => {
    expect(signalsOf('Nämnden arbetar för att förhindra ensamhet bland äldre.').some((s) => s.kind === 'oppose')).toBe(false);
  });
});

describe('a stance participle describing a thing', () => {
  const stance = (text: string) => signalsOf(text).filter((s) => s.kind === 'support' || s.kind === 'oppose');
  it.each([
    ['Kommunen har enligt det godkända avtalet ansvar för hamnen.'],
    ['Planen bygger på en tidigare antagen strategi.'],
    ['Sökanden har fått en avslagen ansökan prövad igen.'],
  ])('%s → no stance', (text) => expect(stance(text)).toEqual([]));
  it('"Nämnden godkänner avtalet" is still a yes', () => expect(stance('Nämnden godkänner avtalet.').map((s) => s.kind)).toEqual(['support']));
  it.each([['Föreskrifterna gäller ansökan om godkännande av fasta installationer.'], ['Godkännande av uppdragshandling för ledningsgruppen.']])(
    '%s → the noun names a procedure, no stance',
    (text) => expect(stance(text)).toEqual([]),
  );
  it('"Nämnden ger sitt godkännande till planen" is a yes', () => expect(stance('Nämnden ger sitt godkännande till planen.').some((s) => s.kind === 'support')).toBe(true));
  it.each([['Länsstyrelsen ansvarar för godkännandeprocessen.'], ['Ägaren ska visa upp godkännandebeviset vid besiktningen.']])(
    '%s → a compound noun names a thing, no stance',
    (text) => expect(stance(text)).toEqual([]),
  );
});

describe("'som' of a predicative is not a relative clause", () => {
  const yes = (text: string) => signalsOf(text).find((s) => s.kind === 'agree' || s.kind === 'support')?.weight ?? 0;
  it.each([['Förslagen framstår som väl avvägda.'], ['Nämnden betraktar förslagen i stort som väl avvägda.'], ['Förslagen uppfattas som väl avvägda.']])(
    '%s weighs as "Förslagen är väl avvägda"',
    (text) => expect(yes(text)).toBeCloseTo(yes('Förslagen är väl avvägda.'), 5),
  );
  it('"ett verktyg som stöder barnen" stays a subordinate clause', () => expect(yes('Nämnden köper in ett verktyg som stöder barnen.')).toBeLessThan(0.5));
});

describe('agreeing with a statement, the one agreed with named', () => {
  const agree = (text: string) => signalsOf(text).find((s) => s.kind === 'agree')!.weight;
  it('"håller med utredningen om att ..." weighs as "håller med om att ...", less than "håller med utredningen"', () => {
    expect(agree('Förbundet håller med utredningen om att problemen är stora.')).toBeCloseTo(agree('Förbundet håller med om att problemen är stora.'), 5);
    expect(agree('Förbundet håller med utredningen om att problemen är stora.')).toBeLessThan(agree('Förbundet håller med utredningen.'));
  });
});

describe("the proposer's reasons, and what others are said to think", () => {
  const strongest = (text: string) => Math.max(0, ...signalsOf(text, 'Kommunstyrelsen').map((s) => s.eff));
  it.each([
    ['Bakgrunden till medborgarförslaget är att det är för sent att börja i maj.'],
    ['Syftet med utredningens förslag är att staten ska stödja kommunerna.'],
    ['Motiveringen till motionen är att en mötesplats vid torget är olämplig.'],
    ['Enligt motionärerna är en ny plan ett bra redskap.'],
  ])('%s → weighs as a description', (text) => expect(strongest(text)).toBeLessThan(0.2));
  it.each([['Skälet för det är att förslaget är ett bra redskap.'], ['Enligt nämndens bedömning är förslaget ett bra redskap.'], ['Syftet med förslaget är ett bra och välkommet steg.']])(
    "%s → the respondent's own reason keeps its weight",
    (text) => expect(strongest(text)).toBeGreaterThan(0.5),
  );
});

describe("adopting another body's comments", () => {
  const kinds = (text: string) => signalsOf(text, 'Förbundet').map((s) => s.kind);
  it('"stödjer i allt väsentligt de synpunkter som SKR framför" refers to that answer, no yes of its own', () => {
    expect(kinds('I övrigt stödjer Förbundet i allt väsentligt de synpunkter som framförs i SKR:s remissvar.')).not.toContain('support');
    expect(kinds('Förbundet instämmer i de synpunkter som Länsstyrelsen har lämnat.')).not.toContain('agree');
  });
  it('"ställer sig bakom rapporten med de synpunkter som följer" stays a yes to the proposal', () => {
    expect(kinds('Förbundet ställer sig bakom rapporten med de synpunkter som framgår nedan.')).toContain('support');
  });
});

describe('a quotation attributed to another speaker', () => {
  const yes = (text: string, respondent: string) => signalsOf(text, respondent).find((s) => s.kind === 'support')?.eff ?? 0;
  const report = (speaker: string) => `Flera svar har kommit in. ”Oklart om finansieringen, men positiv till förslagen. Uppföljningen blir viktig”, skriver ${speaker}. Myndigheten har inte svarat än.`;
  it('is that speaker\'s view, however many sentences it spans', () => {
    expect(yes(report('Kramfors kommun'), 'Försäkringskassan')).toBeLessThan(0.3);
    expect(yes(report('SKR i sitt svar'), 'Försäkringskassan')).toBeLessThan(0.3);
  });
  it('the respondent quoted, or a speaker the words do not name, keeps the yes', () => {
    expect(yes(report('myndigheten'), 'Försäkringskassan')).toBeGreaterThan(0.9);
    expect(yes(report('Försäkringskassan'), 'Försäkringskassan')).toBeGreaterThan(0.9);
    expect(yes(report('man i svaret'), 'Försäkringskassan')).toBeGreaterThan(0.9);
  });
  it('a stray quotation mark never silences the rest of the text', () => {
    const text = 'Begreppet ”normalt arbete används i dag. Nämnden har läst förslaget. Nämnden beskriver läget. Nämnden har synpunkter. Nämnden tillstyrker förslaget. Övrigt”, skriver Kramfors kommun.';
    expect(yes(text, 'Nämnden')).toBeGreaterThan(0.9);
  });
});

describe('agreeing with the sentence before', () => {
  const agree = (text: string) => signalsOf(text, 'Förbundet').find((s) => s.kind === 'agree')?.eff ?? 0;
  it('"delar den uppfattningen" after the inquiry\'s view is a yes; after the law\'s history, agreement with that', () => {
    const after = (before: string) => agree(`${before} Förbundet delar den uppfattningen.`);
    expect(after('I promemorian görs bedömningen att reglerna behöver ändras.')).toBeGreaterThan(0.5);
    expect(after('I lagens förarbeten från 1982 anges att samverkan är nödvändig.')).toBeLessThan(0.3);
  });
});
