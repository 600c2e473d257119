/**
 * A bank of Swedish remiss sentences for synthetic bench data. Written for the bench
 * (fictional, in the register of Stockholm's remissvar); the characters stay within
 * Latin-1 (å ä ö é, no typographic dashes or quotes) like most real files.
 */
import type { RespondentKind, Stance } from '../../../lib/domain/types.ts';

export const DISTRICTS = [
  'Rinkeby-Kista', 'Spånga-Tensta', 'Hässelby-Vällingby', 'Bromma', 'Kungsholmens', 'Norrmalms', 'Östermalms',
  'Södermalms', 'Enskede-Årsta-Vantörs', 'Skarpnäcks', 'Farsta', 'Älvsjö', 'Hägersten-Liljeholmens', 'Skärholmens',
];
export const COMMITTEES = [
  'Arbetsmarknadsnämnden', 'Exploateringsnämnden', 'Fastighetsnämnden', 'Idrottsnämnden', 'Kulturnämnden',
  'Miljö- och hälsoskyddsnämnden', 'Socialnämnden', 'Stadsbyggnadsnämnden', 'Trafiknämnden', 'Utbildningsnämnden',
  'Äldrenämnden', 'Överförmyndarnämnden', 'Servicenämnden', 'Kyrkogårdsnämnden',
];
export const COMPANIES = [
  'Stockholms Hamn AB', 'Stockholm Business Region AB', 'AB Familjebostäder', 'AB Svenska Bostäder', 'Stockholmshem AB',
  'Stockholm Vatten och Avfall AB', 'Stadsholmen AB', 'S:t Erik Markutveckling AB', 'Micasa Fastigheter AB', 'Stockholms Stadsteater AB',
];
export const OTHERS = [
  'Stockholms läns landsting', 'Kommunstyrelsens förvaltningsråd', 'Pensionärsrådet', 'Funktionshinderrådet',
  'Handelskammaren', 'Länsstyrelsen', 'Stockholms universitet', 'Kungliga Tekniska högskolan', 'Region Stockholm',
];

export const KIND_LABEL: Record<RespondentKind, string> = {
  stadsdelsnamnd: 'Stadsdelsnämnd',
  facknamnd: 'Facknämnd',
  bolagsstyrelse: 'Bolagsstyrelse',
  ovrig: 'Övrig',
};

export const FIRST_NAMES = ['Leyla', 'Tomas', 'Maria', 'Johan', 'Anna', 'Erik', 'Fatima', 'Karin', 'Ahmed', 'Sofia', 'Björn', 'Åsa', 'Mikael', 'Elin', 'Göran', 'Ingrid'];
export const LAST_NAMES = ['Demir', 'Lindqvist', 'Holm', 'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Ek', 'Öberg', 'Sjöberg', 'Hassan', 'Wikström', 'Björk', 'Lundgren'];
export const TITLES = ['avdelningschef', 'stadsdelsdirektör', 'förvaltningschef', 'utredare', 'enhetschef', 'verkställande direktör', 'strateg'];

/** Lines of the decision (förslag till beslut), by stance. {N} is the body's short name. */
export const DECISIONS: Record<Stance, readonly string[]> = {
  supporting: [
    '{N} tillstyrker förslaget till internationell strategi för Stockholms stad.',
    '{N} ställer sig bakom förslaget till strategi.',
    '{N} instämmer i förslaget och lämnar förvaltningens tjänsteutlåtande som svar på remissen.',
    '{N} är positiv till förslaget i sin helhet.',
  ],
  conditional: [
    '{N} tillstyrker förslaget under förutsättning att finansieringen av arbetet klargörs.',
    '{N} ställer sig bakom förslaget med de synpunkter som framgår av tjänsteutlåtandet.',
    '{N} tillstyrker förslaget förutsatt att stadsdelsnämnderna får ett tydligare mandat.',
    '{N} är i huvudsak positiv till förslaget men anser att ansvarsfördelningen behöver förtydligas.',
  ],
  opposing: [
    '{N} avstyrker förslaget till internationell strategi.',
    '{N} kan inte ställa sig bakom förslaget i dess nuvarande utformning.',
    '{N} avstyrker förslaget och föreslår att det omarbetas.',
    '{N} motsätter sig förslaget.',
  ],
  none: [
    '{N} överlämnar förvaltningens tjänsteutlåtande som svar på remissen.',
    '{N} noterar informationen och lägger den till handlingarna.',
    '{N} hänvisar till förvaltningens tjänsteutlåtande.',
    '{N} avstår från att lämna synpunkter på förslaget.',
  ],
};

