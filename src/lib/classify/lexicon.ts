/**
 * The phrase lists: how Swedish remissvar say yes, no, "yes, but" and "no comment".
 * Families, not sentences: stems with * take every inflection (tillstyrker, tillstyrka,
 * tillstyrks, tillstyrkande), … lets adverbs in ("ställer sig därför bakom").
 *
 * Weights: a formal ställningstagande (tillstyrker, avstyrker, ställer sig bakom) 1.5;
 * an attitude (välkomnar, är positiv till, kritisk till) 1.0; agreeing with a statement or
 * an analysis (instämmer i att, delar bedömningen) 0.6, since that often agrees with the
 * problem, not with the remedy.
 *
 * neg: 'flip' = a negation in the clause turns it around (tillstyrker inte = opposing);
 * 'own' = the phrase carries its own negation (inget att erinra); 'drop' = negated, it
 * says nothing (saknar inte).
 */
export type SignalKind =
  | 'support'
  | 'agree'
  | 'oppose'
  | 'abstain'
  | 'condition'
  | 'demand'
  | 'contrast'
  | 'qualifier'
  | 'reference';

export interface Entry {
  kind: SignalKind;
  w: number;
  neg: 'flip' | 'own' | 'drop';
  /**
   * A reservation that announces comments or stresses a point ("har följande synpunkter",
   * "vill påpeka") rather than setting a requirement ("under förutsättning att", "saknar"):
   * a yes with comments is often a plain yes. The learned model weighs the two apart.
   */
  comment?: true;
}
type Lex = readonly (readonly [string, Entry])[];

const F = (kind: SignalKind, w: number, neg: Entry['neg'] = 'flip'): Entry => ({ kind, w, neg });
/** A comment-type reservation (Entry.comment). */
const C = (w: number, neg: Entry['neg'] = 'flip'): Entry => ({ kind: 'condition', w, neg, comment: true });

