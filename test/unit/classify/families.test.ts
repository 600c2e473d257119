import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/classify/index.ts';
import type { Stance } from '../../../src/lib/domain/types.ts';

// Own sentences in the genre, written for these tests (not taken from any yttrande).
// Families, not sentences: each family is tried in several inflections and word orders.
const stanceOf = (text: string, decision?: string) => classify({ text, decision }, []).stance;

const NEGATED_SUPPORT: [string, Stance][] = [
  ['Förslaget kan dock inte tillstyrkas.', 'opposing'],
  ['Förslaget om sänkta avgifter kan inte tillstyrkas.', 'opposing'],
  ['Förslagen i promemorian tillstyrks inte.', 'opposing'],
  ['Förslaget avstyrks.', 'opposing'],
  ['Förslagen avstyrks i sin helhet.', 'opposing'],
  ['Mot denna bakgrund avstyrks förslaget om en ny myndighet.', 'opposing'],
  ['Kommunen kan inte ställa sig bakom förslaget.', 'opposing'],
  ['Regionen ställer sig inte bakom utredningens förslag.', 'opposing'],
  ['Förvaltningen anser inte att förslaget bör genomföras.', 'opposing'],
  ['Förvaltningen anser att förslaget inte bör genomföras.', 'opposing'],
  ['Sammantaget konstaterar nämnden att den inte kan tillstyrka förslaget.', 'opposing'],
  ['Det är mot den bakgrunden som nämnden inte kan tillstyrka förslaget.', 'opposing'],
  ['Myndigheten kan mot den bakgrunden inte tillstyrka förslaget.', 'opposing'],
  ['Förslaget kan inte heller tillstyrkas.', 'opposing'],
  ['Universitetet kan inte tillstyrka förslaget i dess nuvarande utformning.', 'opposing'],
  ['Förvaltningen finner inte skäl att tillstyrka förslaget.', 'opposing'],
  ['Förslaget kan inte godtas av kommunen.', 'opposing'],
  ['Styrelsen kan inte godta den föreslagna modellen.', 'opposing'],
  ['Vi kan därför inte ge vårt stöd till förslaget.', 'opposing'],
  ['Förbundet ställer sig avvisande till förslaget.', 'opposing'],
  ['Nämnden ställer sig negativ till förslaget om ändrad huvudmannaskap.', 'opposing'],
  ['Förvaltningen tillstyrker inte förslaget, eftersom konsekvenserna för skolan inte är utredda.', 'opposing'],
  ['Inspektionen avstyrker förslaget. Inspektionen ser dock positivt på att frågan har utretts.', 'opposing'],
];

const NO_POSITION: [string, Stance][] = [
  ['Förvaltningen varken tillstyrker eller avstyrker förslaget.', 'none'],
  ['Nämnden väljer att varken tillstyrka eller avstyrka förslaget i denna del.', 'none'],
  ['Myndigheten vare sig tillstyrker eller avstyrker förslagen.', 'none'],
  ['Nämnden tar inte ställning till förslaget.', 'none'],
  ['Myndigheten avstår från att ta ställning till förslagen i betänkandet.', 'none'],
  ['Förbundet har inga synpunkter på promemorian.', 'none'],
  ['Inspektionen lämnar inga synpunkter på förslagen i betänkandet.', 'none'],
  ['Bolaget har tagit del av remissen och har inga synpunkter.', 'none'],
  ['Förslagen ligger utanför myndighetens ansvarsområde och myndigheten lämnar därför inget yttrande.', 'none'],
  ['Förvaltningen väljer att inte ta ställning till förslaget om ny taxa.', 'none'],
  ['Vi har inte tagit ställning i sakfrågan.', 'none'],
  ['Styrelsen har inga synpunkter på förslaget i sak.', 'none'],
  ['Universitetet har valt att inte yttra sig över förslagen.', 'none'],
];