/** Sentences that carry the body's overall position. */
export const STANCE_SENTENCES: Record<Stance, readonly string[]> = {
  supporting: [
    'Förvaltningen tillstyrker förslaget och ser positivt på att strategin ger det internationella arbetet en tydligare riktning.',
    'Förvaltningen välkomnar förslaget och delar bedömningen att staden behöver gemensamma prioriteringar.',
    'Förvaltningen ställer sig bakom förslaget i sin helhet.',
    'Förslaget är väl genomarbetat och förvaltningen instämmer i de föreslagna inriktningarna.',
    'Förvaltningen anser att strategin är ett bra stöd för nämndernas och bolagens arbete.',
    'Det är positivt att strategin tydliggör hur det internationella arbetet ska bidra till stadens mål.',
    'Förvaltningen delar förslagets utgångspunkter och har inget att invända mot strategin.',
    'Förvaltningen bedömer att förslaget skapar goda förutsättningar för ett mer samordnat arbete.',
  ],
  conditional: [
    'Förvaltningen tillstyrker förslaget under förutsättning att resurser avsätts för genomförandet.',
    'Förvaltningen är positiv till förslaget men anser att kostnaderna för nämnderna behöver belysas närmare.',
    'Förvaltningen kan ställa sig bakom strategin förutsatt att uppföljningen görs årligen och redovisas för nämnderna.',
    'Förslaget bör kompletteras med en tydligare beskrivning av hur ansvaret fördelas mellan kommunstyrelsen och nämnderna.',
    'Förvaltningen tillstyrker förslaget, men vill framhålla att stadsdelsnämnderna behöver få stöd i det praktiska arbetet.',
    'Strategin kan godtas om den kompletteras med en plan för hur de prioriterade kontakterna ska väljas ut.',
    'Förvaltningen ser i grunden positivt på förslaget, men det är angeläget att kraven på rapportering inte ökar administrationen.',
    'Under förutsättning att arbetet kan bedrivas inom befintlig budget tillstyrker förvaltningen förslaget.',
  ],
  opposing: [
    'Förvaltningen avstyrker förslaget i dess nuvarande utformning.',
    'Förvaltningen anser inte att strategin bör antas innan konsekvenserna för verksamheterna har utretts.',
    'Förslaget saknar en analys av kostnaderna och förvaltningen kan därför inte tillstyrka det.',
    'Förvaltningen är kritisk till att strategin lägger nya uppgifter på nämnderna utan finansiering.',
    'Förvaltningen motsätter sig att det internationella arbetet centraliseras på det sätt som föreslås.',
    'Enligt förvaltningens bedömning är förslaget inte tillräckligt förankrat i verksamheterna.',
    'Förvaltningen delar inte uppfattningen att en ny strategi behövs och avstyrker därför förslaget.',
    'Förslaget riskerar att leda till ökad administration utan nytta för stadens invånare, och förvaltningen avstyrker det.',
  ],
  none: [
    'Förvaltningen har tagit del av förslaget och har inga synpunkter utöver det som framgår nedan.',
    'Förvaltningen berörs endast i begränsad omfattning av förslaget.',
    'Förvaltningen lämnar följande information om sitt internationella arbete.',
    'Förvaltningen avstår från att ta ställning till förslaget i sin helhet.',
  ],
};

