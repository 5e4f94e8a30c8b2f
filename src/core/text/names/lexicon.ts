// Word lists the name checks lean on, all folded (lower-case ASCII): capitalised words that are
// not names (titles, days, months, sentence openers), given names (a sure sign of a person's
// name), English words written with capitals that are not names, and German common nouns (German
// capitalises every noun, so a capital alone says nothing there).
import { fold } from './fold';
import { functionWords } from '../../lang/function-words';

const set = (text: string): Set<string> => new Set(text.split(/\s+/).filter(Boolean).map(fold));

/** Capitalised words that are not names, across the languages we read: titles, days, months, openers. */
const COMMON = set(`
  i me my we you he she it they a an the this that these those there here what who when where why how which
  mr mrs ms miss dr prof sir madam lord lady president minister prime chancellor premier mayor governor
  secretary general admiral colonel captain commander chief head director spokesman spokeswoman senator deputy
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december and or but if in on at of for to from with by as not no yes so also
  der die das den dem des ein eine einer eines einem einen er sie es wir ihr ich du man mein sein unser
  dieser diese dieses jener herr herrn frau doktor montag dienstag mittwoch donnerstag freitag samstag sonntag
  januar februar märz mai juni juli oktober dezember und oder aber wenn als auch nach vor bei mit von zu im am zum zur
  präsident präsidentin bundeskanzler bundeskanzlerin kanzler kanzlerin ministerpräsident bürgermeister chef chefin
  el la los las lo un una unos unas y o pero si en de del al con por para sin sobre señor señora don doña usted ustedes
  lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre
  octubre noviembre diciembre presidente presidenta ministro ministra primer alcalde
  il lo gli le i uno della dello degli delle nel nella ed e ma se per tra fra signor signora sig dott
  lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio aprile maggio giugno luglio settembre
  ottobre novembre dicembre sindaco premier
  pan pani państwo panie pana panu panem w we z ze na do od po za o u a ale czy jak to ten ta prezydent premier minister
  styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień
  poniedziałek wtorek środa czwartek piątek sobota niedziela
  ty on ona ono oni my vy já pane ing mgr předseda premiér ministr prezident hejtman starosta
  leden únor březen duben květen červen červenec srpen září říjen listopad prosinec
  pondělí úterý středa čtvrtek pátek neděle
  le les un une des du au aux et ou mais dans sur pour par avec sans monsieur madame mademoiselle m mme mlle
  lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril juin juillet août septembre octobre
  novembre décembre président ministre
  я ты он она оно мы вы они это как что господин госпожа президент премьер министр глава
  январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
  понедельник вторник среда четверг пятница суббота воскресенье
  internet web covid coronavirus ok
`);

/** Sentence openers beyond the function-word lists, by language (they may be names elsewhere: "Uber"). */
const OPENERS: Record<string, Set<string>> = {
  fr: set('selon plusieurs certains certaines celles celle ceux celui cette ces malgré voir après avant depuis pendant lors alors ainsi aussi encore enfin puis donc car quand lorsque tandis tous toutes chaque aucun aucune autre autres'),
  es: set('según varios varias algunos algunas después antes durante además mientras aunque cuando donde cada otro otra'),
  it: set('secondo alcuni alcune dopo prima durante inoltre mentre anche quando dove ogni altro altra oltre molti molte'),
  pl: set('według kilka kilku wiele później przed podczas także również jednak gdy kiedy każdy inny inne dzięki teraz'),
  cs: set('podle několik mnoho později před během také však když každý jiný další dnes nyní'),
  ru: set('согласно несколько многие после перед во время также однако когда каждый другой кроме сейчас'),
  de: set('weitem seit trotz obwohl irgendwann schon noch bisher dabei damit danach deshalb daher dennoch inzwischen zudem zuvor außerdem allerdings jedoch sowohl weder laut gegen ohne unter über zwischen während wegen'),
};
const NO_OPENERS = new Set<string>();

