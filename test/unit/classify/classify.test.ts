import { describe, expect, it } from 'vitest';
import { REVIEW_THRESHOLD } from '../../../src/lib/classify/model.ts';
import { classify } from '../../../src/lib/classify/index.ts';
import type { Stance } from '../../../src/lib/domain/types.ts';

const stanceOf = (text: string, decision?: string) => classify({ text, decision }, []).stance;

// Own sentences in the genre (not taken from any real yttrande).
const CASES: [string, string, Stance][] = [
  // support family
  ['tillstyrker', 'Kulturförvaltningen tillstyrker förslaget till lokal plan.', 'supporting'],
  ['ställer sig bakom', 'Bolaget ställer sig bakom den föreslagna ordningen.', 'supporting'],
  ['ställer sig därför bakom (adverb inside)', 'Nämnden ställer sig därför bakom programmet.', 'supporting'],
  ['ställer sig positiv till', 'Förvaltningen ställer sig positiv till handlingsplanen.', 'supporting'],
  ['ser positivt på', 'Kontoret ser mycket positivt på den nya modellen.', 'supporting'],
  ['är positiva till', 'Vi är positiva till att förslaget genomförs.', 'supporting'],
  ['välkomnar', 'Föreningen välkomnar utredningens förslag.', 'supporting'],
  ['passive välkomnas', 'Förslaget om gemensam taxa välkomnas.', 'supporting'],
  ['instämmer i', 'Styrelsen instämmer i utredningens förslag om ny taxa.', 'supporting'],
  ['delar bedömningen', 'Förvaltningen delar utredningens bedömning i denna del.', 'supporting'],
  ['stöder', 'Förbundet stöder förslaget om en gemensam plattform.', 'supporting'],
  ['godkänner the plan', 'Nämnden godkänner förslaget till trafikstrategi.', 'supporting'],
  ['inget att erinra', 'Myndigheten har inget att erinra mot förslaget.', 'supporting'],
  ['inget att invända', 'Kontoret har inget att invända mot de föreslagna ändringarna.', 'supporting'],
  ['inga invändningar', 'Vi har inga invändningar mot promemorians förslag.', 'supporting'],
  ['håller med', 'Förbundet håller med utredningen om de övergripande slutsatserna.', 'supporting'],
  ['i huvudsak without reservation stays supporting', 'Förvaltningen ställer sig i huvudsak bakom strategin.', 'supporting'],
  ['negated opposition: motsätter sig inte', 'Nämnden motsätter sig inte förslaget.', 'supporting'],
  ['negated opposition: ingen anledning att motsätta sig', 'Länsstyrelsen ser ingen anledning att motsätta sig ändringen.', 'supporting'],
  ['förutsättning about benefits is not a condition', 'Förvaltningen är positiv till förslaget. Det är en förutsättning för fortsatt digital utveckling i kommunen.', 'supporting'],
  // conditional family
  ['under förutsättning att', 'Nämnden tillstyrker förslaget under förutsättning att staten finansierar reformen.', 'conditional'],
  ['förutsätter att', 'Förvaltningen ställer sig bakom planen men förutsätter att kostnaderna täcks.', 'conditional'],
  ['med följande synpunkter', 'Förvaltningen tillstyrker remissen med följande synpunkter.', 'conditional'],
  ['välkomnar men betonar vikten av', 'Kontoret välkomnar förslaget men betonar vikten av långsiktig finansiering.', 'conditional'],
  ['dock in a later sentence', 'Nämnden är positiv till strategin. Nämnden vill dock påpeka att uppföljningen är otydlig.', 'conditional'],
  ['samtidigt efterfrågar', 'Förvaltningen ser positivt på förslaget. Samtidigt efterfrågar förvaltningen en tydligare ansvarsfördelning.', 'conditional'],
  ['saknar', 'Förbundet stöder inriktningen. Förbundet saknar dock en analys av konsekvenserna för små kommuner.', 'conditional'],
  ['bör kompletteras', 'Nämnden tillstyrker planen. Planen bör kompletteras med mätbara mål.', 'conditional'],
  ['i huvudsak + men synpunkter', 'Förvaltningen har i huvudsak inget att erinra, men har synpunkter på genomförandet.', 'conditional'],
  ['till stora delar med undantag', 'Förbundet tillstyrker till stora delar förslaget med några undantag.', 'conditional'],
  ['mixed parts: yes to one, no to another', 'Nämnden tillstyrker förslaget om gemensam upphandling. Nämnden avstyrker däremot förslaget om central bemanning. Nämnden välkomnar även satsningen på utbildning.', 'conditional'],
  ['hypothetical rejection with acceptance', 'Föreningen kan acceptera en höjd avgift om intäkterna går till underhåll. Om avgiften i stället går till statskassan avvisar föreningen förslaget.', 'conditional'],
  // opposing family
  ['avstyrker', 'Nämnden avstyrker förslaget.', 'opposing'],
  ['avvisar', 'Förbundet avvisar förslaget i sin helhet.', 'opposing'],
  ['motsätter sig', 'Föreningen motsätter sig en sådan ordning.', 'opposing'],
  ['säger nej till', 'Organisationen säger nej till införandet av avgifter.', 'opposing'],
  ['kan inte ställa sig bakom', 'Förvaltningen kan inte ställa sig bakom förslaget.', 'opposing'],
  ['ställer sig inte bakom', 'Nämnden ställer sig inte bakom den föreslagna modellen.', 'opposing'],
  ['tillstyrker inte', 'Rådet tillstyrker inte utredningens förslag om skärpta regler.', 'opposing'],
  ['inte tillstyrker', 'Styrelsen kommer därför att inte tillstyrka förslaget.', 'opposing'],
  ['kan därför inte tillstyrka', 'Nämnden kan därför inte tillstyrka förslaget.', 'opposing'],
  ['ser inte behov av', 'Förvaltningen ser inte behov av en ny myndighet.', 'opposing'],
  ['bör inte genomföras', 'Förbundet anser att reformen inte bör genomföras.', 'opposing'],
  ['bör avslås', 'Förvaltningen föreslår att motionen avslås.', 'opposing'],
  ['underkänner', 'Förbundet underkänner konsekvensanalysen.', 'opposing'],
  ['starkt kritisk', 'Organisationen är starkt kritisk till förslaget.', 'opposing'],
  ['avvisande hållning', 'Med hänsyn till vår avvisande hållning lämnar vi inga detaljsynpunkter.', 'opposing'],
  ['inte ändamålsenlig', 'Vi bedömer att den föreslagna åtgärden inte är ändamålsenlig.', 'opposing'],
  ['vänder sig mot', 'Förbundet vänder sig mot förslaget om sänkt ersättning.', 'opposing'],
  ['praise first, then a formal no', 'Stiftelsen uppskattar utredningens gedigna arbete. Stiftelsen tillstyrker dock inte förslaget om längre straff.', 'opposing'],
  ['headline no with a concession', 'Nämnden avstyrker förslaget om sänkt åldersgräns. Nämnden ser däremot positivt på de förebyggande insatserna.', 'opposing'],
  // none family
  ['avstår från att yttra sig', 'Nämnden avstår från att yttra sig över remissen.', 'none'],
  ['har avstått från att svara', 'Bolaget har avstått från att svara.', 'none'],
  ['berör inte nämndens verksamhet', 'Förslaget berör inte nämndens verksamhet.', 'none'],
  ['har inga synpunkter', 'Förvaltningen har inga synpunkter på förslaget.', 'none'],
  ['lämnar inget eget yttrande', 'Nämnden lämnar inget eget yttrande.', 'none'],
  ['tar inte ställning', 'Myndigheten tar inte ställning till förslagen i sak.', 'none'],
  ['yttrar sig inte, negation far before', 'Förslaget har inte sådan betydelse för företagen att rådet yttrar sig.', 'none'],
  ['avgränsar sitt yttrande', 'Institutet avgränsar sitt yttrande till frågan om barns delaktighet. Det saknas uppgifter om hur barn har hörts.', 'none'],
  ['only other bodies reported', 'Ärendet har remitterats till tre nämnder. Tekniska nämnden har tillstyrkt förslaget och kulturnämnden har avstyrkt det. Nämnden har avstått från att yttra sig.', 'none'],
  ['no stance words at all', 'Planen omfattar tre delområden och gäller från nästa år.', 'none'],
  ['description of the proposal is not a stance', 'I förslaget anges att kommunerna ska tillstyrka bygglov snabbare.', 'none'],
];