/** Yes. */
export const SUPPORT: Lex = [
  ['tillstyrk*', F('support', 1.5)],
  ['ställ* sig|oss|mig … bakom', F('support', 1.5)],
  ['står … bakom', F('support', 1.5)],
  ['bifall*', F('support', 1.5)],
  // Past forms whose stem differs from the present: biföll, godkände, stödde.
  ['biföll|bifölls', F('support', 1.5)],
  ['godkänd|godkända|godkände|godkänt|godkändes', F('support', 1.2)],
  ['godkänn*', F('support', 1.2)],
  ['stöder|stödjer|stödja|stöds|stödde|stött', F('support', 1.0)],
  ['bejakar|bejaka|bejakas|bejakade|bejakat', F('support', 1.0)],
  // Endorsement takes a possessive or "fullt" ("ger sitt stöd till", "ger vårt fulla stöd"):
  // "ges adekvat stöd enligt skollagen", "ger tillräckligt stöd för att" are help and grounds.
  ['ger|ge|ges|gett … sitt|vårt|mitt|fullt|fulla … stöd', F('support', 1.0)],
  ['positiv|positivt|positiva … till', F('support', 1.0)],
  ['ser … positivt|positiv|positiva', F('support', 1.0)],
  ['positiv|positiva inställning', F('support', 1.0)],
  ['välkomn*', F('support', 1.0)],
  ['välkommen|välkommet|välkomna', F('support', 1.0)],
  ['är … bra', F('support', 0.8)],
  ['tycker … bra', F('support', 0.8)],
  ['ansluter … till', F('support', 0.8)],
  // Votes and plain yes in reports: "röstade för förslaget", "säger ja till", "ger tummen upp".
  ['röstade|röstar|röstat … för', F('support', 1.0)],
  ['säger|sa|sade … ja', F('support', 1.2)],
  ['ja till', F('support', 1.0)],
  ['tummen upp', F('support', 1.0)],
  ['gillar|gillade', F('support', 0.8)],
  // "Förbundet är positivt" without an object: a yes of the body itself (not "det är positivt att").
  ['är … positiv|positiva', F('support', 0.8)],
  ['ställ* sig|oss … positiv|positivt|positiva', F('support', 1.2)],
  ['är … för|positiva|positiv … förslaget|förslagen|reformen', F('support', 0.8)],
  // Weaker, informal yes: acceptance, "bör genomföras", praise of the proposal.
  ['accepterar|accepteras', F('agree', 0.8)],
  ['kan … acceptera', F('agree', 0.8)],
  ['godtar|godta|godtas', F('agree', 0.8)],
  ['bör|ska|skall … genomföras|införas|antas|fastställas', F('agree', 0.6, 'drop')],
  ['väl … avväg*|motiverad*|genomtänkt*|underbyggd*|underbyggt|genomarbetad*|genomarbetat', F('agree', 0.6, 'drop')],
  ['välavvägd*|välavvägt|välmotiverad*|ändamålsenlig*|efterlängtad*|efterlängtat', F('agree', 0.6, 'drop')],
  ['intressant*', F('agree', 0.4, 'drop')],
  // "Det är positivt att utredningen föreslår ...": praise of what is proposed, weaker than "är positiv till".
  ['positivt att', F('agree', 0.5, 'drop')],
  ['god|bra|gedigen|utmärkt|värdefull … grund|utgångspunkt|underlag', F('agree', 0.6, 'drop')],
  // Implicit yes: "ett (viktigt) steg i rätt riktning", "det är hög tid att ...".
  ['steg … i rätt riktning', F('support', 0.8)],
  ['hög|högsta tid att', F('agree', 0.5, 'drop')],
  // "hoppas att reglerna kan träda i kraft snart", "ser fram emot genomförandet", "ligger i linje med".
  ['hoppas … att … träda|träder|genomförs|införs|antas|beslutas', F('agree', 0.8, 'drop')],
  ['ser … fram emot … genomförandet|införandet|reformen|förslaget|förslagen|ändringarna|reglerna', F('agree', 0.8, 'drop')],
  ['i … linje med', F('agree', 0.4, 'drop')],
  ['inget|ingenting att erinra|invända|anmärka', F('support', 1.2, 'own')],
  ['inga erinringar|invändningar|anmärkningar', F('support', 1.2, 'own')],
  // "inga principiella / större / egentliga invändningar mot".
  ['inga|ingen … principiella|principiell|större|egentliga|egentlig|avgörande|bärande|allvarliga|grundläggande … invändningar|invändning|erinringar|erinran|anmärkningar', F('support', 1.2, 'own')],
  ['ingen erinran|invändning|anmärkning', F('support', 1.2, 'own')],
  ['inte något att erinra|invända', F('support', 1.2, 'own')],
  ['inget emot', F('support', 1.0, 'own')],
  ['utan … erinran|erinringar|invändning|invändningar|anmärkning|anmärkningar', F('support', 1.2, 'own')],
  ['läggas|ligga … till grund', F('agree', 0.8)],
  ['inget|inga hinder mot|för', F('support', 1.0, 'own')],
  ['inte … något|några hinder mot|för', F('support', 1.0, 'own')],
  ['inte … invändningar', F('support', 1.0, 'own')],
];

/** Agreeing with a statement or an analysis. */
export const AGREE: Lex = [
  ['instämm*', F('agree', 0.6)],
  ['delar … bedömning*|uppfattning*|syn|synen|bild|bilden|slutsats*|analys*|utgångspunkt*|ambition*', F('agree', 0.6)],
  ['håller … med', F('agree', 0.6)],
  ['är … enig|eniga|ense', F('agree', 0.6)],
  ['uppskattar', F('agree', 0.4)],
];