const OTHER_BODIES: [string, Stance][] = [
  ['Kommunförbundet har avstyrkt förslaget. Förvaltningen tillstyrker förslaget.', 'supporting'],
  ['SKR tillstyrker förslaget i sitt remissvar. Förvaltningen avstyrker förslaget.', 'opposing'],
  ['Utredningen föreslår att bidraget avskaffas. Nämnden tillstyrker förslaget.', 'supporting'],
  ['Regeringen anser att reformen bör genomföras snabbt. Förbundet avstyrker förslaget.', 'opposing'],
  ['Länsstyrelsen har tillstyrkt planen. Kommunstyrelsen avstår från att yttra sig.', 'none'],
  ['Flera kommuner i länet har ställt sig bakom förslaget. Förvaltningen har inga synpunkter på förslaget.', 'none'],
  ['Enligt utredningen bör ordningen införas redan nästa år. Nämnden ställer sig inte bakom förslaget.', 'opposing'],
  ['Utredaren anser att förslaget bör genomföras. Myndigheten delar inte den bedömningen och avstyrker förslaget.', 'opposing'],
  ['Departementet föreslår att avgiften höjs. Föreningen motsätter sig en höjd avgift.', 'opposing'],
  ['Trafiknämnden har tillstyrkt förslaget medan kulturnämnden har avstyrkt det. Stadsdelsnämnden lämnar inget eget yttrande.', 'none'],
];

const HEADLINE: [string, Stance][] = [
  ['Nämnden avstyrker förslaget om gemensam bemanning. Nämnden välkomnar däremot förslaget om utbildningsinsatser och är positiv till den föreslagna uppföljningen.', 'opposing'],
  ['Förvaltningen avstyrker förslaget i sin helhet. Vissa delar, som satsningen på kompetens, är i sig positiva.', 'opposing'],
  ['Förbundet ställer sig bakom förslaget om en ny lag. Förbundet avstyrker dock förslaget om ikraftträdande redan nästa år.', 'conditional'],
  ['Kommunen tillstyrker förslaget. Kommunen avstyrker däremot förslaget om ändrad tillsyn.', 'conditional'],
];

const CONDITIONS: [string, Stance][] = [
  ['Nämnden tillstyrker förslaget om staten tar det fulla kostnadsansvaret.', 'conditional'],
  ['Förvaltningen ställer sig bakom förslaget, såvida finansieringen säkras.', 'conditional'],
  ['Myndigheten tillstyrker förslaget förutsatt att övergångstiden förlängs.', 'conditional'],
  ['I promemorian föreslås att kommunerna ska tillstyrka planerna. Nämnden har inga synpunkter.', 'none'],
  ['Utredningen skriver att "kommunerna bör ställa sig bakom den regionala planen". Förvaltningen instämmer inte.', 'opposing'],
];

const SUPPORT: [string, Stance][] = [
  ['Förslaget tillstyrks.', 'supporting'],
  ['Förslagen i betänkandet tillstyrks i sin helhet.', 'supporting'],
  ['Nämnden har inget att invända mot förslaget.', 'supporting'],
  ['Myndigheten har inga invändningar mot de föreslagna ändringarna.', 'supporting'],
  ['Regionen ser positivt på att förslaget genomförs.', 'supporting'],
  ['Förslaget om gemensam upphandling välkomnas av förvaltningen.', 'supporting'],
];

const GENRE: [string, Stance][] = [
  // The cover line announces the answer; it is no reservation.
  ['Kommunen har beretts möjlighet att yttra sig och lämnar härmed följande synpunkter. Kommunen tillstyrker förslaget.', 'supporting'],
  ['Förbundet har fått promemorian på remiss och lämnar härmed följande synpunkter. Förbundet ställer sig bakom förslagen.', 'supporting'],
  // Double negatives: no obstacle, no objection.
  ['Myndigheten ser inget hinder mot att tillsynen samordnas.', 'supporting'],
  ['Regionen ser inte några hinder för att förslaget genomförs.', 'supporting'],
  // Disagreeing with a critic is not opposing the proposal.
  ['Några aktörer har framfört att förslaget blir dyrt. Nämnden förstår oron men delar inte den bilden och tillstyrker förslaget.', 'supporting'],
  // Withdraw it.
  ['Vi anser att förslaget i sin helhet bör dras tillbaka.', 'opposing'],
  ['Förbundet anser att paragrafen bör utgå.', 'opposing'],
  // Declining the details because one rejects the whole is opposing.
  ['Föreningen avvisar förslaget. Föreningen har därför valt att inte lämna synpunkter på detaljerna.', 'opposing'],
  // Forwarding others' answers without a position of one's own.
  ['Kommunstyrelsen föreslås besluta att översända nämndernas yttranden och att kommunstyrelsen inte lämnar något eget yttrande.', 'none'],
  ['Kontoret föreslår att yttrandena översänds utan eget ställningstagande.', 'none'],
  // "på samma villkor som" is no condition.
  ['Nämnden har inget att invända mot förslaget, som ger bolagen möjlighet att verka på samma villkor som andra.', 'supporting'],
  // The modal is the content of the agreement.
  ['Förvaltningen delar bedömningen att ansvaret behöver förtydligas och ställer sig bakom förslaget.', 'supporting'],
  // A stance under a background heading the text never left.
  ['Ärendet\nMotionären föreslår fri entré för unga. Förvaltningen anser att förslaget inte är effektivt. Motionen bör därför inte bifallas.', 'opposing'],
  ['Bakgrund\nUtredningen föreslår nya planer. Kommunen tillstyrker förslaget om planer, men förutsätter att befintliga planer kan användas.', 'conditional'],
  ['Förvaltningens synpunkter och förslag\nFörvaltningen ställer sig positiv till programmet.', 'supporting'],
];