describe('classify: phrase families', () => {
  it.each(CASES)('%s', (_name, text, expected) => {
    expect(stanceOf(text)).toBe(expected);
  });
});

describe('classify: decision column and hänvisar-till', () => {
  it('lets a decision that takes a position decide', () => {
    expect(stanceOf('Förvaltningen redogör för ärendet.', 'Nämnden avstyrker förslaget.')).toBe('opposing');
  });
  it('takes the body stance when the decision only refers to the tjänsteutlåtande', () => {
    const body = 'Förvaltningen kan inte ställa sig bakom förslaget.';
    expect(stanceOf(body, 'Nämnden hänvisar till förvaltningens tjänsteutlåtande som sitt yttrande.')).toBe('opposing');
  });
  it('does not read "godkänner förvaltningens förslag" as a yes', () => {
    const body = 'Förvaltningen avstyrker remissen i sin helhet.';
    expect(stanceOf(body, 'Nämnden godkänner förvaltningens förslag till svar.')).toBe('opposing');
  });
  it('makes a plain yes in the decision conditional when the body has reservations', () => {
    const body = 'Förvaltningen är positiv till strategin. Förvaltningen efterfrågar dock en plan för finansieringen.';
    expect(stanceOf(body, 'Nämnden tillstyrker förslaget.')).toBe('conditional');
  });
  it('flags disagreement and review when decision and body point different ways', () => {
    const c = classify({ text: 'Förvaltningen avstyrker förslaget.', decision: 'Nämnden tillstyrker förslaget.' }, []);
    expect(c.disagreement).toBe(true);
    expect(c.needsReview).toBe(true);
    expect(c.stance).not.toBe('supporting');
  });
  it('marks evidence from the decision column with source "decision" and offsets into it', () => {
    const decision = 'Beslut. Nämnden tillstyrker förslaget till plan.';
    const c = classify({ text: 'Bakgrund om planen.', decision }, []);
    const ev = c.evidence.find((e) => e.source === 'decision');
    expect(ev).toBeDefined();
    expect(decision.slice(ev!.start, ev!.end)).toBe(ev!.text);
  });
  it('weighs the förslag till beslut section above the rest of the body', () => {
    const text = 'Förslag till beslut\nNämnden avstyrker förslaget.\n\nFörvaltningens synpunkter\nFörvaltningen ser positivt på delar av förslaget.';
    expect(stanceOf(text)).toBe('opposing');
  });
  it('gives low weight to stance words in the background section', () => {
    const text = 'Bakgrund\nUtredningen föreslår att reformen genomförs och flera remissinstanser har avstyrkt.\n\nFörvaltningens synpunkter\nFörvaltningen tillstyrker förslaget.';
    expect(stanceOf(text)).toBe('supporting');
  });
});