/** No. */
export const OPPOSE: Lex = [
  ['avstyrk*', F('oppose', 1.5)],
  ['avvisar|avvisa|avvisas|avvisat|avvisade|avvisande', F('oppose', 1.5)],
  ['motsätt* … sig|oss|mig', F('oppose', 1.5)],
  ['motsatte|motsatt … sig|oss|mig', F('oppose', 1.5)],
  ['motsäger|motsäga … sig|oss|mig', F('oppose', 1.2)],
  ['säger … nej', F('oppose', 1.5)],
  ['underkänn*', F('oppose', 1.5)],
  ['underkände|underkänt|underkändes', F('oppose', 1.5)],
  ['avslå|avslår|avslås|avslog|avslogs|avslagit|avslagits', F('oppose', 1.5)],
  ['yrkar|föreslår|föreslås|tillstyrker … avslag', F('oppose', 1.5)],
  ['skulle … motverka*|försvåra*|försämra*|undergräva*|urholka*', F('oppose', 0.8, 'drop')],
  // "Förslaget riskerar att försämra konkurrenskraften" (not "riskerar att bli ...": too vague).
  ['riskerar|riskera … att … motverka*|försvåra*|försämra*|undergräva*|urholka*', F('oppose', 0.8, 'drop')],
  // Implicit no: "vore ett (allvarligt) misstag", "riktar skarp kritik mot förslaget".
  ['vore|är|blir|skulle … ett … misstag|feltramp|felsteg', F('oppose', 1.0, 'drop')],
  ['riktar|riktade|rikta … kritik mot', F('oppose', 1.0, 'drop')],
  ['ser|betraktar|anser … som … misstag|felsteg|feltramp|försämring', F('oppose', 1.0, 'drop')],
  ['skarp|hård|kraftig|massiv kritik mot', F('oppose', 1.0, 'drop')],
  ['inte|ingen|inga|inget … skäl|anledning|behov att ändra*|förändra*|frångå*|genomföra|införa|inrätta|tillstyrka', F('oppose', 1.0, 'own')],
  ['förordar|rekommenderar att … inte|ej', F('oppose', 1.0, 'own')],
  // "Konsekvenserna är inte tillräckligt utredda": the proposal is not ready, a ground for a no.
  ['inte|ej … tillräckligt|tillfredsställande … utredd|utrett|utredda|underbyggd|underbyggt|underbyggda|analyserad|analyserat|analyserade', F('oppose', 0.8, 'own')],
  ['bör|ska … behållas|bibehållas|kvarstå', F('oppose', 0.6, 'drop')],
  ['bör|ska|skall|måste … dras tillbaka', F('oppose', 1.2, 'drop')],
  ['bör|ska|skall … utgå|strykas', F('oppose', 1.0, 'drop')],
  ['vänder … mot', F('oppose', 1.2)],
  ['vänt|vände|vända|vänder … sig … emot|mot', F('oppose', 1.2)],
  ['invänder|invände|invänt … mot', F('oppose', 1.2)],
  ['protesterar|protesterade|protesterat … mot', F('oppose', 1.2)],
  ['sågar|sågade|sågat', F('oppose', 1.2)],
  // "Förslaget bör skrotas", "hör hemma i papperskorgen": a no in plain words.
  ['skrota|skrotas|skrotat|skrotade|skrotar', F('oppose', 1.0, 'drop')],
  ['papperskorg|papperskorgen', F('oppose', 0.8, 'drop')],
  ['dålig|dåliga|dåligt … idé|förslag|lösning', F('oppose', 0.8, 'drop')],
  ['tycker|tyckte … inte … om', F('oppose', 1.0, 'own')],
  ['stoppa|stoppas|stoppat … förslaget|förslagen|reformen|lagförslaget', F('oppose', 1.0, 'drop')],
  // "Förbundet har arbetat för att stoppa förslaget": the respondent's own campaign against it (the purpose clause is its aim, not a subordinate stance).
  ['arbetar|arbetat|arbetade|jobbar|jobbat|jobbade|verkar|verkat|verkade|kämpar|kämpat|kämpade … för att stoppa|förhindra|hindra … förslaget|förslagen|reformen|lagförslaget', F('oppose', 1.0, 'drop')],
  ['missnöje|motstånd … mot|med', F('oppose', 0.8, 'drop')],
  ['besviken|besvikna|besviket|förvånad|förvånade … över|på', F('oppose', 0.6, 'drop')],
  // Implicit no in the genre: "strider mot grundlagen", "går i fel riktning", "varnar för följderna".
  ['strider|strida … mot', F('oppose', 0.8, 'drop')],
  ['fel … håll|riktning|väg', F('oppose', 0.7, 'drop')],
  ['varnar|varnade … för', F('oppose', 0.5, 'drop')],
  ['befarar|befarade', F('oppose', 0.5, 'drop')],
  ['beklagar|beklagade att', F('oppose', 0.5, 'drop')],
  ['allvarlig|allvarliga|stark|starka … kritik', F('oppose', 1.0, 'drop')],
  ['vill|tycker|anser … inte att', F('oppose', 0.8, 'own')],
  ['föreslog|föreslagit|föreslogs … avslag', F('oppose', 1.5)],
  ['avråder|avråda|avrått', F('oppose', 1.2)],
  ['är … emot', F('oppose', 1.0)],
  ['nuvarande|dagens|befintlig|befintliga … ordning|ordningen|system|systemet|regler|reglerna|regelverk|regelverket … behålls|behållas|bibehålls|bibehållas|kvarstår', F('oppose', 1.0, 'drop')],
  ['tar … avstånd', F('oppose', 1.5)],
  ['starkt … kritisk|kritiska', F('oppose', 1.5)],
  ['kritisk|kritiska|kritiskt … till|mot', F('oppose', 1.0)],
  ['negativ|negativa|negativt … till', F('oppose', 1.0)],
  ['ser … negativt', F('oppose', 1.0)],
  ['kan … inte … acceptera*', F('oppose', 1.2, 'own')],
  ['ifrågasätt*', F('oppose', 0.6, 'drop')],
  ['tveksam|tveksamma|tveksamt … till', F('oppose', 0.5, 'drop')],
  ['frågande|undrande … till', F('oppose', 0.5, 'drop')],
  ['ser|finns … inte|inget|ingen … behov', F('oppose', 1.0, 'own')],
  ['ser … ingen|inga … anledning|skäl', F('oppose', 0.8, 'own')],
  ['bör|ska|skall … inte … genomför*|inför*|antas|fastställ*|godkänn*|beslut*|tillstyrk*', F('oppose', 1.2, 'own')],
  ['inte … bör|ska … genomför*|inför*|antas|fastställ*', F('oppose', 1.2, 'own')],
  ['inte … ändamålsenlig*|lämplig*|motiverad*|godtagbar*|acceptab*|förenlig*|proportionerlig*|genomförbar*|prioriterad*|prioriterat|aktuell|aktuellt', F('oppose', 1.0, 'own')],
  ['olämplig*|oacceptab*|oförenlig*|orimlig*|förfelad*|förfelat|oproportionerlig*|ogenomtänkt*|förhastad*|förhastat|ofärdig*', F('oppose', 0.7, 'drop')],
  ['inte … nödvändig*|avgörande', F('oppose', 0.5, 'own')],
  ['motsatt … effekt', F('oppose', 0.6, 'drop')],
  // The remedy does not reach its aim or is not worth its cost: an implicit no.
  ['inte … tillräckliga|tillräcklig|tillräckligt … för att', F('oppose', 0.6, 'own')],
  ['inte … motsvarar|uppväger|motiverar … ingrepp*|kostnad*|nackdel*|risk*|börd*', F('oppose', 0.7, 'own')],
  ['motsvarar|uppväger|motiverar … inte … ingrepp*|kostnad*|nackdel*|risk*|börd*', F('oppose', 0.7, 'own')],
  ['ser … inte … att … leda|leder|bidra|bidrar|lösa|löser', F('oppose', 0.6, 'own')],
  ['inte … går … att … införa|genomföra|tillämpa', F('oppose', 0.8, 'own')],
  ['går … inte|ej … att … införa|genomföra|tillämpa', F('oppose', 0.8, 'own')],
  // Criticism of a part: "ikraftträdandet är för tidigt", "tidsfristen är alltför kort".
  ['är|blir|vore … för|alltför tidig|tidigt|tidiga|sen|sent|sena|kort|korta|snäv|snävt|snäva|lång|långt|långa|hög|högt|höga|låg|lågt|låga|kostsam*|betungande|långtgående|omfattande|stelbent|schablonmässig*', F('oppose', 0.6, 'drop')],
  ['bör … avstå … från', F('oppose', 0.8, 'drop')],
];