// More phrasings of each verdict: aims vs remedy, concessions beside a formal no,
// reservations and förbehåll, "utan erinran", "avråder", "nuvarande ordning behålls".
const PHRASINGS: [string, Stance][] = [
  ['Förvaltningen anser att förslaget är väl genomarbetat och tillstyrker det.', 'supporting'],
  ['Kommunen delar utredningens slutsatser och stöder förslagen.', 'supporting'],
  ['Vi tillstyrker förslagen i betänkandet.', 'supporting'],
  ['Förslaget ligger väl i linje med kommunens mål och förvaltningen ser positivt på det.', 'supporting'],
  ['Förvaltningen föreslår att nämnden tillstyrker förslaget.', 'supporting'],
  ['Nämnden beslutar att ställa sig bakom förslaget.', 'supporting'],
  ['Regionen är i grunden positiv till förslaget.', 'supporting'],
  ['Länsstyrelsen tillstyrker förslaget utan invändningar.', 'supporting'],
  ['Universitetet lämnar förslaget utan erinran.', 'supporting'],
  ['Förvaltningen är i huvudsak positiv till förslaget men har några synpunkter.', 'conditional'],
  ['Förvaltningen ställer sig bakom förslaget med vissa reservationer.', 'conditional'],
  ['Kommunen tillstyrker förslaget med förbehåll för att kostnaderna kompenseras.', 'conditional'],
  ['Förslaget tillstyrks, under förutsättning att medel tillförs.', 'conditional'],
  ['Nämnden tillstyrker delvis förslaget.', 'conditional'],
  ['Förvaltningen är positiv till intentionerna men anser att förslaget behöver omarbetas.', 'conditional'],
  ['Nämnden ställer sig bakom syftet med förslaget men avstyrker förslaget i dess nuvarande utformning.', 'opposing'],
  ['Förvaltningen välkomnar att frågan utreds men avstyrker förslaget.', 'opposing'],
  ['Förvaltningen delar ambitionen men kan inte tillstyrka förslaget.', 'opposing'],
  ['Förvaltningen avstyrker förslaget i dess nuvarande utformning.', 'opposing'],
  ['Nämnden kan inte tillstyrka förslaget så som det är utformat.', 'opposing'],
  ['Kommunen anser att förslaget bör avslås.', 'opposing'],
  ['Förvaltningen ställer sig tveksam till förslaget och kan inte tillstyrka det.', 'opposing'],
  ['Förbundet anser att utredningens förslag inte bör läggas till grund för lagstiftning.', 'opposing'],
  ['Nämnden avråder från att förslaget genomförs.', 'opposing'],
  ['Vi är emot förslaget.', 'opposing'],
  ['Förvaltningen förordar att nuvarande ordning behålls.', 'opposing'],
  ['Föreningen anser att förslaget är förfelat.', 'opposing'],
  ['Kommunen har inte några synpunkter på förslaget.', 'none'],
  ['Nämnden har tagit del av remissen men har inget att tillägga.', 'none'],
  ['Förvaltningen avstår från att lämna synpunkter.', 'none'],
  ['Remissen har inte bedömts beröra nämndens ansvarsområde.', 'none'],
  ['Bolaget lämnar remissen utan yttrande.', 'none'],
  ['Myndigheten har ingen bestämd uppfattning i frågan.', 'none'],
  ['Styrelsen noterar informationen och lägger den till handlingarna.', 'none'],
  ['Förvaltningen har inget att invända mot förslaget men vill understryka vikten av samråd med kommunerna.', 'conditional'],
  ['Förbundet är i grunden positivt till en reform men anser att förslaget inte bör genomföras.', 'opposing'],
  ['Myndigheten ser positivt på förslaget. Myndigheten vill dock betona att ikraftträdandet måste skjutas upp.', 'conditional'],
  ['Nämnden tillstyrker förslaget. Nämnden avstyrker förslaget om ändrade regler för tillsyn.', 'conditional'],
  ['Organisationen avvisar förslaget. De föreslagna förenklingarna för företagen är dock positiva.', 'opposing'],
];

