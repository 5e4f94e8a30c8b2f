// Words that names are built from and that translators translate rather than copy: the nouns of
// institutions (League, State, Ministry), geography (Sea, Cape, North), the sky (Sun, Earth),
// plus countries, nationalities and cities whose names differ by language (Warszawa → Warsaw).
// One line per concept: English forms, then folded stems in French, German, Spanish, Italian,
// Polish, Czech, Russian (transliterated), Portuguese and Dutch. Two words in any language that
// reach the same concept count as counterparts ("Ligue arabe" ~ "Arab League").
//
// A stem matches a folded word it begins (compounds and inflection follow it); stems of three
// letters or fewer, or written with a final '=', must match the whole word or one of its stems.
// English forms match the word itself or with a short ending (state, states, statehood no).
import { fold, stems } from './fold';
import { regionCodes, regionNames } from './regions';
import { functionWords } from '../../lang/function-words';

const LINES = `
league leagues: ligue liga lega ligi= ligy= ligu= lige=
state states us usa: etat staat estad stato stati= stany= stanach stanow stanami stanem stat= statu= staty= state= statni gosudarstv shtat ssha= eeuu=
united uk us usa united_kingdom united_states: unis unies vereinigt vereint unid unit zjednoczon spojen soedinenn obedinenn obyedinenn verenigd ssha= eeuu=
nations nation national nationals: nation nacion nazion narod narodn natsion naczeln
international: internation international internacion internazional miedzynarod mezinarod mezhdunarod
union unions: union unione unia unie unii= soyuz uniao unie
republic republican: republi repubbl republik respublik rzeczpospolit
kingdom uk: royaume konigreich reino regno krolestw kralovstv korolevstv koninkrijk
party parties: parti partei partid partit partia partii= partie strana= strany= stranou partiy partij
front: front frente fronte
army armed armies: armee ejercit esercit armia armii= armad armiy exercit leger= voysk vojsk wojsk
navy naval marine: marine marina marynark namorn voenno-morsk voenno= morsk vmf= marinha
military army armed: militaire militar militare wojskow vojensk voenn
fleet: flott flota flott flot= flotu= flote= flota= frota
air_force: luftwaffe aeronautic lotnictw letectv vvs=
force forces: force kraft streitkraft fuerza forza sil= sily= sila= sil forca
council: conseil rat= rates= consejo consiglio rada rady= radzie radu= radou sovet raad
court: cour gericht tribunal corte sad= sadu= sadzie soud sudu= sud= suda= sude= tribun
supreme high: supreme oberst hochst supremo najwyzsz nejvyss verkhovn supremo hoog
constitutional constitution: constitu konstitu verfassung konstytuc ustavn konstituts grondwet
minister ministry ministries department: minist minobor minfin minzdrav minyust minprirod
defense defence: defense verteidig defensa difesa obron obran oboron defesa
interior internal home: interieur innere innen interior interno wewnetrz vnitr vnutrenn
foreign: etrangere auswartig exterior esteri zagranicz zahranic inostran zarubezh buitenland
affairs: affaires angelegenheit asuntos affari spraw= sprawy= vec= veci= del= zaken
justice: justice justiz justicia giustizia sprawiedliw spravedln yustits justica justitie
finance finances financial: financ finanz finans
economy economic economics management: econom okonom wirtschaft ekonom hospodar gospodar
education: education bildung educacion istruzion edukac skolstv obrazovan onderwijs
culture cultural: cultur kultur
health: sante gesundheit salud sanita zdrowi zdravot zdravookhran saude gezondheid
environment environmental: environnement umwelt ambient srodowisk prostred okruzhayushch
protection: protection schutz protec protez ochron ochran zashchit
water: eau= wasser agua acqua wod= wody= wodn vod= vody= vodn vodnykh
fund funds: fonds fund fondo fundusz fond
resources: ressource recurs risors zasob zdroj resurs
natural: naturel natur prirod
transport transportation: transport verkehr trasport doprav
agriculture: agricult landwirtschaft agricolt rolnictw zemedel selskokhoz
industry industrial: industri przemysl prumysl promyshlen
trade commerce: commerc handel comerc obchod torgov
labour labor: travail arbeit trabajo lavoro prac= pracy= praca= trud= truda=
energy: energ
security: securite sicherheit segurid sicurezz bezpiecz bezpecn bezopasn seguranca veiligheid
police: police polizei polic politsi politi
guard guards: garde guardia gward gard gvardi
government: gouvernement regierung gobierno governo rzad= rzadu= rzadem vlad= vlady= vlada pravitelstv governo regering
senate senator senators senatorial: senat senado senato senatu senack senatn
congress: congres kongres congreso congresso
parliament parliamentary: parlement parlament parlamento
assembly: assemble versammlung asamble assemble zgromadzen shromazden sobrani assamble
chamber: chambre kammer camara camera izba izby= izbie komor palat kamer snemovn
deputies deputy: deputes abgeordnet diputad deputat poslan poslanec deputat
general: general ogoln obecn obshch generaln
federal federation: federa federac federats bund
central centre center centrist: centr zentr tsentr
regional region: region oblast= krajsk kraj= rayon= okreg
district: district bezirk distrit distrett okreg okres rayon= powiat okrug
city town: ville stadt ciudad citta miast mesto mesta gorod cidade
province: province provinz provinci prowincj provinc provints
county: comte grafschaft condado contea hrabstw okrug
municipality municipal: municipa gemeinde comune gmina gminy obec= obce= munitsipal
university: universi uniwersytet univerzit
institute: institut instituto istituto instytut ustav= ustavu ustavem
academy: academi akademi accademi
school: ecole schule escuela scuola szkol skol shkol escola school
college: college colegio collegio kolegium
hospital clinic: hopital krankenhaus klinik clinic hospital ospedal szpital nemocnic bolnits klinik ziekenhuis
museum: musee museum museo muzeum muze
theatre theater: theatr teatr divadl
library: biblioth bibliotek knihovn
bank banking: banque bank banco banca banka bank
stock_exchange exchange: bourse borse bolsa borsa gield burz birzh beurs
association: associa verein asociac stowarzysz sdruzen assotsiats vereniging
organisation organization organizations ngo: organis organiz ong= ngo= nko= nro=
agency: agence agentur agenci agenzi agencj agentstv agencia
office bureau: bureau buro amt= amtes oficina ufficio urzad urad byuro biur kantor
service services: servic dienst sluzb sluzhb servico
committee commission: comite ausschuss comitat komitet vybor kommission comision commission commissione komisj komis komissi
foundation: fondation stiftung fundacion fondazione fundacj nadac fundacao stichting
alliance allies allied: allian alianz alleanz sojusz alians alyans soyuzn alliierte aliad alleat spojen
coalition: coalit koalit coalic coaliz
conquest: conquet erober conquist zdobyc dobyt zavoevan
movement: mouvement bewegung movimiento movimento ruch= ruchu hnuti= dvizheni
revolution: revolu rivoluz rewoluc revoluc revolyuts
operation: operati operacion operazion operacj operac operats
war: guerre krieg guerra wojn valk= valky valce voyn oorlog
cold: froid kalt fria fredd zimn studen kholodn koud
world: monde welt mundo mondo mundial mondial swiat svet= sveta= svete mir= mira= mirov wereld
day: jour tag= tages dia= giorno dzien dnia dniu den= dne= dni= dnya= dnyu dnem dag
independence: independ unabhangig indipend niepodleg nezavisl nezavisim onafhankelijk
freedom liberty: liberte freiheit libertad liberta wolnosc svoboda svobod vrijheid
peace: paix frieden paz pace pokoj mir= mira= vrede
victory: victoire sieg victoria vittoria zwyciest vitezstvi pobed
church: eglise kirche iglesia chiesa kosciol kostel tserkv igreja kerk
catholic: cathol kathol catol cattol katolic katolick katolich
orthodox: orthodox ortodox prawoslaw pravoslav
christian christianity: chretien christ cristian chrzescij krestan khristian
christ jesus: jesus gesu jezus jezis iisus khrist chrystus kristus
christmas: noel weihnacht navidad natale bozego vanoc rozhdestv kerst
easter: paques ostern pascua pasqua wielkanoc velikonoc paskh
god lord: dieu gott dios dio bog= boh= boga= bogu= boha= bozh deus
pope: pape papst papa= papiez papez
saint st holy: saint sankt san= santo santa svaty svate sveti swiet sw= sv= svyat heilig
king kings royal: roi= konig rey= re= krol kral korol koning
queen: reine konigin reina regina krolow kralovn korolev koningin
prince princess: prince prinz princip ksiaz princ prints
emperor empire imperial: empereur empire kaiser imperi emperador cesarz cisar imperator keizer
duke: duc= herzog duque duca ksiaz vevod gertsog
square: place platz plaza piazza plac namest ploshchad praca plein
street: rue= strasse calle via= ulic ulits ulice rua= straat
avenue: avenue allee avenida viale aleja alej prospekt
bridge: pont= brucke puente ponte most= mostu= mostem brug
station: gare bahnhof estacion stazione dworzec nadrazi vokzal stantsi estacao
airport: aeroport flughafen aeropuerto aeroporto lotnisk letist
park: parc park parque parco
palace: palais palast palacio palazzo palac dvorets paleis
castle: chateau schloss burg castillo castello zamek zamku hrad zamok kasteel
tower: tour= turm torre wieza vez= veze bashn toren
house home: maison haus casa dom= domu= dum= domy= huis
hall: salle halle sala sal= zal= hal=
centre center: centre zentrum centro centrum tsentr
stadium arena: stade stadion estadio stadio arena
prison jail: prison gefangnis carcel prigion wiezien vezen tyurm gevangenis
port harbour harbor: port= hafen puerto porto= pristav haven
market: marche markt mercado mercato rynek trh= trhu rynok
sea seas: mer= meer mar= mare morze morza morzu more= morya morem zee
ocean oceans: ocean ozean okean oceaan
gulf bay: golfe golf zatok zaliv baie bucht bahia baia
lake lakes: lac= see= lago jezior jezer ozer meer
river: fleuve riviere fluss rio= fiume rzek reka reky rek= rivier
mountain mountains mount: mont berg gebirge monte gora gory gor= hora hory gor= gory gora
island islands isle: ile= iles insel isla isola wysp ostrov eiland
peninsula: peninsul halbinsel penisol polwysep poloostrov
cape: cap= kap= cabo capo przyladek mys= mysu
coast: cote kuste costa wybrzez pobrez poberezh kust
valley: vallee tal= valle dolin udoli
forest: foret wald bosque foresta las= lasu= les= lesa bos=
desert: desert wuste desiert desert pustyn poust woestijn
falls waterfall: chute wasserfall catarat cascat wodospad vodopad waterval
canal channel: canal kanal canale
strait: detroit meerenge estrecho stretto ciesnin pruliv proliv
sagittarius: sagittaire schutze sagitario sagittario strzelc strelc strelts strelets
galaxy galaxies galactic: galax galakt galass
planet planets: planet pianet
sun solar: soleil sonne sol= solar sole= sola= slonc slunc solnts solnech zon=
moon lunar: lune mond luna= lunar ksiezyc mesic lun= luny lunu luno maan
earth: terre erde tierra terra ziemi ziemia zem= zeme zemi zeml aarde
milky: lacte milch lacte latte mleczn mlecn mlechn melkweg
way path: voie strasse via= droga draha put= puti= putem= weg
universe: univers wszechswiat vesmir vselenn heelal
star stars: etoile stern estrella stella gwiazd hvezd zvezd ster
big great grand: grand gross gran= grande wielk velk velik velikobritan groot
little small lesser: petit klein pequen piccol mal= maly mala male malaya
old: vieux vieil alt= altes viej vecchi stary star= staro oud
new: nouve neu= neue neuen nuev nuov now= nowy nowa nowe nowego nov= nova= nove= novy= novo= novaya novyy nieuw
north northern northeast northwest: nord norden norte nord polnoc polnocn sever sever noord
south southern southeast southwest: sud= sued sud sur= poludni jih= jizn yug= yuzhn zuid
east eastern: est= ost= osten este= wschod vychod vostok vostoch oost
west western: ouest west oeste ovest zachod zapad= zapadn
middle mid central middle_east: moyen mittel medio medi srodkow stredn sredn midden
orient oriental east: orient orient oriente
upper high: haut ober alto= alta= gorn horn verkhn boven
lower low: bas= nieder bajo basso doln dolni nizhn neder
red: rouge rot= rote roten rojo rossa rosso czerwon cerven krasn rood
white: blanc weiss blanco bianco bial bil= bila bily bel= belyy belaya belogo wit=
black: noir schwarz negro nero czarn cern chern zwart
green greens: vert= verts grun verde zielon zelen groen
blue: bleu blau azul blu= niebiesk modr sin= siniy blauw
golden gold: or= gold oro= zlot zlat zolot goud
iron: fer= eisen hierro ferro zelaz zelez zhelez ijzer
dome: dome kuppel cupula cupola kopul kopule kupol koepel
cross: croix kreuz cruz croce krzyz kriz krest kruis
olympic olympics: olymp olimp
games: jeux spiele juegos giochi igrzysk hry= hrach igry= igr= jogos spelen
cup: coupe pokal copa= coppa puchar pohar kubok beker
championship championships: championnat meisterschaft campeonato campionato mistrzostw mistrovstv chempionat kampioenschap
prize award: prix preis premio nagrod cena= ceny= cenu premi prijs
formula: formul
premier prime: premier premi
liberal liberals: liber
democratic democrat democrats democracy: democr demokr
social socialist: social sozial socjal sotsial
conservative conservatives: conserv konserv
communist: commun kommun comunist komunist
people peoples popular: peuple volk pueblo popolo popular lud= ludu= ludow lid= lidu lidov narod naroda narodnyy volks
workers: ouvrier arbeiter obrer operai robotnik delnik rabochi
fatherland homeland motherland: patrie vaterland patria ojczyzn vlast= otechestv rodin heimat vaderland
internet web net network: internet web= sieci siec= sit= siti= set= seti= sety= netz
allied allies: allies allie alliiert aliad alleat alianc spojenc soyuznik geallieerd
dragon: dragon drache drago smok smoka drak= draka drakon draak
knights knight: chevalier ritter caballer cavalier rycerz rytir vityaz ridder
unit: unite einheit unidad unita jednost jednotk podrazdelen eenheid
doctors doctor medical medicine: medec mediz medic lekar vrach arts=
borders border frontiers: frontier grenz fronter granic hranic granits grens
without: sans ohne sin= senza bez=
rights right: droit recht derech diritt praw= prava= pravo prav= direito
human: human mensch uman czlowiek clovek chelovek
weather meteorological: meteo wetter tiempo pogod pocasi
statistics statistical: statist statyst
information: informa
technology technical: techn
science sciences scientific: scien wissenschaft cienc nauk= nauki vedeck nauchn wetenschap
research: recherch forsch investigac ricerc badan vyzkum issledovan onderzoek
development: developp entwickl desarroll svilupp rozwoj rozvoj razvit ontwikkel
cooperation: cooperat zusammenarbeit spolupra wspolprac sotrudnich samenwerking
sports sport: sport deport
football soccer: football fussball futbol calcio pilk fotbal futbol voetbal
hockey: hockey hokej khokke
news: nouvelles nachrichten noticias notizie wiadomosci zpravy novosti nieuws
press: presse prensa stampa prasa tisk press pers=
broadcasting radio television: radio television fernseh televis telewiz televiz
group: groupe gruppe grupo gruppo grupa grupy skupin grupp groep
company corporation: compagnie gesellschaft compania compagnia spolk spolecnost kompani korporac korporats corporat konzern
airlines airways: airline fluggesellschaft aerolinea linie aviali
records: records disques
main principal chief: principal haupt principale glown hlavn glavn
country countries: pays= land= pais paese paesi kraj= kraju= kraje krajin zem= zeme strana= strany= stran= land= staat
attorney prosecutor prosecutors: procur prokurat staatsanwalt fiscal prokuror
brothers brother: freres bruder hermano fratell brat= bratr brat= broer
sisters sister: soeurs schwester hermana sorell siostr sestr zuster
twitter tweet tweeted tweets: twitter tweet
provincial voivodeship province: wojewodzk wojewodztw provincial provinz krajsk oblastn
corps: korps corps cuerpo corpo korpus sbor= sboru
engineer engineers engineering: ingenieur ingegner inzynier inzenyr inzhener
celsius centigrade: celsius
free: libre frei libero wolny wolna wolne svobodn svobodn vrij
team: equipe mannschaft equipo squadra druzyn tym= tymu komand ploeg
air aerial aerospace: aerien aereo aerea aerei lotnicz leteck vozdushn
customs: douane zoll aduana dogana celn celni tamozhn
treasury treasure: tresor schatz tesoro skarb poklad sokrovishch
corruption anticorruption anti-corruption: corrupt korrup antykorup protikorup
year: annee jahr ano= anno rok= roku= rok let= goda god= jaar
`;