/** No position. */
export const ABSTAIN: Lex = [
  ['avstår|avstått|avstå|avstod … från att … yttra*|svara*|besvara*|avge*|lämna*|ta', F('abstain', 1.5, 'own')],
  ['avstår|avstått|avstå|avstod … att yttra*|svara*|besvara*|avge*|lämna*', F('abstain', 1.5, 'own')],
  ['avstår|avstått|avstå|avstod … från … yttrande*|synpunkter|svar', F('abstain', 1.5, 'own')],
  ['berör|berörs … inte|ej … nämnd*|verksamhet*|ansvarsområde*|bolag*|förvaltning*|uppdrag*', F('abstain', 1.5, 'own')],
  ['inte|ej … berör* … verksamhet*|ansvarsområde*', F('abstain', 1.5, 'own')],
  ['utanför … ansvarsområde*|verksamhetsområde*|uppdrag*|kärnverksamhet*|verksamhet|verksamheten|verksamhetens|kompetensområde*', F('abstain', 1.0, 'own')],
  ['har|lämnar|avger … inga|inte|inget|ingen … synpunkter|kommentarer|yttrande|eget', F('abstain', 1.2, 'own')],
  ['inte|ej lämnar|avger|lämna|avge … något|några|eget|egna|yttrande|synpunkter', F('abstain', 1.2, 'own')],
  ['utan … eget|egna|något … ställningstagande*|yttrande|synpunkter', F('abstain', 1.0, 'own')],
  ['lämna*|informera* … information*|upplysning*', F('abstain', 0.5, 'own')],
  ['inget att … yttra|anföra|tillägga', F('abstain', 1.0, 'own')],
  ['inte|inget|ingenting … att tillföra', F('abstain', 1.0, 'own')],
  ['avgränsar|begränsar … yttrande*|svar*', F('abstain', 0.9, 'own')],
  ['bara|endast|enbart … reflektera*|kommentera*', F('abstain', 0.9, 'own')],
  ['till handlingarna', F('abstain', 0.8, 'own')],
  ['föranleder … inget|inga|ingen|inte … yttrande|synpunkter|åtgärd|åtgärder|kommentar|kommentarer|erinran', F('abstain', 1.2, 'own')],
  ['utan åtgärd', F('abstain', 1.0, 'own')],
  ['avböjer|avböjt|avböjde … att … yttra*|svara*|lämna*', F('abstain', 1.5, 'own')],
  ['inte|ej … påverka|påverkar … nämnd*|verksamhet*|bolag*|ansvarsområde*', F('abstain', 1.2, 'own')],
  ['utan yttrande|ställningstagande', F('abstain', 1.2, 'own')],
  ['har … ingen|inga … bestämd|särskild|egen … uppfattning|åsikt', F('abstain', 1.0, 'own')],
  ['för kännedom', F('abstain', 0.5, 'own')],
  // The municipal formula for a motion or a citizens' proposal: "anses besvarad" takes no position.
  ['anse|anses|anser|ansåg|förklara*|förklaras|föreslås|bedöms … besvarad|besvarade|besvarat', F('abstain', 1.5, 'own')],
  ['avser|kommer|tänker … inte … kommentera|yttra*|bedöma', F('abstain', 1.0, 'own')],
  ['avser|kommer|tänker … inte att kommentera|yttra*|bedöma', F('abstain', 1.0, 'own')],
  // Not yet a position: the answer is still being prepared, or waits for something else.
  ['återkommer|återkomma|återkommer … med … yttrande|remissvar|ställningstagande|svar|synpunkter', F('abstain', 0.8, 'own')],
  ['sammanställ*|utarbeta* … remissvar*|yttrande*', F('abstain', 0.6, 'own')],
  ['tar|ta|arbetar|arbeta fram … remissvar*', F('abstain', 0.6, 'own')],
  ['underlag … för|till … remissvar*|yttrande*|ställningstagande*', F('abstain', 0.6, 'own')],
  ['inväntar|invänta|avvaktar|avvakta|avvaktas|inväntas', F('abstain', 0.6, 'own')],
  ['går … inte … att … bedöma', F('abstain', 0.9, 'own')],
  ['går … inte … att … ta ställning', F('abstain', 0.9, 'own')],
  ['inte … kan|kunna|kunnat … bedöma', F('abstain', 0.9, 'own')],
  ['kan|kunna|kunnat … inte … bedöma', F('abstain', 0.9, 'own')],
];