// Longer answers: praise then a concluding no, a no to the whole beside yes to parts, a
// no to one section under its heading beside a yes to the whole (partial support).
const LONGER: [string, Stance][] = [
  ['Förvaltningen ser positivt på att regeringen vill stärka tryggheten. Förvaltningen bedömer dock att de föreslagna åtgärderna inte kommer att få avsedd effekt och att kostnaderna för kommunerna blir betydande. Förvaltningen avstyrker därför förslaget.', 'opposing'],
  ['Nämnden välkomnar utredningen. Förslaget om att flytta ansvaret till staten skulle dock försvåra samordningen. Nämnden kan därför inte ställa sig bakom förslaget.', 'opposing'],
  ['Förvaltningen anser att förslaget inte är förenligt med det kommunala självstyret. Konsekvenserna för kommunerna är inte analyserade.', 'opposing'],
  ['Sammanfattning\nFörvaltningen tillstyrker förslaget.\n\nBakgrund\nI promemorian föreslås att avgifterna tas bort. Flera remissinstanser har tidigare avstyrkt liknande förslag.\n\nFörvaltningens synpunkter\nFörvaltningen bedömer att förslaget gynnar invånarna. I övrigt har förvaltningen inga synpunkter.', 'supporting'],
  ['Förslag till beslut\nNämnden hänvisar till förvaltningens tjänsteutlåtande.\n\nFörvaltningens synpunkter\nFörvaltningen ställer sig bakom förslaget men vill påpeka att finansieringen måste säkras.', 'conditional'],
  ['Förslag till beslut\nNämnden avstyrker förslaget.\n\nFörvaltningens synpunkter\nFörvaltningen är positiv till ambitionen att förenkla reglerna. Förslaget innebär dock att ansvaret förskjuts till kommunerna utan finansiering.', 'opposing'],
  ['Förslag till beslut\nNämnden tillstyrker förslaget.\n\nÄrendet\nUtredningen föreslår att kommunerna ska ta över ansvaret. Enligt utredningen bör reformen inte genomföras förrän 2027.', 'supporting'],
  ['Region Östergötland har beretts möjlighet att lämna synpunkter på rubricerad remiss. Regionen tillstyrker förslaget. Regionen vill samtidigt understryka vikten av att övergångsregler införs.', 'conditional'],
  ['Kommunen har tagit del av förslaget. Kommunen har ingenting att erinra mot förslaget.', 'supporting'],
  ['Myndigheten är positiv till att frågan utreds men anser att förslaget i sin nuvarande form inte bör genomföras.', 'opposing'],
  ['Förbundet delar utredningens problembeskrivning. Förbundet anser dock att förslaget om skärpta krav är orimligt och avstyrker det.', 'opposing'],
  ['Nämnden ser i stort positivt på programmet men saknar konkreta mål för uppföljning.', 'conditional'],
  ['Kommunstyrelsen har inget att invända mot förslaget.\n\nI ärendet har miljönämnden yttrat sig och framfört kritik mot förslaget om tillsynsavgifter.', 'supporting'],
  ['Utredningen föreslår att ansvaret flyttas till regionerna. Förvaltningen delar inte utredningens bedömning och avstyrker förslaget.', 'opposing'],
  ['Det är förvaltningens bedömning att förslaget är väl avvägt. Förvaltningen tillstyrker förslaget.', 'supporting'],
  ['Förvaltningen har inget att erinra mot förslaget under förutsättning att kommunerna kompenseras för ökade kostnader.', 'conditional'],
  ['Nämnden tillstyrker förslaget med de synpunkter som framgår av tjänsteutlåtandet.', 'conditional'],
  ['Sammanfattning\nFörbundet tillstyrker i huvudsak förslagen.\n\nAvsnitt 8 Tillsyn\nFörbundet anser att förslaget är oproportionerligt. Förslaget kan inte tillstyrkas.', 'conditional'],
  ['Förvaltningen avstyrker förslaget. Förvaltningen tillstyrker däremot förslaget om utbildningsinsatser.', 'opposing'],
  ['Förvaltningen tillstyrker förslaget. Förvaltningen avstyrker däremot förslaget om ändrad tillsyn.', 'conditional'],
];