/** Is this folded word a capitalised non-name in any language, or a function word or opener of the given one? */
export function isCommonCapital(folded: string, lang: string): boolean {
  return COMMON.has(folded) || foldedFunctionWords(lang).has(folded) || (OPENERS[lang] ?? NO_OPENERS).has(folded);
}

const FUNCTION_CACHE = new Map<string, Set<string>>();

export function foldedFunctionWords(lang: string): Set<string> {
  let s = FUNCTION_CACHE.get(lang);
  if (!s) {
    s = new Set([...functionWords(lang)].map(fold));
    FUNCTION_CACHE.set(lang, s);
  }
  return s;
}

/** Given names across the languages we read (folded); a capitalised word among them is a person's name. */
const FIRST_NAMES = set(`
  aaron adam adrian ahmed alain alan albert alberto alejandro aleksander aleksandr aleksandra alessandro alex alexander
  alexandra alexei alexey alfred ali alice alina allan amanda amy ana anastasia anatoly andre andrea andreas andrei andrej
  andrew andrey andrzej andy angela angelika anna anne annette anthony anton antonio arnold arthur artur barack barbara
  bartosz benjamin bernard bernd bill bob bohuslav boris brian bruce bruno carl carlo carlos caroline catherine charles
  charlie chris christian christina christine christoph christopher claire claudia colin daniel daniela daniele dariusz
  david dennis denis diana dieter dmitri dmitry dmitriy dominik donald dora dorota edward elena elizabeth elisabeth
  elzbieta emily emma emmanuel eric erich erik ernst eva evgeny ewa fabian felix filip florian francesco francis
  francisco franco frank franz fred friedrich gabriel gary george georg gerhard giovanni giuseppe gordon grzegorz
  guido gunter hana hans harald harry heinrich heinz helena helmut henry herbert horst hugo ian igor ilya irina
  isabel ivan jack jacques jakub james jan jana janusz jaroslav jaroslaw javier jean jennifer jens jerzy jesse jessica
  jim jimmy jiri joachim joe johann johannes john jonathan jorge jose josef joseph juan julia julian julie jurgen
  justin kamil karel karl karin katarzyna kate katharina kevin klaus konrad krzysztof kurt lars laura lech leon leonid
  lisa lothar louis luca lucas luis lukas lukasz magdalena manfred manuel marc marcel marco marek margaret maria marian
  marie mario mariusz mark markus marta martin martina mary matteo matthew matthias max maxim mehmet michael michal
  michel miguel mikhail milan miloš milos miroslav mohamed mohammed monika nadia natalia natasha nicolas nikita
  nikolai nikolay nina norbert oleg olaf oliver olga oscar otto pablo paolo pascal patrick paul pavel pawel pedro peter
  petr petra philip philipp philippe piotr pierre rafael rafal rainer ralf ramon raymond richard robert roberto roger
  roman ronald rudolf ryan sabine sam samuel sandra sara sarah sebastian sergei sergey sergio simon sophie stanislav
  stanislaw stefan stefano stephan stephen steve steven susanne sven svetlana tadeusz tatiana thomas tim timothy tobias
  tom tomas tomasz tony ulrich ursula uwe valentina valery vasily vera victor viktor vincent vladimir vladislav
  vojtech volker walter werner wilhelm william wojciech wolfgang xavier yuri yury zbigniew zdenek zuzana
  mick chase jerry gemma hortense kornel mustafa moustafa muhammad barham emmanuel angela boris recep vladimir
`);

export function isFirstName(folded: string): boolean {
  return FIRST_NAMES.has(folded);
}