/** Yes, but: explicit conditions and comments. */
export const CONDITION: Lex = [
  ['under förutsättning*', F('condition', 1.2)],
  ['förutsatt|givet|förutsättningsvis att', F('condition', 1.2)],
  ['såvida|försåvitt|förutsatt', F('condition', 1.0)],
  ['endast|bara|enbart … om|förutsatt', F('condition', 1.0)],
  ['förutsätter … att', F('condition', 1.0)],
  ['förutsättningen … är att', F('condition', 1.0)],
  // "En förutsättning för att förbundet ska kunna tillstyrka är att ..." (not "är en förutsättning för att
  // verksamheten ska kunna bedrivas", a statement of the background).
  ['förutsättning för att … kunna … tillstyrka|stödja|ställa|acceptera|godta', F('condition', 1.2)],
  // "under vissa förutsättningar" (not "under nuvarande förutsättningar": the present state of things).
  ['under … vissa|rätt|särskilda|tydliga … förutsättningar', F('condition', 1.0)],
  ['på|med villkor*', F('condition', 0.8)],
  ['villkorar|villkoras|villkorat|villkorade|villkoret', F('condition', 0.8)],
  ['med … följande|vissa|några|nedanstående|de|dessa|ovanstående|framförda|angivna … synpunkter|kommentarer|medskick|påpekanden|justeringar|ändringar|tillägg|kompletteringar|förändringar|förbehåll|synpunkt|kommentar|ändring|förändring|justering|komplettering|reservation', F('condition', 1.0)],
  ['har|lämnar|lyfter|framför*|framhåller|framhålla|lämnas … synpunkter|kommentarer|medskick', C(0.9, 'drop')],
  ['har … följande|vissa|några|ett … synpunkter', C(0.9, 'drop')],
  ['medskick', C(0.9)],
  ['efterfrågar|efterfrågas|efterfrågade|efterfråga|efterlyser|efterlyses|efterlyste|efterlysa', F('condition', 0.95, 'drop')],
  ['saknar', F('condition', 0.9, 'drop')],
  ['önskar|önskvärt', C(0.6, 'drop')],
  ['med … undantag', F('condition', 1.0)],
  ['med … reservation*|förbehåll*', F('condition', 1.0)],
  ['förbehåll*|reservation*', F('condition', 0.8)],
  ['bör|behöver|måste|borde|behöva … kompletteras|förtydligas|tydliggöras|preciseras|konkretiseras|utredas|analyseras|ses|förstärkas|justeras|ändras|revideras|beaktas', F('condition', 0.9, 'drop')],
  // "vill särskilt lyfta fram förslaget om ..." is emphasis (often praise), not a reservation.
  ['vill … lyfta fram', C(0.4)],
  ['vill … påpeka|lyfta|uppmärksamma|framföra', C(0.8)],
  // Raising a question or taking the chance to add a point: a comment beside the answer.
  ['vill … väcka|resa … frågan|fråga|frågor', C(0.6)],
  ['vill … passa på att', C(0.4)],
  // Emphasis is often praise ("vill understryka att förslaget är efterlängtat"): weak alone.
  ['vill … understryka|betona|framhålla|poängtera', C(0.4)],
  ['betonar|understryker … vikten', C(0.8)],
  ['ser … risk*', F('condition', 0.5, 'drop')],
  ['ser … svårigheter|svårighet', F('condition', 0.5, 'drop')],
  // "ser behov av justeringar": a change asked for, as "bör justeras" is.
  ['ser … behov av … justering*|ändring*|komplettering*|förtydligande*|förändring*', F('condition', 0.8, 'drop')],
  ['med … oro', F('condition', 0.5)],
  // A mixed verdict: "det finns både positiva och negativa delar i förslaget".
  ['både … positiva|positivt|negativa|negativt … och … negativa|negativt|positiva|positivt', F('condition', 0.8, 'own')],
  ['oroad|oroade|bekymrad|bekymrade', F('condition', 0.5)],
];

