// Function words per language (articles, pronouns, prepositions, conjunctions, auxiliaries,
// common adverbs, small numbers): short closed lists. A word from the source language's list
// sitting in the target is a classic sign of text left untranslated; the target language's own
// list says which of those are also ordinary words there ("in", "a", "die" in English).

const RAW: Record<string, string> = {
  en: `a an the and or but if then than that this these those there here which who whom whose what when where why how
    is are was were be been being am do does did done have has had will would shall should can could may might must
    i you he she it we they me him her us them my your his its our their mine yours ours theirs
    of in on at by for from to with without into onto over under about after before between through during against
    not no nor so as also too very just only even still yet all any some each every both either neither
    one two three four five six seven eight nine ten eleven twelve first second
    up out off down again once more most much many few other such same own new old now well die man art also
    arm set post base rock band lady chief`,
  de: `der die das den dem des ein eine einer eines einem einen und oder aber wenn dann als dass daß weil ob
    ist sind war waren wird werden wurde wurden worden sein hat haben hatte hatten kann können konnte muss müssen
    soll sollen wollte will ich du er sie es wir ihr mich mir dich dir ihn ihm uns euch sich sein seine ihre ihren
    von vom zu zum zur mit bei beim nach aus auf für über unter vor hinter neben zwischen durch gegen ohne um im ins am an
    nicht kein keine keinen auch noch schon nur sehr so wie was wer wo wann warum welche welcher welches dieser diese dieses
    jedoch dennoch aber sondern denn also doch mehr viel viele alle einige hier dort heute immer wieder bereits etwa
    eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf
    in all alle bis mal ja nun da ab los man alles eben gar hin her wohl zwar etwa sowie so`,
  es: `el la los las un una unos unas y e o u pero sino si que porque como cuando donde quien quienes cual cuales
    es son era eran fue fueron ser estar está están estaba han ha había hay sido tiene tienen puede pueden
    yo tú él ella ello nosotros ellos ellas me te se nos le les lo su sus mi mis tu tus nuestro nuestra
    de del al a en con por para sin sobre entre hasta desde hacia según durante ante tras
    no ni muy más menos también ya todavía aún sólo solo todo todos toda todas otro otra otros este esta estos estas ese esa
    uno dos tres cuatro cinco seis siete ocho nueve diez once doce`,
  it: `il lo la i gli le un uno una e ed o ma se che perché come quando dove chi cui quale quali
    è sono era erano fu essere stato stata ha hanno aveva avevano può possono
    io tu lui lei noi voi loro mi ti si ci vi gli ne suo sua suoi sue mio mia
    di del dello della dei degli delle a al allo alla ai agli alle da dal dalla in nel nello nella nei negli nelle
    con col su sul sulla per tra fra senza verso durante
    non né molto più meno anche già ancora solo tutto tutti tutta tutte altro altra altri questo questa questi queste quello quella
    due tre quattro cinque sei sette otto nove dieci undici dodici`,
  pt: `o a os as um uma uns umas e ou mas se que porque como quando onde quem qual quais
    é são era eram foi foram ser estar está estão tem têm pode podem há
    eu tu ele ela nós eles elas me te se nos lhe lhes seu sua seus suas meu minha
    de do da dos das em no na nos nas com por pelo pela para sem sobre entre até desde
    não nem muito mais menos também já ainda só todo todos toda todas outro outra este esta esse essa isso isto
    dois duas três quatro cinco seis sete oito nove dez`,
  fr: `le la les un une des du de d l et ou mais si que qu qui quoi dont où quand comme parce
    est sont était étaient été être avoir a ont avait avaient peut peuvent sera seront fait
    je tu il elle nous vous ils elles me te se lui leur leurs son sa ses mon ma mes ce cet cette ces
    au aux à dans sur sous avec sans pour par entre vers chez pendant depuis avant après contre
    ne pas plus jamais rien aucun aucune très aussi déjà encore seulement tout tous toute toutes autre autres
    deux trois quatre cinq sept huit neuf dix onze douze`,
  nl: `de het een en of maar als dan dat die dit deze wie wat waar wanneer waarom hoe omdat
    is zijn was waren wordt worden werd heeft hebben had kan kunnen moet moeten zal zullen
    ik jij je hij zij ze wij we jullie mij mijn zijn haar ons onze hun
    van in op aan met voor naar bij uit door over onder tussen zonder tegen
    niet geen ook nog al zeer erg heel meer veel alle enkele hier daar
    twee drie vier vijf zes zeven acht negen tien`,
  pl: `i a oraz lub albo ale lecz jeśli jeżeli gdy kiedy że żeby aby bo ponieważ który która które którzy których jak gdzie co kto
    jest są był była było byli były być będzie będą ma mają miał miała może mogą można
    ja ty on ona ono my wy oni one mnie mi go jego jej ich nam nas się siebie swój swoje swoją
    w we na z ze do od o przy przez po za pod nad przed między dla bez u według wśród
    nie ani też także już jeszcze tylko bardzo więcej wszystko wszyscy wszystkie ten ta to te tego tej tym
    dwa dwie trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście`,
  cs: `a i ani ale nebo však jestli pokud když že aby protože který která které kteří jak kde co kdo
    je jsou byl byla bylo byli byly být bude budou má mají měl měla může mohou lze
    já ty on ona ono my vy oni ony mě mi ho jeho její jejich nám nás se si svůj své svou
    v ve na s se z ze do od o u při přes po za pod nad před mezi pro bez podle kvůli k ke
    ne také už ještě jen pouze velmi více všechno všichni všechny ten ta to ty toho té tom tím zde tady
    dva dvě tři čtyři pět šest sedm osm devět deset jedenáct dvanáct`,
  ru: `и а но или если когда что чтобы потому который которая которое которые как где кто
    это этот эта эти тот та те был была было были быть будет будут есть может могут
    я ты он она оно мы вы они меня мне его её ее их нам нас себя свой своя свои
    в во на с со из до от о об у при через по за под над перед между для без к ко
    не ни нет тоже также уже ещё еще только очень больше все всё всех
    один два три четыре пять шесть семь восемь девять десять`,
};

