import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/lib/classify/index.ts';

// Own sentences in the genre: the families added for third-person summaries naming several bodies.
const stance = (text: string, respondent?: string) => classify({ text, respondent }, []).stance;

describe('several bodies named, the respondent known', () => {
  const CASES: [string, string, string, string][] = [
    ['others yes, own no in a passive', 'Ärendet har remitterats till kulturnämnden och miljönämnden. Kulturnämnden tillstyrker motionen. Miljönämnden bedömer att behovet redan är tillgodosett. Nämnden anser därför att motionen ska avslås.', 'Göteborgs stad, miljönämnden', 'opposing'],
    ['others no, own yes (indefinite names)', 'Ärendet har remitterats till Norrmalms stadsdelsnämnd och Bromma stadsdelsnämnd. Norrmalms stadsdelsnämnd avstyrker förslaget. Bromma stadsdelsnämnd ställer sig bakom förslaget.', 'Bromma stadsdelsnämnd, Stockholms stad', 'supporting'],
    ['others no, own abstention', 'Socialnämnden och Farsta stadsdelsnämnd avstyrker motionen. Enskede stadsdelsnämnd har avstått från att yttra sig.', 'Enskede stadsdelsnämnd', 'none'],
    ['others yes, own abstention', 'Östra stadsdelsnämnd har inget att erinra. Västsvenska Handelskammaren har avstått från att yttra sig.', 'Västsvenska Handelskammaren', 'none'],
    ['a förbund reported beside the agency', 'Förslaget har fått ett blandat mottagande. Lärarförbund avstyrker förslaget. Skolverket däremot tillstyrker förslaget.', 'Skolverket', 'supporting'],
  ];
  it.each(CASES)('%s', (_n, text, respondent, want) => {
    expect(stance(text, respondent)).toBe(want);
  });
});

describe('implicit stances and hedged yeses', () => {
  const CASES: [string, string, string][] = [
    ['vore ett misstag', 'Förbundet menar att det vore ett allvarligt misstag att ta bort stödet.', 'opposing'],
    ['skulle vara ett misstag', 'Att avveckla verksamheten skulle enligt föreningen vara ett misstag.', 'opposing'],
    ['riktar skarp kritik mot', 'Organisationen riktar i sitt remissvar skarp kritik mot regeringens förslag.', 'opposing'],
    ['riskerar att försämra', 'Föreningen konstaterar att förslaget riskerar att försämra villkoren för de minsta företagen.', 'opposing'],
    ['steg i rätt riktning', 'Förbundet menar att promemorian är ett viktigt steg i rätt riktning.', 'supporting'],
    ['inte prioriterad', 'Nämnden bedömer att en ny anläggning inte är prioriterad.', 'opposing'],
    ['inga principiella invändningar + demands', 'Förbundet har inga principiella invändningar mot förslaget. Förbundet ser dock flera praktiska problem och efterlyser förtydliganden.', 'conditional'],
    ['inga större invändningar alone', 'Regionen har inga större invändningar mot förslagen i promemorian.', 'supporting'],
    ['vill lyfta fram is emphasis', 'Myndigheten tillstyrker samtliga förslag. Myndigheten vill särskilt lyfta fram förslaget om ett nytt register.', 'supporting'],
    ['men anser att ... måste inside an att-clause', 'Förbundet välkomnar att staten tar ett större ansvar men anser att förslaget måste kompletteras med krav på handledning.', 'conditional'],
    ['men vill ... behöver', 'Nämnden ser positivt på att reglerna förenklas men vill påpeka att tillsynen behöver resurser.', 'conditional'],
    ['vilket dock: a reassuring relative clause', 'Universitetet ställer sig positivt till förslagen. Reformen kräver nya kursplaner, vilket dock bedöms vara hanterbart.', 'supporting'],
    ['i sitt remissvar is where, not what', 'Förbundet stöder i sitt remissvar övergången till digitala prov.', 'supporting'],
    ['som är positiv: a relative clause', 'Kommunstyrelsen har inhämtat synpunkter från kulturförvaltningen, som är positiv till förslaget. Kommunstyrelsen överlämnar synpunkterna utan eget ställningstagande.', 'none'],
    ['anser att regeringen bör avstå', 'Organisationen menar att regeringen bör avstå från att gå vidare med förslaget.', 'opposing'],
    ['regeringen described stays described', 'Regeringen bör avstå från att gå vidare med förslaget, enligt flera debattörer. Föreningen tillstyrker förslaget.', 'supporting'],
    ['hoppas att ... träda i kraft', 'Föreningen hoppas att reglerna kan träda i kraft redan nästa år.', 'supporting'],
    ['ser fram emot more analysis is no yes', 'Förbundet avstår från att ta ställning och ser fram emot att få ta del av en kompletterad analys.', 'none'],
    ['a quantifier after the subject does not make it a report', 'Förbundet har inga principiella invändningar. Branschen ser dock flera praktiska problem och efterlyser förtydliganden.', 'conditional'],
    ['others reported: riskerar is theirs', 'Nämnden tillstyrker förslaget. Flera organisationer har framfört att reformen riskerar att försvåra tillsynen.', 'supporting'],
  ];
  it.each(CASES)('%s', (_n, text, want) => {
    expect(stance(text)).toBe(want);
  });
});