// Places, peoples and organisations whose names differ by language: names in their own right.
const PLACES = `
africa african africans: afrik afric afriq afryk afroamerykan
america american americans us usa: amerik americ ameriq ameryk usa= ssha= eeuu= ee.uu= norteameric estadounid statunit
asia asian: asien asiat azj asie asia azi
europe european europeans eu: europ evrop evropsk euro
australia australian: australi austral
arctic antarctic: arkti arcti artic antarkt antarct
atlantic: atlant
pacific: pacifi pazifi spokojn tikh= tikhiy tikhogo tikhom tikhiy
baltic: balti balt= baltsk baltyk
mediterranean: mediterran mittelmeer mediterrane srodziemn stredozem sredizemn
caribbean: caraib karib caribe caraib
germany german germans: deutschland deutsch niemc niemie nemec nemc nemeck germani german alemani aleman allemagne allemand tedesc duits
france french: frankreich franzos frankrijk francia frances francj franci francuz francouz frants franc frans
spain spanish spaniard: spanien spanisch espan hiszpan spanel ispan spagn espagn spanj
italy italian italians: italien itali wloch wlosk wlos ital
poland polish pole poles: polen polnisch polsk polak polsc polon pologne polon
czech czechia: tschech czech czesk cesk cesi= cesku cech tcheq cec chekh chesk
slovakia slovak: slowak slovak slovac slovaq slovensk slovack
russia russian russians: russland russisch rosj rosyj rosji rusk rusi= ross russ rusia rus= russie rossi rusland
ukraine ukrainian ukrainians: ukrain ukrajin ucrain oekrain
belarus belarusian: belarus weissrussland bialorus belorus belarus bielorruse bielorussia
austria austrian: osterreich austri austr rakous avstri oostenrijk
switzerland swiss: schweiz szwajcar svycar suiz suisse svizzer shveits zwitser
netherlands dutch holland: niederland hollan holand nizozem paises bajos paesi bassi niderland gollan nederland
belgium belgian: belgi belgic belgique
britain british england english uk gb: grossbritannien vereinigtes britanni britisch england englisch brytyj angli anglick anglais inglater ingles inghilter brit britan velkobritan velikobritan angli brittan
ireland irish: irland irisch irlandi irsk irska irlanda irlande
scotland scottish: schottland schott szkoc skot skotsk escoc scozi shotland
wales welsh: wales walia walis gales galles uels
canada canadian: kanad canad
mexico mexican: mexik meksyk mexic meksik mexiq
brazil brazilian: brasil brazyl brazil bresil braz brazili
argentina argentinian argentine: argentin
chile chilean: chile chili chil
cuba cuban: kuba cuba cubain
china chinese: china chines chin chinois chiny chinsk cin kitai kitay cinese cina chino
japan japanese: japan japon japonia japonsk japonc giappon iaponi yapon japonais
korea korean: korea corea kore
india indian: indien indisch indi indie hindus
pakistan pakistani: pakistan
bangladesh: bangladesch banglades
afghanistan afghan: afghan afgan
iran iranian: iran
iraq iraqi: irak iraq
syria syrian: syrien syri syrsk siri syrie
lebanon lebanese: liban libanon libano libanesisch libanais
jordan jordanian: jordani jordanie giordani iordani jordan
israel israeli: israel izrael israel izrail israeli
palestine palestinian palestinians: palestin palastin palestyn palestin
egypt egyptian: agypt egipt egipet egypt egitt egypte
saudi: saoudi saudi saudit saudyj saudsk saudovsk
arab arabic arabia arabian arabs: arab
emirates uae: emirat oae= zea= vae= sae= eau=
qatar: katar qatar
jewish jews jew judaism: judisch jud= juden judin zyd= zydzi zydowsk zid= zide zidovsk evrei yevrei ebre ebrai judio judia giudai juif juive joods
kuwait: koweit kuwait kuvejt kuveyt koeweit
yemen: yemen jemen
turkey turkish turk: turkei turkisch turci turk turqu tureck turc turets turtsi turkij
greece greek: griechenland griechisch grecj grec greck reck gretsi grets grek griek
hungary hungarian: ungarn ungarisch wegr wegier madar hungr ungher hongr vengri hongarij
romania romanian: rumanien rumun rumyn romani romen roumain roemeni
bulgaria bulgarian: bulgari bulhar bolgar bulgar
serbia serbian: serbi srbsk srbi serb
croatia croatian: kroati chorwac chorvat croat khorvat
slovenia slovenian: sloweni slovin sloven
sweden swedish: schweden schwedisch szwec sved svedsk suec svezi suede shvets zweed
norway norwegian: norwegen norweg norves norveg norsk noruega norvegi norvege noorweg
denmark danish: danemark danisch dani dansk dinamarc danimarc denemark
finland finnish: finnland finnisch finland finsk finlandi finlyandi finland
iceland icelandic: island islandi islandsk island ijsland
estonia estonian: estland eston estoni
latvia latvian: lettland lotysz lotys latvi letton lettoni
lithuania lithuanian: litauen litw litev litv lituani litouw
portugal portuguese: portugal portugies portugues portoghes
vietnam vietnamese: vietnam wietnam
thailand thai: thailand tajland tajsk tailand thailan
indonesia indonesian: indonesi indonezj indonez
philippines filipino: philippin filipin
south_africa: sudafrik sudafric afrique du sud rpa= yuar=
new_zealand: neuseeland nowa zelandia novy zeland nuova zelanda nueva zelanda nouvelle-zelande novaya zelandiya
moscow: moskau moskv moskw moscu mosca moscou moskov moskevsk moskiewsk
warsaw: warschau warszaw varsov varsav varshav
prague: prag praha prah= prahy praze praga
munich: munchen munchn monachium mnichov myunkhen
cologne: koln kolonia kolin colonia
vienna: wien wieden wiedn viden vien viena venna
rome roman romans: rom= roma rzym rim= rima rime rimsk romisch romano romain
florence: florenz florencj firenz florenci florentsi
naples napoli: neapel neapol napol napoli
venice: venedig wenecj benatk venezi venecia venise venets
milan: mailand mediolan milan milano
turin: turin turyn torino
geneva: genf genew zeneva ginevra ginebra geneve zhenev
brussels: brussel bruksel brusel bruselas bruxell bryussel
london: londyn londres londra london
paris: paryz pariz parigi paris
lisbon: lissabon lizbon lisabon lisboa lisbona lisbonne
athens: athen aten ateny atene atenas athenes afin
beijing peking: peking pekin pechino
hague: haag haga haya aja=
copenhagen: kopenhag kodan copenhag
kyiv kiev: kiew kijow kyjev kijev kiev kyiv kiiv kyjiv kyiev
belgrade: belgrad belehrad belgrado
bucharest: bukarest bukareszt bukuresht bucarest bucuresti
gdansk danzig: danzig gdansk
cracow krakow: krakau krakow krakov cracovi
jerusalem: jerusalem jerozolim jeruzalem ierusalim gerusalemme
cairo: kair caire cairo
tehran teheran: teheran tehran tegeran
baghdad: bagdad baghdad
ghent: gent gand gandaw
majorca mallorca: mallorca majork maiorca majorque
cornwall: cornouaille cornovaglia kornwal
bavaria bavarian: bayern bayerisch bawar bavor bavier baviera
saxony saxon: sachsen sachs saksoni sask saxe
silesia silesian: schlesien slask slezsk silesi
catalonia catalan: katalon cataloni catalan katalan
eu european_union: eu= ue= es= evropsk europaisch
un united_nations: uno= onu= oon= osn= onz=
nato: nato= otan=
`;