// Protocols: members' motions and reservations are not the body's position.
const PROTOCOL: [string, Stance][] = [
  ['Kommunstyrelsen beslutar att tillstyrka förslaget.\n\nReservation\nModeraterna reserverar sig mot beslutet och yrkar avslag.', 'supporting'],
  ['Nämnden beslutar att avstyrka förslaget.\n\nYrkanden\nAnna Berg (L) yrkar bifall till förslaget.', 'opposing'],
  ['Kommunstyrelsen beslutar att tillstyrka förslaget. Vänsterpartiet reserverar sig mot beslutet och avstyrker förslaget.', 'supporting'],
];

// Support next to emphasis, explanation or demands that are the content of the yes;
// reservations that do make it conditional.
const YES_OR_YES_BUT: [string, Stance][] = [
  ['Förvaltningen tillstyrker förslaget. Förvaltningen vill understryka att förslaget är efterlängtat av verksamheterna.', 'supporting'],
  ['Nämnden ställer sig bakom förslaget. Det är viktigt att barnens trygghet står i centrum, och förslaget bidrar till det.', 'supporting'],
  ['Regionen välkomnar förslaget. Reformen bör enligt regionens bedömning leda till kortare väntetider.', 'supporting'],
  ['Kommunen tillstyrker förslaget. Kommunen har redan i dag ett arbete som behöver utvecklas, och förslaget ger stöd för det.', 'supporting'],
  ['Förvaltningen har inga synpunkter på förslaget men vill informera om att arbetet med frågan pågår i kommunen.', 'none'],
  ['Bolaget berörs inte av förslaget. Bolaget vill dock påpeka att det är viktigt med god framförhållning.', 'none'],
  ['Förvaltningen ser positivt på förslaget. Förvaltningen vill dock påpeka att ansvarsfördelningen behöver förtydligas.', 'conditional'],
  ['Myndigheten tillstyrker förslaget. Myndigheten efterfrågar dock en analys av konsekvenserna för små företag.', 'conditional'],
  ['Förbundet är positivt till förslaget. Förbundet ser dock en risk att kostnaderna övervältras på kommunerna.', 'conditional'],
  ['Förvaltningen tillstyrker förslaget. Förslaget innebär att kommunerna får bättre förutsättningar att planera. Förvaltningen bedömer att förslaget kan genomföras inom befintliga ramar.', 'supporting'],
  ['Länsstyrelsen tillstyrker förslaget i sin helhet. Länsstyrelsen vill särskilt framhålla att förslaget stärker rättssäkerheten.', 'supporting'],
];

// Criticism of one part beside a yes; procedural complaints; praise adjectives.
const PARTS: [string, Stance][] = [
  ['Förvaltningen tillstyrker förslaget. Förvaltningen anser dock att det föreslagna ikraftträdandet är alltför tidigt.', 'conditional'],
  ['Nämnden ställer sig bakom förslaget, men tidsfristen om tre månader är för kort.', 'conditional'],
  ['Myndigheten vill påpeka att remisstiden är alltför kort för en grundlig analys och avstår därför från att yttra sig i sak.', 'none'],
  ['Förslaget om gemensam taxa är välkommet och efterlängtat.', 'supporting'],
  ['Förbundet anser att förslaget är väl avvägt och genomarbetat.', 'supporting'],
  ['Utredningen har identifierat flera kulturhistoriskt värdefulla miljöer. Förbundet har ingen erinran mot förslaget.', 'supporting'],
];