/** English words written with a capital in titles and names that are not names themselves. */
const ENGLISH_COMMON = set(`
  a an the and or but nor of in on at by for from to with without into onto over under about after before between
  through during against among across along around behind beyond near off out up down via per than as so if then
  this that these those there here which who whom whose what when where why how all any some each every both either
  neither no not one two three four five six seven eight nine ten first second third last next new old other another
  i me my we us our you your he him his she her it its they them their is are was were be been being am do does did
  have has had will would shall should can could may might must let also just only even still yet too very well
  mr mrs ms dr prof sir madam lord lady president vice minister prime chancellor premier mayor governor secretary
  general admiral colonel captain commander chief head director spokesman spokeswoman senator deputy chairman chair
  leader member members officer officers agent judge prosecutor attorney ambassador envoy representative speaker
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december spring summer autumn fall winter
  according however meanwhile moreover therefore thus although though because since while until unless whether
  yes ok okay please thanks thank oh hello sorry
  mister miss madame saint st professor doctor reverend father mother brother sister uncle aunt
  internet web online covid coronavirus pandemic virus
  part section chapter article paragraph figure table page volume issue edition episode season round stage
  act law bill code treaty agreement accord deal plan programme program project strategy policy report review
  day week month year decade century age era time
  east west north south central northern southern eastern western upper lower inner outer greater great little
  big small high low long short grand royal national international federal regional local municipal public private
  open free independent democratic republican liberal conservative social socialist communist green labour labor
  american european african asian
  news times post daily journal herald tribune gazette magazine review press media network channel radio tv
  company corporation group holding holdings inc ltd llc co corp plc ag gmbh sa spa bv
  club team fc united city town county district province region state states country nation nations world
  university college school institute academy hospital clinic centre center museum library foundation fund
  association society union league party council committee commission board office bureau agency authority
  ministry department service services court tribunal parliament congress senate assembly chamber house
  government administration cabinet army navy force forces guard police fleet corps
  church cathedral temple mosque synagogue palace castle tower bridge square street road avenue station airport
  port harbour harbor park garden stadium arena hall theatre theater market bank exchange
  river lake sea ocean bay gulf island islands mountain mountains mount valley cape coast desert forest falls
  earth sun moon star stars planet galaxy universe space sky
  god lord jesus christ christmas easter allah
  award prize cup championship championships games olympic olympics grand prix formula tournament open series
  war peace revolution crisis conference summit forum festival show fair exhibition expo
  award awards day night
  assistant adviser advisor officer manager coach player chairwoman vice acting former i'm i've i'll i'd
`);

export function isEnglishCommon(folded: string): boolean {
  return ENGLISH_COMMON.has(folded);
}