// Given names and their forms in other languages (Jan Paweł → John Paul): whole words only.
const PEOPLE = `
john: jan= johann= johannes= juan= giovanni= jean= ivan= joao= jon= jonas=
paul: pawel= pavel= paolo= pablo= paulo=
peter: piotr= petr= pietro= pedro= pierre= pyotr= petar=
michael: michal= michel= michele= miguel= mikhail= mikhael= michiel=
joseph: jozef= josef= giuseppe= jose= iosif=
george: georg= jerzy= jiri= giorgio= jorge= georges= georgiy=
james: jakub= giacomo= jaime= jacques= yakov=
stephen steven: stefan= stepan= stefano= esteban= etienne=
andrew: andrzej= andrej= andrea= andres= andre= andrey= andreas=
alexander: aleksander= alexandr= alessandro= alejandro= alexandre= aleksandr=
nicholas: mikolaj= mikulas= nicola= nicolas= nikolai= nikolay=
charles: karol= karel= carlo= carlos= karl= charles=
francis: franciszek= frantisek= francesco= francisco= francois= frantsisk=
anthony: antoni= antonin= antonio= antoine= anton=
gregory: grzegorz= rehor= gregorio= gregoire= grigori= grigoriy=
catherine: katarzyna= katerina= caterina= catalina= ekaterina=
mary: maria= marie= mariya=
elizabeth: elzbieta= alzbeta= elisabetta= isabel= elisabeth= elizaveta=
`;