/** Demands by the respondent: weak alone, several make a conditional yes. */
export const DEMAND: Lex = [
  ['bör|behöver|måste|borde|behöva', F('demand', 0.3, 'drop')],
  // "Vi vill därför att kraven skärps": a wish for a change is a demand.
  ['vill … att', F('demand', 0.3, 'drop')],
  ['viktigt|angeläget|avgörande|väsentligt|nödvändigt att', F('demand', 0.3, 'drop')],
  ['viktigt|angeläget|väsentligt|nödvändigt … också|även|därför|dock att', F('demand', 0.3, 'drop')],
  ['vikten av', F('demand', 0.4)],
];

/** Contrast after a yes: men, dock, samtidigt. */
export const CONTRAST: Lex = [['men|dock|samtidigt|däremot|emellertid|ändå', F('contrast', 0.9, 'own')]];
/**
 * A phrase whose last word, followed by one of these, means something else: "ska utgå" is
 * "shall be removed", "ska utgå från" is "shall be based on".
 */
export const NOT_FOLLOWED_BY: Readonly<Record<string, readonly string[]>> = { utgå: ['från', 'ifrån'], utgår: ['från', 'ifrån'], stött: ['på', 'ihop'], stödde: ['sig'] };
/**
 * A phrase whose last word comes right after one of these is something else: "remitterats för
 * synpunkter", "har för synpunkter skickats till" ask for comments, they give none.
 */