describe('classify: result shape', () => {
  it('gives a confidence in 0..1 and marks weak evidence for review', () => {
    const weak = classify({ text: 'Planen gäller från nästa år.' }, []);
    expect(weak.confidence).toBeGreaterThanOrEqual(0);
    expect(weak.confidence).toBeLessThanOrEqual(1);
    expect(weak.needsReview).toBe(true);
    expect(weak.reviewReasons).toContain('no-evidence');
    const strong = classify({ text: 'Nämnden tillstyrker förslaget.', decision: 'Nämnden tillstyrker förslaget.' }, []);
    expect(strong.confidence).toBeGreaterThanOrEqual(REVIEW_THRESHOLD);
    expect(strong.needsReview).toBe(false);
  });
  it('explains in Swedish with the stance label and the quoted evidence', () => {
    const c = classify({ text: '', decision: 'Förvaltningen kan inte ställa sig bakom förslaget.' }, []);
    expect(c.explanation).toBe('Avstyrker: "Förvaltningen kan inte ställa sig bakom förslaget" (beslut)');
  });
  it('tolerates missing or odd input without throwing', () => {
    expect(() => classify({ text: '' }, [])).not.toThrow();
    expect(() => classify({ text: undefined as unknown as string, decision: 42 as unknown as string }, [])).not.toThrow();
  });
  it('is deterministic', () => {
    const input = { text: 'Nämnden välkomnar förslaget men saknar en tidsplan.' };
    expect(classify(input, [])).toEqual(classify(input, []));
  });
});