interface Stem {
  stem: string;
  exact: boolean;
  concept: number;
}

/** Stems by first two letters. */
const INDEX = new Map<string, Stem[]>();
/** English form → concept ids. */
const ENGLISH = new Map<string, number[]>();
/** First word of an English name of several words → the words and the concept. */
const MULTI = new Map<string, { words: string[]; concept: number }[]>();
let built = false;

function add(stem: string, concept: number, exact: boolean): void {
  const key = stem.slice(0, 2);
  let list = INDEX.get(key);
  if (!list) INDEX.set(key, (list = []));
  if (!list.some((s) => s.stem === stem && s.concept === concept)) list.push({ stem, exact, concept });
}

/** Concept ids from PLACES on: names in their own right (a country, a city), not common words;
 * from PEOPLE on: given names. */
let firstPlace = 0;
let firstPerson = 0;
/** Concept ids from here on: countries the table does not list, from the runtime's locale data. */
let firstRegion = Number.MAX_SAFE_INTEGER;
/** Region code → concept id. */
const REGION = new Map<string, number>();
/** English country names of one word → concepts. */
const REGION_EN = new Map<string, number[]>();

function build(): void {
  built = true;
  const common = LINES.trim().split('\n');
  const places = PLACES.trim().split('\n');
  firstPlace = common.length;
  firstPerson = common.length + places.length;
  [...common, ...places, ...PEOPLE.trim().split('\n')]
    .forEach((line, concept) => {
      const colon = line.indexOf(':');
      const english = line.slice(0, colon).trim().split(/\s+/).filter(Boolean);
      const foreign = line.slice(colon + 1).trim().split(/\s+/).filter(Boolean);
      for (const e of english) {
        // A name of several words (south_africa): "south" alone names no place.
        if (e.includes('_')) {
          const words = e.split('_');
          const list = MULTI.get(words[0]) ?? [];
          list.push({ words, concept });
          MULTI.set(words[0], list);
          continue;
        }
        const f = fold(e);
        const ids = ENGLISH.get(f) ?? [];
        if (!ids.includes(concept)) ids.push(concept);
        ENGLISH.set(f, ids);
      }
      for (const raw of foreign) {
        const exact = raw.endsWith('=');
        const stem = exact || raw.endsWith('*') ? raw.slice(0, -1) : raw;
        if (stem.length < 2) continue;
        add(stem, concept, exact || stem.length <= 3);
      }
    });
  buildRegions(firstPerson + PEOPLE.trim().split('\n').length);
}

