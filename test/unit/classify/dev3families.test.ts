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
    ['others reported: riskerar is theirs', 'Nämnden tillstyrker förslaget. Flera organisationer har framfört att reformen riskerar att försvåra tillsynen.', 'supporting'],
  ];
  it.each(CASES)('%s', (_n, text, want) => {
    expect(stance(text)).toBe(want);
  });
});