/** Sentences on one theme (inriktning), by stance; the keywords match the sample remiss's themes. */
export const THEME_SENTENCES: Record<string, Record<'supporting' | 'opposing' | 'conditional', readonly string[]>> = {
  Profilering: {
    supporting: [
      'Förvaltningen ser positivt på att profileringen av staden som en attraktiv plats att bo och verka i stärks.',
      'En gemensam marknadsföring av Stockholm är bra för besöksnäringen och för stadens attraktionskraft.',
      'Förvaltningen välkomnar att varumärket Stockholm ska användas mer samlat i det internationella arbetet.',
    ],
    opposing: [
      'Förvaltningen anser inte att profilering och marknadsföring är en uppgift för stadsdelsnämnderna.',
      'Arbetet med stadens varumärke bör inte ges företräde framför verksamheternas behov.',
    ],
    conditional: [
      'Profileringen bör samordnas med Stockholm Business Region förutsatt att rollerna klargörs.',
      'Marknadsföringen kan stödjas om den inte medför kostnader för nämnderna.',
    ],
  },
  Omvärldsbevakning: {
    supporting: [
      'Omvärldsbevakning är viktig för att staden ska kunna ta till sig ny forskning och goda exempel.',
      'Förvaltningen instämmer i att trender inom välfärden behöver bevakas systematiskt.',
      'Det är bra att kunskapsinhämtningen från andra städer lyfts fram i strategin.',
    ],
    opposing: [
      'Förvaltningen anser att en central omvärldsanalys riskerar att bli för allmän för att vara användbar.',
      'Kraven på omvärldsbevakning bör inte läggas på nämnder som saknar resurser för det.',
    ],
    conditional: [
      'Omvärldsbevakningen bör samordnas centralt under förutsättning att resultaten sprids till alla nämnder.',
      'Förvaltningen kan bidra till omvärldsanalysen om det sker inom befintliga nätverk.',
    ],
  },
  Samverkan: {
    supporting: [
      'Förvaltningen ser särskilt positivt på att samverkan med andra städer lyfts fram som ett sätt att utveckla verksamheterna.',
      'Erfarenhetsutbyte och nätverk inom EU har gett förvaltningen värdefulla kunskaper.',
      'Samarbetet med Östersjöstäderna är ett gott exempel på hur partnerskap kan bidra till utveckling.',
    ],
    opposing: [
      'Förvaltningen anser att samarbeten med andra städer inte bör prioriteras framför det lokala arbetet.',
      'Förslaget om nya partnerskap saknar en bedömning av vad samverkan kostar.',
    ],
    conditional: [
      'Samverkan med andra städer bör stödjas förutsatt att det finns en tydlig koppling till verksamhetens mål.',
      'Förvaltningen är positiv till nätverken om deltagandet kan finansieras med externa medel.',
    ],
  },
  Påverkan: {
    supporting: [
      'Det är angeläget att staden påverkar lagstiftningen inom EU tidigt i processen.',
      'Förvaltningen välkomnar att påverkansarbetet gentemot EU-institutionerna stärks.',
      'Intressebevakningen i Bryssel är viktig för stadens möjligheter att påverka.',
    ],
    opposing: [
      'Förvaltningen anser inte att lobbying är en lämplig uppgift för nämnderna.',
      'Påverkansarbetet bör inte bedrivas på bekostnad av kärnverksamheten.',
    ],
    conditional: [
      'EU-påverkan kan bli effektivare om det sker i samverkan med Region Stockholm och med tydliga prioriteringar.',
      'Förvaltningen stödjer påverkansarbetet under förutsättning att nämnderna får information i god tid.',
    ],
  },
};