function isTablePlace(c: number): boolean {
  return c >= firstPlace && c < firstPerson;
}

/** The place concept an English name already has in the table ("Netherlands", "South Africa", "UK"), or -1. */
function tablePlace(words: string[]): number {
  const f = words.map(fold);
  if (f.length === 1) return ENGLISH.get(f[0])?.find(isTablePlace) ?? -1;
  for (const m of MULTI.get(f[0]) ?? []) if (isTablePlace(m.concept) && m.words.join(' ') === f.join(' ')) return m.concept;
  return -1;
}

/**
 * Every country the runtime can name in English: one concept each, the table's own where it has
 * the country already (its foreign stems stay), a new one past the given names otherwise.
 */
function buildRegions(first: number): void {
  firstRegion = first;
  let next = first;
  for (const code of regionCodes()) {
    const names = regionNames('en', code);
    let concept = -1;
    for (const words of names) if ((concept = tablePlace(words)) >= 0) break;
    if (concept < 0) concept = next++;
    REGION.set(code, concept);
    for (const words of names) {
      const f = words.map(fold);
      if (f.length === 1) {
        // English words only: a short English name is often a word elsewhere (Того, mali).
        if (f[0].length >= 2) push(REGION_EN, f[0], concept);
      } else {
        const list = MULTI.get(f[0]) ?? [];
        if (!list.some((m) => m.concept === concept && m.words.join(' ') === f.join(' '))) list.push({ words: f, concept });
        MULTI.set(f[0], list);
      }
    }
  }
}