export const NOT_PRECEDED_BY: Readonly<Record<string, readonly string[]>> = { synpunkter: ['för'], kommentarer: ['för'], yttrande: ['för'] };
/** "samtidigt som" is "while", not "but". */
export const NOT_CONTRAST_AFTER: Record<string, string> = { samtidigt: 'som' };

/** Partial agreement: counts only together with a yes in the same sentence. */
export const QUALIFIER: Lex = [
  ['i huvudsak', F('qualifier', 0.4, 'own')],
  ['huvudsakligen', F('qualifier', 0.4, 'own')],
  ['till … stora|största … del|delar', F('qualifier', 0.4, 'own')],
  ['i stort', F('qualifier', 0.4, 'own')],
  ['i allt väsentligt', F('qualifier', 0.3, 'own')],
  ['i princip', F('qualifier', 0.4, 'own')],
  ['delvis', F('qualifier', 0.9, 'own')],
  // "instämmer till del", "tillstyrker till viss del": a yes to some of it.
  ['till del|delar', F('qualifier', 0.9, 'own')],
  ['till viss|vissa del|delar', F('qualifier', 0.9, 'own')],
  // "positiv till merparten av förslagen": a yes to most parts, not to all.
  ['merparten|huvuddelen|flertalet|majoriteten|flera … av', F('qualifier', 0.9, 'own')],
  ['de flesta|vissa|några … förslag|förslagen|delar|delarna', F('qualifier', 0.6, 'own')],
  ['generellt', F('qualifier', 0.2, 'own')],
];

/** "Nämnden hänvisar till förvaltningens tjänsteutlåtande": the body decides. */
export const REFERENCE: Lex = [
  ['hänvisar … till', F('reference', 0, 'own')],
  ['överlämnar … tjänsteutlåtande*|yttrande*|svar*|skrivelse*', F('reference', 0, 'own')],
  ['som … svar|yttrande|remissvar', F('reference', 0, 'own')],
  ['i enlighet med … förslag*|tjänsteutlåtande*', F('reference', 0, 'own')],
];

/** Words after a yes verb that make it a reference to the staff's draft, not a yes. */
export const REFERENCE_OBJECTS = ['förvaltning', 'kontoret', 'kontorets', 'stadsledningskontor', 'tjänsteutlåtande', 'yttrande', 'svar', 'remissvar', 'skrivelse'];
/** Yes verbs that, with such an object, adopt the draft (godkänner förvaltningens förslag). */
export const ADOPT_VERBS = ['godkänn', 'ställ', 'instämm', 'stöd', 'antar', 'ansluter', 'står'];

/** Negation words; "inte minst"/"inte bara" are not negations. */
export const NEGATIONS = new Set(['inte', 'ej', 'icke', 'aldrig', 'varken', 'knappast', 'knappt']);
export const NOT_NEGATING_AFTER = new Set(['minst', 'bara', 'endast', 'enbart', 'blott']);