// German common nouns (folded stems): a capitalised German word that is one of these, inflected,
// or a compound ending in one, is a noun, not a name. Heads that also end place names (-berg,
// -burg, -dorf, -stadt...) are left out on purpose.
const GERMAN_NOUN_LIST = `
  abend abkommen absicht abstand abteilung alter amt anfang angabe angebot angriff angst anlage anteil antrag antwort
  anwalt arbeit arbeiter art arzt aufgabe auftrag auge ausbildung ausgang aussage ausstellung auto autor bahn bank bau
  bauer baum beamte bedeutung befehl beginn behorde beispiel beitrag bereich bericht beruf beschluss besuch betrieb
  bett bevolkerung bewegung bewohner beziehung bild bildung blick blut boden boot brief bruder buch buhne bund burger
  burgerin chance dach dame dank daten decke dienst ding dorf druck ecke ehe ehre eigentum einfluss einheit einsatz
  eintritt einwohner eltern ende energie entscheidung entwicklung erde erfahrung erfolg ergebnis erinnerung erklarung
  ernte essen fach fahrer fahrt fahrzeug fall familie farbe feld fenster ferien fest feuer film finanz firma fisch
  flache fleisch flucht fluss flugzeug folge forderung form forschung foto frage freiheit freund freundin frieden
  fruhjahr fuhrung funktion fuss gast gebaude gebiet gebot gedanke gefahr gefangnis gefuhl gegend gegner gehalt geld
  gemeinde gericht geschaft geschichte gesellschaft gesetz gesicht gesprach gesundheit gewalt gewinn glas glaube
  gluck gott grenze grund gruppe gut haar hafen halfte hals haltung hand handel handy hauptstadt haus heimat hilfe
  himmel hintergrund hinweis hitze hochzeit hoffnung hohe hotel hund idee industrie information insel interesse jahr
  jahrhundert jugend junge kampf kandidat kapitel karte kasse katastrophe kauf kette kind kinder kirche klasse klima
  klinik knie koalition kollege kommission konflikt kontakt kontrolle kopf korper kosten kraft krankenhaus krankheit
  krieg kritik kuche kultur kunde kunst kurs kuste labor lage land landschaft lauf leben lehrer leistung leiter
  leute licht liebe lied linie liste lohn luft macht madchen mal mangel mann mannschaft mark markt masse massnahme
  material mauer meer mehrheit meinung meister menge mensch messer miete milliarde million minute mitglied mitte
  mittel mittelpunkt moglichkeit monat mord morgen motor mund museum musik mutter nachbar nachfrage nachricht nacht
  nahe name natur nebel netz nummer ober objekt opfer ordnung organisation ort paar papier park partei partner person
  pflanze pflege pflicht plan platz politik polizei polizist position praxis preis presse problem produkt programm
  projekt protest prozent prozess prufung punkt quelle rad rahmen rand rat raum rechnung recht rede regel regen
  regierung region reise rennen rest richtung risiko rolle ruck ruhe saison sache satz schaden schiff schlag schluss
  schritt schuld schule schuler schutz schwester see seele seite sekunde sender sicherheit sieg sinn situation sitz
  sohn soldat sommer sorge spiel spieler spitze sprache sprecher staat stadt stand stelle stimme strafe strand strasse
  strecke streit strom stuck student studie stufe stunde sturm suche system tag tat tater tatigkeit teil teilnehmer
  telefon tempo termin test text thema tier tisch titel tochter tod ton tor tour tradition trainer training traum
  treffen trend tur turnier ubung uhr umfrage umgebung umwelt unfall unternehmen unterricht unterschied unterstutzung
  ursache urteil vater verbindung verein verfahren verhalten verhaltnis verkauf verkehr verlust vermogen vernunft
  versuch vertrag vertrauen verwaltung video volk vorschlag vorstand vorteil wagen wahl wahrheit wald wand ware
  wasser wechsel weg welle welt werk wert wetter widerstand wind winter wirtschaft wissen woche wohnung wort wunsch
  zahl zeichen zeit zeitung zentrum ziel zimmer zug zukunft zusammenhang zuschauer zweifel
  aufbau schild formel abschwachung agent angehorige arbeitslose armut attribut bub comeback dollar euro frau
  gerausch glaubiger insider kapazitat lockdown matrose millionen musiker pause
  standort stern sturme trupp verlust ubertragung zaun zoll zeuge damm
  imbiss nachspielzeit endstand stadtteil steuer versorgung
  mitglieder initiative bestand gewinne quote stimmen warnung
  krise pandemie runde experte passagier wunde chirurgie gebrauch brauch wurzel virus viren weite jahrhundert
  massiv gipfel tote toter freiwillig helfer gitarrist fahren sechste achte zweite dritte vierte funfte
  patient arzt arztin arbeitsplatz auftritt ausnahme bedingung behandlung beobachter besucher betroffene demonstrant
  einnahme entwurf erklarung fussball gastgeber gefahr gesamt hauptstadt heim held hersteller hintergrund hohepunkt
  impfstoff infektion jager kanzler klage kommune kreis lehrerin leiche linke rechte mitarbeiter nachfolger
  niederlage offentlichkeit partie pilot profi quartal rakete rekord rennfahrer richter rucktritt schuler schiedsrichter
  sieger spielerin sportler start stau sturmer tabelle team tier titel torwart trainer ubernahme vertreter verletzung
  verletzte vorwurf wahlkampf weltmeister zentrale zuwachs ausland inland
  moderator betreiber erreger aspekt kiefer buro strand meile ehemann ehefrau geschaftsfuhrer ermittler tater opfer
  grad abgeordnete anbieter anhanger anleger auslander ausschuss bank befund behorde berater besitzer bestatigung
  betrag bezirk bundesland debatte dorf ebene einbruch eingang einladung einwand empfang enkel entwurf erbe fahrer
  fan fans feuerwehr flughafen frist gast gegenteil gelande gemeinde genehmigung geschwindigkeit gesprach gewerkschaft
  gruppe halle handel haushalt herbst herkunft herz hirn hof hugel immobilie insasse jahreszeit journalist kabinett
  kamera kanal kapitan kasse kaufer keller kern klub knochen koffer konzern konzert kreuzung kunstler lager laden
  landkreis landwirt lauf lehre leser lieferung luge mannschaft mieter mitte modell moment muster nachwuchs notfall
  oberflache ortschaft pandemie papst parlament passant pfarrer plakat pokal politiker praxis prasidentin priester
  quelle rathaus reform rektor rente rucken runde sanger schaden schicht schiedsrichter schlacht schuss schwein
  senior sieger spende spital stamm statistik stau stiftung stimmung strom studium sucht szene tagung tante taxi
  teil tiefe tipp ton tourist transport trend trupp tunnel turm uberblick ufer umsatz universitat unterkunft urlaub
  verband verbraucher verdacht verein verhandlung verkaufer verletzung vermieter verteidiger vertreter vogel volk
  vorfall vorsitzende wache wagen wahler ware weltkrieg werbung wettbewerb winkel wissenschaftler wochenende zeuge
  ziege zone zuschauer zweck
  dame herr leute menschen sohn tochter kunde kundin burgermeisterin klasse tanz hose schuh schuhe
  erwachsene jugendliche kinder studenten
  `;