interface RegionIndex {
  /** A name, or a stem of it of four letters or more → concepts. */
  exact: Map<string, number[]>;
  /** Stems of five letters or more, by their first two letters: adjectives grow on them (Катар → катарский). */
  prefix: Map<string, { stem: string; concept: number }[]>;
  /** Concept → its names and stems. */
  byConcept: Map<number, string[]>;
}

const REGION_INDEX = new Map<string, RegionIndex>();

function push<K>(map: Map<K, number[]>, key: K, c: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [c]);
  else if (!list.includes(c)) list.push(c);
}

/**
 * One language's country names, indexed on first use. Names of one word only; names under five
 * letters are left to spelling (Mali, Peru) as they are often words too (Того "of that"), but for
 * acronyms (США, ОАЭ, USA).
 */
function regionIndex(lang: string): RegionIndex {
  let idx = REGION_INDEX.get(lang);
  if (idx) return idx;
  if (!built) build();
  idx = { exact: new Map(), prefix: new Map(), byConcept: new Map() };
  REGION_INDEX.set(lang, idx);
  const fn = functionWords(lang);
  for (const code of regionCodes()) {
    const concept = REGION.get(code);
    if (concept === undefined) continue;
    for (const words of regionNames(lang, code)) {
      if (words.length !== 1) continue;
      const raw = words[0];
      const acronym = raw.length <= 5 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
      const n = fold(raw);
      if (acronym) {
        if (n.length >= 2) push(idx.exact, n, concept);
        continue;
      }
      const own = idx.byConcept.get(concept);
      if (own) own.push(n);
      else idx.byConcept.set(concept, [n]);
      if (n.length < 5 || fn.has(raw.toLowerCase())) continue;
      for (const st of stems(n, lang)) {
        if (st.length < 4) continue;
        push(idx.exact, st, concept);
        if (st.length >= 5) {
          const key = st.slice(0, 2);
          const list = idx.prefix.get(key) ?? [];
          if (!list.some((e) => e.stem === st && e.concept === concept)) list.push({ stem: st, concept });
          idx.prefix.set(key, list);
        }
      }
    }
  }
  return idx;
}