// Opposing answers must never read as support: aims welcomed, the proposal refused.
const NEVER_YES: [string, Stance][] = [
  ['Förvaltningen har inget att erinra mot syftet med förslaget men avstyrker förslaget.', 'opposing'],
  ['Vi delar inte utredningens slutsatser och anser att förslagen inte ska genomföras.', 'opposing'],
  ['Nämnden motsätter sig bestämt förslaget.', 'opposing'],
  ['Kommunen är starkt negativ till förslaget.', 'opposing'],
  ['Förbundet ser allvarliga brister i förslaget och kan inte ställa sig bakom det.', 'opposing'],
  ['Styrelsen är inte positiv till förslaget.', 'opposing'],
  ['Det finns enligt förvaltningens mening inte skäl att genomföra förslaget.', 'opposing'],
  ['Förvaltningen förordar att förslaget inte genomförs.', 'opposing'],
  ['Förvaltningen avstyrker att en ny myndighet inrättas.', 'opposing'],
  ['Förvaltningen har inga invändningar mot att nuvarande ordning ändras.', 'supporting'],
  ['Utredningen föreslår att tillsynen inte ska ligga kvar hos kommunerna. Nämnden tillstyrker förslaget.', 'supporting'],
  ['Förvaltningen är i grunden positiv till att stödet förstärks. Förvaltningen kan dock inte tillstyrka förslaget eftersom det saknas finansiering.', 'opposing'],
  ['Förvaltningen välkomnar att regeringen tar initiativ i frågan. Förslaget i sin nuvarande utformning avstyrks dock.', 'opposing'],
];

// Criticism of the inquiry alone takes no position; an explicit condition implies a yes.
const QUALITY: [string, Stance][] = [
  ['Konsekvensanalysen är bristfällig. Myndigheten saknar en analys av kostnaderna för kommunerna. Underlaget bör kompletteras.', 'none'],
  ['Institutet efterfrågar en tydligare beskrivning av hur barn har hörts. Utredningen saknar en barnkonsekvensanalys.', 'none'],
  ['Förvaltningen förutsätter att staten finansierar reformen fullt ut. Förvaltningen efterfrågar en tydligare ansvarsfördelning.', 'conditional'],
  ['Vi kan ställa oss bakom förslaget, såvida övergångsreglerna blir generösa.', 'conditional'],
  ['Vi har länge verkat för en reform och välkomnar att regeringen nu lägger fram ett förslag om betald utbildning.', 'supporting'],
  ['Vi motsätter oss förslaget.', 'opposing'],
  // A summary of the proposal is background, not the respondent's summary.
  ['Sammanfattning av förslaget\nFörslaget innebär att kommunerna ska tillstyrka alla bygglov inom tre veckor.\n\nFörvaltningens synpunkter\nFörvaltningen avstyrker förslaget.', 'opposing'],
];

// More ways of saying nothing: föranleder inget yttrande, avböjer, utan åtgärd, påverkar inte.
const MORE_NONE: [string, Stance][] = [
  ['Nämnden har tagit del av remissen och har inget att anföra.', 'none'],
  ['Ärendet föranleder inget yttrande från nämndens sida.', 'none'],
  ['Förvaltningen lämnar remissen utan åtgärd.', 'none'],
  ['Kommunen avböjer att yttra sig över förslaget.', 'none'],
  ['Myndigheten har inte funnit anledning att yttra sig.', 'none'],
  ['Förslaget bedöms inte påverka bolagets verksamhet.', 'none'],
  ['Nämnden tillstyrker förslaget och avstår från att kommentera detaljerna.', 'supporting'],
  ['Förslaget berör inte förvaltningens verksamhet i någon större utsträckning och förvaltningen har därför inga synpunkter.', 'none'],
  ['Förvaltningen tillstyrker förslaget. Förslaget påverkar inte nämndens verksamhet i övrigt.', 'supporting'],
  // "i övrigt" at the end: nothing to add to what was said, not declining to take a position.
  ['Nämnden tillstyrker att avgiften sänks. Nämnden har inga synpunkter på promemorian i övrigt.', 'supporting'],
  // A matter sent on by another body "utan eget ställningstagande" is not the respondent's silence.
  ['Kommunstyrelsen har remitterat planen utan eget ställningstagande. Kulturnämnden tillstyrker planen.', 'supporting'],
];