const GERMAN_NOUNS = new Set(GERMAN_NOUN_LIST.split(/\s+/).filter(Boolean));
const GERMAN_NOUN_BY_PREFIX = new Map<string, string[]>();
for (const n of GERMAN_NOUNS) {
  const k = n.slice(0, 3);
  const list = GERMAN_NOUN_BY_PREFIX.get(k) ?? [];
  list.push(n);
  GERMAN_NOUN_BY_PREFIX.set(k, list);
}

/** Derivational endings that make German nouns (and almost never names). */
const GERMAN_NOUN_SUFFIX = /(iger|ige|igen|licher|liche|lichen|ischer|ische|ischen|ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|sion|sionen|ismus|itat|itaten|nis|nisse|nissen|tum|tumer|chen|lein|ment|mente|ling|linge|erei|ereien|ierung|anz|enz|ur|uren|ik|iken)$/;

/** Nouns that end surnames more often than common compounds (Zimmermann, Hoffmann, Baumeister). */
const SURNAME_HEADS = new Set(['mann', 'meister', 'bauer', 'berger', 'maier', 'meier', 'huber', 'hofer', 'ecker', 'richter']);

const GERMAN_CACHE = new Map<string, boolean>();
const GERMAN_TAILS = ['', 'e', 'en', 'n', 'er', 'ern', 's', 'es', 'ne', 'nen', 'in', 'innen'];

function germanNounAt(folded: string, at: number): boolean {
  const list = GERMAN_NOUN_BY_PREFIX.get(folded.slice(at, at + 3));
  if (!list) return false;
  for (const n of list) {
    if (!folded.startsWith(n, at)) continue;
    const tail = folded.slice(at + n.length);
    if (GERMAN_TAILS.includes(tail)) return true;
  }
  return false;
}

/** Is this folded German word a common noun: listed, inflected, a compound ending in one, or built with a noun suffix? */
export function isGermanNoun(folded: string): boolean {
  const seen = GERMAN_CACHE.get(folded);
  if (seen !== undefined) return seen;
  let noun = GERMAN_NOUN_SUFFIX.test(folded) || germanNounAt(folded, 0);
  if (!noun && folded.length >= 7) {
    // Compounds: a known noun as the head, after at least three letters (Kinder|klinik).
    for (let i = 3; i + 3 <= folded.length && !noun; i++) {
      const list = GERMAN_NOUN_BY_PREFIX.get(folded.slice(i, i + 3));
      if (!list) continue;
      for (const n of list) {
        if (n.length >= 4 && !SURNAME_HEADS.has(n) && folded.startsWith(n, i) && GERMAN_TAILS.includes(folded.slice(i + n.length))) {
          noun = true;
          break;
        }
      }
    }
  }
  if (GERMAN_CACHE.size > 50000) GERMAN_CACHE.clear();
  GERMAN_CACHE.set(folded, noun);
  return noun;
}