/** Countries an English word names: the name, its people or adjective (Qatari, Comorian, Singaporean). */
function englishRegion(folded: string): number[] {
  if (!built) build();
  const w = folded.replace(/'s$/, '');
  const hit = REGION_EN.get(w);
  if (hit) return hit;
  for (const tail of ['i', 'n', 'an', 'ian', 'ean', 'ese', 'ans', 'ians', 'eans']) {
    if (w.length > tail.length + 3 && w.endsWith(tail)) {
      const stem = w.slice(0, w.length - tail.length);
      const found = REGION_EN.get(stem) ?? REGION_EN.get(stem + 'a') ?? REGION_EN.get(stem + 'e') ?? REGION_EN.get(stem + 's');
      if (found) return found;
    }
  }
  return NONE;
}

/** Concept → the table's foreign stems for it, built on first use. */
let STEMS_OF: Map<number, string[]> | null = null;

/**
 * Could a folded text name this place anywhere, in any case or word form: does it hold one of the
 * table's stems for it, or a name or stem of the country in the text's language? A cheap first
 * look before the text's words are read ("russisch" holds "russ": Russian is no new place).
 */
export function placeMentioned(concept: number, foldedText: string, lang: string): boolean {
  if (!built) build();
  if (!STEMS_OF) {
    STEMS_OF = new Map();
    for (const list of INDEX.values()) {
      for (const s of list) {
        const l = STEMS_OF.get(s.concept);
        if (l) l.push(s.stem);
        else STEMS_OF.set(s.concept, [s.stem]);
      }
    }
  }
  for (const st of STEMS_OF.get(concept) ?? NONE_STR) if (foldedText.includes(st)) return true;
  if (lang !== 'en') for (const n of regionIndex(lang).byConcept.get(concept) ?? NONE_STR) if (foldedText.includes(n)) return true;
  return false;
}
const NONE_STR: string[] = [];

/**
 * Countries a folded word of a language names by the runtime's locale data (Komoren, Сингапуром,
 * катарский): the word or one of its stems is a name or a stem of one, or it grows on a long stem
 * by a short ending. English names are in the shared table already.
 */
export function regionConcepts(folded: string, wordStems: string[], lang: string): number[] {
  if (lang === 'en') return englishRegion(folded);
  const idx = regionIndex(lang);
  if (idx.exact.size === 0) return NONE;
  let out: number[] | null = null;
  for (const s of wordStems) {
    const hit = idx.exact.get(s);
    if (hit) for (const c of hit) if (!(out ??= []).includes(c)) out.push(c);
  }
  for (const e of idx.prefix.get(folded.slice(0, 2)) ?? []) {
    if (folded.length - e.stem.length <= 5 && folded.startsWith(e.stem) && !(out ??= []).includes(e.concept)) out.push(e.concept);
  }
  return out ?? NONE;
}

const ENGLISH_TAILS = ['s', 'es', 'n', 'ns', 'ern', 'an', 'ans', 'ian', 'ians', 'ese', 'ish', 'i', 'is'];

/** Concept ids reached by a folded word (with its stems under inflection); empty when none. */
const CACHE = new Map<string, number[]>();
const NONE: number[] = [];

export function conceptsOf(folded: string, wordStems: string[] = [folded]): number[] {
  const hit = CACHE.get(folded);
  if (hit) return hit;
  if (!built) build();
  let out: number[] | null = null;
  const push = (c: number) => {
    if (!out) out = [];
    if (!out.includes(c)) out.push(c);
  };
  const w = folded.replace(/'s$/, '');
  // English forms, whole or with a short ending (states, northern, Iranians).
  const en = ENGLISH.get(w);
  if (en) en.forEach(push);
  for (const tail of ENGLISH_TAILS) {
    if (w.length > tail.length + 2 && w.endsWith(tail)) {
      const base = ENGLISH.get(w.slice(0, w.length - tail.length));
      if (base) base.forEach(push);
    }
  }
  const parts = w.includes('-') ? [w, ...w.split('-').filter((p) => p.length >= 3)] : [w];
  for (const part of parts) {
    const list = INDEX.get(part.slice(0, 2));
    if (!list) continue;
    // Of two stems the word begins with, one inside the other, the longer says more: Königin is a
    // queen, not a König; Królowa, Королева likewise.
    // (Common words only: a place's stems nest across its names, europ / europaisch.)
    let longest = 0;
    for (const s of list) if (!s.exact && s.concept < firstPlace && part.startsWith(s.stem)) longest = Math.max(longest, s.stem.length);
    for (const s of list) {
      if (s.exact) {
        if (part === s.stem || wordStems.includes(s.stem)) push(s.concept);
      } else if (part.startsWith(s.stem) && (s.stem.length >= 5 || part.length - s.stem.length <= 5)) {
        const outdone = s.concept < firstPlace && longest - s.stem.length >= 2;
        if (!outdone) push(s.concept);
      }
    }
  }
  const result: number[] = out ?? NONE;
  if (CACHE.size > 50000) CACHE.clear();
  CACHE.set(folded, result);
  return result;
}

/**
 * Concepts an English word reaches by its English forms alone (Singapore, Qatari, Navy), not by
 * a foreign stem it happens to begin with ("children" is no Chile).
 */
const ENGLISH_CACHE = new Map<string, number[]>();

export function englishConcepts(folded: string): number[] {
  const hit = ENGLISH_CACHE.get(folded);
  if (hit) return hit;
  if (!built) build();
  const w = folded.replace(/'s$/, '');
  let out: number[] | null = null;
  const add = (ids: number[] | undefined) => {
    if (ids) for (const c of ids) if (!(out ??= []).includes(c)) out.push(c);
  };
  add(ENGLISH.get(w));
  for (const tail of ENGLISH_TAILS) if (w.length > tail.length + 2 && w.endsWith(tail)) add(ENGLISH.get(w.slice(0, w.length - tail.length)));
  add(englishRegion(w));
  const result: number[] = out ?? NONE;
  if (ENGLISH_CACHE.size > 50000) ENGLISH_CACHE.clear();
  ENGLISH_CACHE.set(folded, result);
  return result;
}

/**
 * Concepts a folded word of a language reaches as a whole: by an English form, a stem the table
 * lists, or a table stem followed by an inflection of three letters at most (Kongress, Westen,
 * Senat, Unione) — not by the head or the start of a compound (Arbeiterfamilie, Verkehrsfluss).
 */
const CLOSE_CACHE = new Map<string, number[]>();

export function closeConcepts(folded: string, wordStems: string[], lang: string): number[] {
  const key = `${lang}:${folded}`;
  const hit = CLOSE_CACHE.get(key);
  if (hit) return hit;
  const result = closeConceptsOf(folded, wordStems, lang);
  if (CLOSE_CACHE.size > 50000) CLOSE_CACHE.clear();
  CLOSE_CACHE.set(key, result);
  return result;
}

function closeConceptsOf(folded: string, wordStems: string[], lang: string): number[] {
  if (!built) build();
  const w = folded.replace(/'s$/, '');
  let out: number[] | null = null;
  const add = (c: number) => {
    if (!(out ??= []).includes(c)) out.push(c);
  };
  for (const c of englishConcepts(w)) add(c);
  for (const s of INDEX.get(w.slice(0, 2)) ?? []) {
    if (w === s.stem || wordStems.includes(s.stem) || (!s.exact && w.startsWith(s.stem) && w.length - s.stem.length <= 3)) add(s.concept);
  }
  for (const c of regionConcepts(w, wordStems, lang)) add(c);
  return out ?? NONE;
}

/**
 * Concepts reached by the head of a compound (Kinderklinik → clinic, Wirtschaftsministerium →
 * ministry, Гидрометцентр → centre): stems of `minStem` letters or more found after the first
 * three letters, ending the word or followed by a short inflection; places too where `places`.
 */
const HEAD_CACHE = new Map<string, number[]>();

export function compoundHeadConcepts(folded: string, minStem = 5, places = true): number[] {
  const key = minStem === 5 && places ? folded : `${folded}\u0000${minStem}`;
  const hit = HEAD_CACHE.get(key);
  if (hit) return hit;
  if (!built) build();
  let out: number[] | null = null;
  for (let i = 3; i + 4 <= folded.length; i++) {
    const list = INDEX.get(folded.slice(i, i + 2));
    if (!list) continue;
    for (const s of list) {
      if (s.exact || s.stem.length < minStem || (!places && s.concept >= firstPlace)) continue;
      if (folded.startsWith(s.stem, i) && folded.length - i - s.stem.length <= 4) {
        if (!out) out = [];
        if (!out.includes(s.concept)) out.push(s.concept);
      }
    }
  }
  const result: number[] = out ?? NONE;
  if (HEAD_CACHE.size > 50000) HEAD_CACHE.clear();
  HEAD_CACHE.set(key, result);
  return result;
}

/**
 * Is this folded word an English form of a word that translates (League, State, Sun), a word
 * English writes with capitals in names that is no name itself? Places and given names are names.
 */
export function isEnglishConceptWord(folded: string): boolean {
  if (!built) build();
  const w = folded.replace(/'s$/, '');
  const common = (ids: number[] | undefined) => ids !== undefined && ids.some((c) => c < firstPlace);
  if (common(ENGLISH.get(w))) return true;
  for (const tail of ENGLISH_TAILS) if (w.length > tail.length + 2 && w.endsWith(tail) && common(ENGLISH.get(w.slice(0, w.length - tail.length)))) return true;
  return false;
}

export function opensMultiword(folded: string): boolean {
  if (!built) build();
  return MULTI.has(folded);
}

/** Concepts named by English words starting at tokens[i] ("South Africa", "stock exchange"). */
export function multiwordConcepts(tokens: { forms: { f: string } }[], i: number): number[] | null {
  if (!built) build();
  const list = MULTI.get(tokens[i].forms.f);
  if (!list) return null;
  let out: number[] | null = null;
  for (const m of list) {
    let ok = i + m.words.length <= tokens.length;
    for (let k = 1; k < m.words.length && ok; k++) ok = tokens[i + k].forms.f.replace(/'s$/, '') === m.words[k];
    if (ok) (out ??= []).push(m.concept);
  }
  return out;
}

/** Is this concept a place, people or organisation (Warsaw, Germans, NATO) rather than a common word? */
export function isPlaceConcept(concept: number): boolean {
  if (!built) build();
  return (concept >= firstPlace && concept < firstPerson) || concept >= firstRegion;
}

/** Is this concept a word that translates (League, State, Sun), not a place nor a given name? */
export function isCommonConcept(concept: number): boolean {
  if (!built) build();
  return concept < firstPlace;
}

export function sharesConcept(a: number[], b: number[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const x of a) if (b.includes(x)) return true;
  return false;
}