describe('classify: families of remiss language', () => {
  describe.each([
    ['negated support (passive, modal, word orders)', NEGATED_SUPPORT],
    ['no position', NO_POSITION],
    ["another body's stance", OTHER_BODIES],
    ['headline decision over secondary parts', HEADLINE],
    ['conditions and quotations', CONDITIONS],
    ['support', SUPPORT],
    ['genre formulas', GENRE],
    ['more phrasings', PHRASINGS],
    ['longer answers', LONGER],
    ['protocols', PROTOCOL],
    ['yes or yes-but', YES_OR_YES_BUT],
    ['parts, procedure, praise', PARTS],
    ['opposing, never supporting', NEVER_YES],
    ['quality criticism vs explicit conditions', QUALITY],
    ['more ways of saying nothing', MORE_NONE],
  ])('%s', (_family, cases) => {
    it.each(cases)('%s', (text, expected) => {
      expect(stanceOf(text)).toBe(expected);
    });
  });
});

// A yes followed by "men anser att ... måste/bör": conditional by the labelling convention, but
// real yttranden phrased so are often labelled supporting (a reminder, not a condition), so the
// learned model may be unsure. It must then say so: conditional, or sent to review.
describe('classify: yes, but a demand — conditional or reviewed, never a confident yes', () => {
  const BORDERLINE = [
    'Bolaget tillstyrker förslaget, men anser att kostnaderna måste kompenseras fullt ut.',
    'Nämnden tillstyrker förslaget men anser att ikraftträdandet bör skjutas upp ett år.',
    'Nämnden tillstyrker förslaget men anser att finansieringen måste säkras.',
  ];
  it.each(BORDERLINE)('%s', (text) => {
    const c = classify({ text }, []);
    expect(c.stance === 'conditional' || c.needsReview).toBe(true);
    expect(['conditional', 'supporting']).toContain(c.stance);
  });
});

describe('classify: the respondent by name', () => {
  const RESPONDENT: [string, string, Stance][] = [
    ['Sveriges Kommuner och Regioner (SKR)', 'SKR tillstyrker förslaget i promemorian. Förbundet har dock synpunkter på finansieringen.', 'conditional'],
    ['Sveriges Kommuner och Regioner', 'SKR avstyrker förslaget.', 'opposing'],
    ['Tekniska nämnden', 'Kulturnämnden tillstyrker förslaget. Tekniska nämnden avstyrker förslaget.', 'opposing'],
    ['Advokatsamfundet', 'Advokatsamfundet avstyrker förslaget i sin helhet.', 'opposing'],
    ['Länsstyrelsen i Uppsala län', 'Naturvårdsverket har tillstyrkt förslaget. Länsstyrelsen har inga synpunkter.', 'none'],
    ['Förskolenämnden', 'Grundskolenämnden avstyrker förslaget. Förskolenämnden ställer sig bakom förslaget.', 'supporting'],
    // The nämnd and its own office speak with one voice.
    ['Stadsbyggnadsnämnden', 'Exploateringskontoret har avstyrkt förslaget. Kontoret delar inte den bedömningen. Stadsbyggnadskontoret tillstyrker förslaget i sin helhet.', 'supporting'],
  ];
  it.each(RESPONDENT)('%s: %s', (respondent, text, expected) => {
    expect(classify({ text, respondent }, []).stance).toBe(expected);
  });
  it('never turns a no into support on a guess about whose no it is', () => {
    const text = 'Regionen ser positivt på förslaget. Hälso- och sjukvårdsnämnden avstyrker förslaget.';
    expect(stanceOf(text)).not.toBe('supporting');
    expect(classify({ text, respondent: 'Region Uppland' }, []).stance).not.toBe('supporting');
  });
  it('without a respondent, a named body counts only when the text has no own voice', () => {
    expect(stanceOf('Trafikverket ställer sig bakom förslaget.')).toBe('supporting');
    expect(stanceOf('Trafikverket ställer sig bakom förslaget. Förvaltningen avstyrker förslaget.')).toBe('opposing');
  });
});