// German determiners and prepositions fused with articles: the noun they open is a common noun.
export const DE_DETERMINERS = set(`
  der die das den dem des ein eine einer eines einem einen kein keine keiner keines keinem keinen im am zum zur vom
  beim ins ans aufs ums mein meine meiner meines meinem meinen dein deine sein seine seiner seines seinem seinen ihr ihre
  ihrer ihres ihrem ihren unser unsere unseren unserem unserer euer eure dieser diese dieses diesem diesen jener jene
  jenes jeder jede jedes jedem jeden alle allen aller welche welcher welches manche mancher solche solcher viele vielen
  mehrere mehreren einige einigen beide beiden wenige wenigen andere anderen etwas viel wenig mehr
`);

/**
 * Articles and determiners, with the prepositions fused with them, by language: a capitalised word
 * after one is a common noun made an institution ("el Gobierno", "la Regione"), seldom a name.
 */
const ARTICLES: Record<string, Set<string>> = {
  es: set('el la los las lo un una unos unas al del este esta estos estas ese esa su sus'),
  it: set('il lo la i gli le un una uno del dello della dei degli delle al allo alla ai agli alle nel nello nella nei negli nelle dal dalla dai sul sulla questo questa suo sua'),
  fr: set('le la les un une des du au aux ce cet cette ces son sa ses'),
  pt: set('o a os as um uma uns umas do da dos das no na nos nas ao aos pelo pela este esta seu sua'),
  de: DE_DETERMINERS,
  nl: set('de het een'),
  en: set('the a an this that these those his her its their'),
};

export function articles(lang: string): Set<string> {
  return ARTICLES[lang] ?? NO_CONNECTORS;
}

/** Connectors inside multiword names, by language: "Organización Mundial de la Salud", "University of Texas". */
const CONNECTORS: Record<string, Set<string>> = {
  es: set('de del la las los'),
  it: set('di del della dei degli delle da dal dello'),
  fr: set('de du des la le d'),
  pt: set('de do da dos das'),
  de: set('von der des zu'),
  nl: set('van der den de het'),
  en: set('of the for'),
};
const NO_CONNECTORS = new Set<string>();

export function nameConnectors(lang: string): Set<string> {
  return CONNECTORS[lang] ?? NO_CONNECTORS;
}

/**
 * Particles of people's names across languages (Vasco da Gama, Ludwig van Beethoven, Charles de
 * Gaulle, Mohammed bin Salman). In a text of another language one stands between two capitalised
 * words only inside such a name; where the language has the word for something else (Polish "do",
 * German "du", Italian "ben", every article) it says nothing.
 */
const NAME_PARTICLES = set('da das do dos de di du del della dei van von der den ter ten zu la le al el bin ibn ben bint');
const NOT_PARTICLES: Record<string, Set<string>> = { it: set('ben'), de: set('da das du'), pl: set('do ten'), cs: set('do ten') };
const PARTICLE_CACHE = new Map<string, Set<string>>();

export function isNameParticle(folded: string): boolean {
  return NAME_PARTICLES.has(folded);
}

/** The name particles that are foreign to a language: neither its own connectors nor its function words. */
export function foreignParticles(lang: string): Set<string> {
  let s = PARTICLE_CACHE.get(lang);
  if (!s) {
    const own = nameConnectors(lang);
    const fw = foldedFunctionWords(lang);
    const not = NOT_PARTICLES[lang] ?? NO_CONNECTORS;
    s = new Set([...NAME_PARTICLES].filter((w) => !own.has(w) && !fw.has(w) && !not.has(w)));
    PARTICLE_CACHE.set(lang, s);
  }
  return s;
}