/** Neutral sentences for background, preparation and reasoning: the bulk of a yttrande. */
export const BACKGROUND = [
  'Kommunstyrelsen har skickat ett förslag till ny internationell strategi på remiss till samtliga nämnder och bolagsstyrelser.',
  'Strategin ska ersätta de mål och riktlinjer för det internationella arbetet som kommunfullmäktige beslutade om 2008.',
  'Staden har sedan 2008 haft gemensamma riktlinjer för det internationella arbetet.',
  'I budget 2016 fick kommunstyrelsen i uppdrag att se över riktlinjerna.',
  'Resultatet är ett förslag till strategi med fyra inriktningar samt principer för hur nämnder och bolag ska prioritera bland internationella kontakter och besök.',
  'Ärendet har beretts på avdelningen för ledning och verksamhetsstöd i samråd med berörda enheter.',
  'Stadsdelsrådet har informerats om ärendet vid sitt möte i september.',
  'Pensionärsrådet och funktionshinderrådet har fått ta del av förslaget.',
  'Förvaltningen tar emot ett stort antal internationella studiebesök varje år.',
  'Under de senaste åren har förvaltningen deltagit i flera projekt med finansiering från EU.',
  'Besöken gäller ofta äldreomsorg, förskola och arbetet med nyanlända.',
  'Förvaltningens verksamheter har under året tagit emot delegationer från bland annat Finland, Tyskland och Kina.',
  'Arbetet med internationella frågor sker i dag i huvudsak inom ramen för ordinarie verksamhet.',
  'Det finns ingen särskild budget för internationellt arbete inom förvaltningen.',
  'Förvaltningen har en kontaktperson för internationella frågor som samordnar besök och projekt.',
  'I förslaget beskrivs hur staden ska arbeta för att stärka sin position som en ledande region i Europa.',
  'Strategin anger att nämnderna ska prioritera kontakter som bidrar till verksamhetens utveckling.',
  'Enligt förslaget ska kommunstyrelsen följa upp arbetet i samband med årsredovisningen.',
  'Förvaltningen har i sitt yttrande utgått från de uppdrag som nämnden har enligt reglementet.',
  'Ett internationellt perspektiv kan bidra till att utveckla kvaliteten i verksamheterna.',
  'Förvaltningen konstaterar att förslaget inte innehåller några uppgifter om kostnader.',
  'Det är i dag oklart hur uppföljningen ska gå till i praktiken.',
  'Flera av stadens nämnder har redan etablerade kontakter med motsvarande förvaltningar i andra länder.',
  'Förvaltningen vill framhålla betydelsen av att det internationella arbetet är förankrat hos medarbetarna.',
  'Ett exempel är projektet om digital välfärdsteknik som genomfördes tillsammans med Helsingfors och Tallinn.',
  'Projektet gav förvaltningen nya kunskaper om hur äldre kan bo kvar hemma längre med stöd av teknik.',
  'Förvaltningen deltar också i ett nätverk för stadsdelsutveckling med städer i Norden.',
  'Kostnaderna för resor och deltagande har finansierats inom befintlig budget.',
  'Det är viktigt att stadens internationella kontakter präglas av öppenhet och respekt för mänskliga rättigheter.',
  'Förvaltningen vill också peka på möjligheten att söka medel från Europeiska socialfonden.',
  'Arbetet bör utgå från stadens vision och de mål som kommunfullmäktige har beslutat.',
  'Förvaltningen har inga ytterligare synpunkter på förslagets språk eller disposition.',
  'De internationella kontakterna ska enligt förslaget vara långsiktiga och ömsesidiga.',
  'Förvaltningen noterar att strategin ska gälla till och med 2022.',
  'Förslaget innebär inga direkta ekonomiska konsekvenser för förvaltningen under innevarande år.',
  'Det är rimligt att staden har en samlad bild av vilka internationella åtaganden som finns.',
  'I remissen efterfrågas även synpunkter på hur studiebesök ska hanteras.',
  'Förvaltningen föreslår att studiebesök samordnas genom en gemensam funktion i stadshuset.',
  'Frågan om jämställdhet bör enligt förvaltningen lyftas fram tydligare i strategin.',
  'Barnrättsperspektivet beaktas i förslaget genom hänvisningar till barnkonventionen.',
];

/** Section headings, in the order a tjänsteutlåtande uses them. */
export const SECTIONS = ['Sammanfattning', 'Bakgrund', 'Ärendets beredning', 'Förvaltningens synpunkter'] as const;