const TABLES = new Map<string, Set<string>>();

/** The function-word list of a language (an empty set when there is none). */
export function functionWords(lang: string): Set<string> {
  let t = TABLES.get(lang);
  if (!t) {
    t = new Set((RAW[lang] ?? '').split(/\s+/).filter(Boolean));
    TABLES.set(lang, t);
  }
  return t;
}

export function hasFunctionWords(lang: string): boolean {
  return lang in RAW;
}

/**
 * Letters a language's own spelling uses beyond a–z; anything else, in a lower-case word, is
 * foreign to it. English keeps the French accents of its loanwords (café, naïve, façade).
 */
const NATIVE_LETTERS: Record<string, string> = {
  en: 'éèêëàâïîôûçñ',
  de: 'äöüßéèêàç',
  fr: 'éèêëàâïîôöùûüçœæÿ',
  es: 'áéíóúñüç',
  it: 'àèéìíòóùú',
  pt: 'áàâãéêíóôõúüç',
  nl: 'éèëïöüáóç',
  pl: 'ąćęłńóśźż',
  cs: 'áčďéěíňóřšťúůýž',
  sk: 'áäčďéíĺľňóôŕšťúýž',
};

/** True when `lang` has a letter table and `word` (lower case) has a letter outside it. */
export function hasForeignLetter(word: string, lang: string): boolean {
  const native = NATIVE_LETTERS[lang];
  if (native === undefined) return false;
  for (const ch of word) {
    if (ch >= 'a' && ch <= 'z') continue;
    if (!/\p{L}/u.test(ch)) continue;
    if (!/\p{Script=Latin}/u.test(ch)) continue;
    if (!native.includes(ch)) return true;
  }
  return false;
}

/**
 * Word shapes typical of a language's inflection and rare in others ("-lichen", "-ción",
 * "-zione", "-ości", "-ých"): a lower-case word copied from the source that has one of these
 * is a source-language word, not a shared loanword like "hotel" or "taxi".
 */
const MORPHOLOGY: Record<string, RegExp> = {
  de: /(?:lich|lichen|licher|liches|ig|igen|iger|iges|igem|isch|ischen|ische|ungen|keit|heit|chen|ierte?n?|weise|weit|tz)$|^ge\p{L}{3,}(?:t|en)$|^(?:ver|zer|ent|be|er)\p{L}{3,}(?:te|ten|t|en)$/u,
  es: /(?:ción|ciones|mente|ado|ada|ados|adas|ido|ida|idos|idas|aron|ieron|aba|aban|ían|ará|ería)$/u,
  it: /(?:zione|zioni|mente|ato|ati|ito|iti|uto|uta|uti|ute|ava|avano|tà|gli|zza|zze|cci|cchi|cche|ggi|iamo)$/u,
  pt: /(?:ção|ções|mente|ado|ada|ados|adas|ido|idos|idas|ão)$/u,
  fr: /(?:eux|euse|euses|aient|ait|ées|ière|ières)$/u,
  nl: /ij|(?:heid|lijk|tje|sje)$/u,
  pl: /(?:ych|ymi|ami|ach|owie|ów|ość|ości|ać|ić|yć|ował|owała|owali|ją|ię|szy|ego|emu|nej)$|rz|cz|sz/u,
  cs: /(?:ých|ého|ému|ými|ami|ovat|oval|ovala|ovali|ní|ně|ostí|ství)$/u,
  sk: /(?:ých|ého|ému|ými|ami|ovať|oval|ovala|ovali|ní|ostí|stvo)$/u,
  en: /(?:ing|ly|ness|ful|ed)$/u,
};

/** True when `word` (lower case) has an inflection typical of `lang`. */
export function hasMorphologyOf(word: string, lang: string): boolean {
  const re = MORPHOLOGY[lang];
  return re !== undefined && word.length > 4 && re.test(word);
}
