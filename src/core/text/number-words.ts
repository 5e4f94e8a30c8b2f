// Cardinal number words by language, with the inflected forms news text uses ("trzech", "двух",
// "dvou"), and the scale words that may follow digits ("3,5 millions", "10 тысяч", "2 Mio.").
// Small on purpose: the numbers check only needs the words that carry a quantity a translator
// could get wrong; ordinal words and idioms ("a couple", "dozens") are left out.

type Words = Record<string, number>;

function forms(map: Words, value: number, ...words: string[]): void {
  for (const w of words) map[w] = value;
}

function build(rows: [number, string][]): Words {
  const m: Words = {};
  for (const [v, list] of rows) forms(m, v, ...list.split(' '));
  return m;
}

/** Words for 1 ("a", "ein", "un", "один") are kept apart: they are articles as often as numbers. */
export const ONE_WORDS: Record<string, string[]> = {
  en: ['one'],
  fr: ['un', 'une'],
  de: ['ein', 'eine', 'eins', 'einer', 'eines', 'einem', 'einen'],
  es: ['un', 'uno', 'una'],
  it: ['un', 'uno', 'una'],
  pt: ['um', 'uma'],
  pl: ['jeden', 'jedna', 'jedno', 'jednego', 'jednej', 'jednym', 'jedną'],
  cs: ['jeden', 'jedna', 'jedno', 'jednoho', 'jedné', 'jednom', 'jedním', 'jednu'],
  ru: ['один', 'одна', 'одно', 'одного', 'одной', 'одному', 'одним', 'одном', 'одну'],
};

const SLAVIC_TEENS_RU = ['одиннадцат', 'двенадцат', 'тринадцат', 'четырнадцат', 'пятнадцат', 'шестнадцат', 'семнадцат', 'восемнадцат', 'девятнадцат'];

function ruTeens(): [number, string][] {
  return SLAVIC_TEENS_RU.map((stem, i) => [11 + i, `${stem}ь ${stem}и ${stem}ью`]);
}

export const NUMBER_WORDS: Record<string, Words> = {
  en: build([
    [1, 'one'], [2, 'two'], [3, 'three'], [4, 'four'], [5, 'five'], [6, 'six'], [7, 'seven'], [8, 'eight'], [9, 'nine'], [10, 'ten'],
    [11, 'eleven'], [12, 'twelve'], [13, 'thirteen'], [14, 'fourteen'], [15, 'fifteen'], [16, 'sixteen'], [17, 'seventeen'],
    [18, 'eighteen'], [19, 'nineteen'], [20, 'twenty'], [30, 'thirty'], [40, 'forty'], [50, 'fifty'], [60, 'sixty'], [70, 'seventy'],
    [80, 'eighty'], [90, 'ninety'], [100, 'hundred'], [1e3, 'thousand'], [1e6, 'million'], [1e9, 'billion'], [1e12, 'trillion'],
  ]),
  fr: build([
    [1, 'un une'], [2, 'deux'], [3, 'trois'], [4, 'quatre'], [5, 'cinq'], [6, 'six'], [7, 'sept'], [8, 'huit'], [9, 'neuf'], [10, 'dix'],
    [11, 'onze'], [12, 'douze'], [13, 'treize'], [14, 'quatorze'], [15, 'quinze'], [16, 'seize'], [20, 'vingt vingts'], [30, 'trente'],
    [40, 'quarante'], [50, 'cinquante'], [60, 'soixante'], [100, 'cent cents'], [1e3, 'mille'], [1e6, 'million millions'], [1e9, 'milliard milliards'],
  ]),
  de: build([
    [1, 'eins'], [2, 'zwei'], [3, 'drei'], [4, 'vier'], [5, 'fünf'], [6, 'sechs'], [7, 'sieben'], [8, 'acht'], [9, 'neun'], [10, 'zehn'],
    [11, 'elf'], [12, 'zwölf'], [13, 'dreizehn'], [14, 'vierzehn'], [15, 'fünfzehn'], [16, 'sechzehn'], [17, 'siebzehn'], [18, 'achtzehn'],
    [19, 'neunzehn'], [20, 'zwanzig'], [30, 'dreißig'], [40, 'vierzig'], [50, 'fünfzig'], [60, 'sechzig'], [70, 'siebzig'], [80, 'achtzig'],
    [90, 'neunzig'], [100, 'hundert'], [1e3, 'tausend'], [1e6, 'million millionen'], [1e9, 'milliarde milliarden'],
  ]),
  es: build([
    [1, 'uno una'], [2, 'dos'], [3, 'tres'], [4, 'cuatro'], [5, 'cinco'], [6, 'seis'], [7, 'siete'], [8, 'ocho'], [9, 'nueve'], [10, 'diez'],
    [11, 'once'], [12, 'doce'], [13, 'trece'], [14, 'catorce'], [15, 'quince'], [16, 'dieciséis'], [17, 'diecisiete'], [18, 'dieciocho'],
    [19, 'diecinueve'], [20, 'veinte'], [30, 'treinta'], [40, 'cuarenta'], [50, 'cincuenta'], [60, 'sesenta'], [70, 'setenta'],
    [80, 'ochenta'], [90, 'noventa'], [100, 'cien ciento'], [200, 'doscientos doscientas'], [300, 'trescientos trescientas'],
    [500, 'quinientos quinientas'], [1e3, 'mil'], [1e6, 'millón millones'],
  ]),
  it: build([
    [1, 'uno una'], [2, 'due'], [3, 'tre'], [4, 'quattro'], [5, 'cinque'], [6, 'sei'], [7, 'sette'], [8, 'otto'], [9, 'nove'], [10, 'dieci'],
    [11, 'undici'], [12, 'dodici'], [13, 'tredici'], [14, 'quattordici'], [15, 'quindici'], [16, 'sedici'], [17, 'diciassette'],
    [18, 'diciotto'], [19, 'diciannove'], [20, 'venti'], [30, 'trenta'], [40, 'quaranta'], [50, 'cinquanta'], [60, 'sessanta'],
    [70, 'settanta'], [80, 'ottanta'], [90, 'novanta'], [100, 'cento'], [1e3, 'mille mila'], [1e6, 'milione milioni'], [1e9, 'miliardo miliardi'],
  ]),
  pl: build([
    [2, 'dwa dwie dwóch dwoma dwu dwaj dwom'], [3, 'trzy trzech trzem trzema trzej'], [4, 'cztery czterech czterem czterema czterej'],
    [5, 'pięć pięciu pięcioma'], [6, 'sześć sześciu sześcioma'], [7, 'siedem siedmiu siedmioma'], [8, 'osiem ośmiu ośmioma'],
    [9, 'dziewięć dziewięciu'], [10, 'dziesięć dziesięciu'], [11, 'jedenaście jedenastu'], [12, 'dwanaście dwunastu'],
    [13, 'trzynaście trzynastu'], [14, 'czternaście czternastu'], [15, 'piętnaście piętnastu'], [16, 'szesnaście szesnastu'],
    [17, 'siedemnaście siedemnastu'], [18, 'osiemnaście osiemnastu'], [19, 'dziewiętnaście dziewiętnastu'], [20, 'dwadzieścia dwudziestu'],
    [30, 'trzydzieści trzydziestu'], [40, 'czterdzieści czterdziestu'], [50, 'pięćdziesiąt pięćdziesięciu'], [60, 'sześćdziesiąt sześćdziesięciu'],
    [70, 'siedemdziesiąt siedemdziesięciu'], [80, 'osiemdziesiąt osiemdziesięciu'], [90, 'dziewięćdziesiąt dziewięćdziesięciu'], [100, 'sto stu'],
    [1e3, 'tysiąc tysiąca tysiące tysięcy'], [1e6, 'milion miliona miliony milionów'], [1e9, 'miliard miliarda miliardy miliardów'],
  ]),
  cs: build([
    [2, 'dva dvě dvou dvěma'], [3, 'tři tří třem třemi'], [4, 'čtyři čtyř čtyřem čtyřmi'], [5, 'pět pěti'], [6, 'šest šesti'],
    [7, 'sedm sedmi'], [8, 'osm osmi'], [9, 'devět devíti'], [10, 'deset deseti'], [11, 'jedenáct jedenácti'], [12, 'dvanáct dvanácti'],
    [13, 'třináct třinácti'], [14, 'čtrnáct čtrnácti'], [15, 'patnáct patnácti'], [16, 'šestnáct šestnácti'], [17, 'sedmnáct sedmnácti'],
    [18, 'osmnáct osmnácti'], [19, 'devatenáct devatenácti'], [20, 'dvacet dvaceti'], [30, 'třicet třiceti'], [40, 'čtyřicet čtyřiceti'],
    [50, 'padesát padesáti'], [60, 'šedesát šedesáti'], [70, 'sedmdesát sedmdesáti'],
    [80, 'osmdesát osmdesáti'], [90, 'devadesát devadesáti'], [100, 'sto'], [1e3, 'tisíc tisíce'], [1e6, 'milion milionu miliony milionů'], [1e9, 'miliarda miliardu miliardy miliard'],
  ]),
  ru: build([
    [2, 'два две двух двум двумя'], [3, 'три трёх трех трём трем тремя'], [4, 'четыре четырёх четырех четырём четырем четырьмя'],
    [5, 'пять пяти пятью'], [6, 'шесть шести шестью'], [7, 'семь семи'], [8, 'восемь восьми восемью'], [9, 'девять девяти девятью'],
    [10, 'десять десяти десятью'], ...ruTeens(), [20, 'двадцать двадцати'], [30, 'тридцать тридцати'], [40, 'сорок сорока'],
    [50, 'пятьдесят пятидесяти'], [60, 'шестьдесят шестидесяти'], [70, 'семьдесят семидесяти'],
    [80, 'восемьдесят восьмидесяти'], [90, 'девяносто девяноста'], [100, 'сто ста'], [1e3, 'тысяча тысячи тысяч тысячу'], [1e6, 'миллион миллиона миллионов'],
    [1e9, 'миллиард миллиарда миллиардов'],
  ]),
};

/** Words joining parts of one number: "twenty and one", "vingt et un", "treinta y dos". */
export const NUMBER_JOINERS: Record<string, string[]> = {
  en: ['and'], fr: ['et'], es: ['y'], it: ['e'], de: ['und'],
};

/**
 * Scale words after digits; the value multiplies the digits. Abbreviations keep their dot inside
 * the pattern so it is not read as a sentence end.
 */
const SCALES: Record<string, [string, number][]> = {
  en: [['billions?|bn', 1e9], ['millions?|mln', 1e6], ['trillions?', 1e12], ['thousands?', 1e3], ['crores?', 1e7], ['lakhs?|lacs?', 1e5]],
  fr: [['milliards?', 1e9], ['millions?', 1e6], ['mille', 1e3]],
  de: [['milliarden?|mrd\\.', 1e9], ['millionen|million|mio\\.', 1e6], ['tausend|tsd\\.', 1e3]],
  es: [['mil millones', 1e9], ['millones|millón', 1e6], ['mil', 1e3]],
  it: [['miliard[oi]', 1e9], ['milion[ei]', 1e6], ['mila', 1e3]],
  pl: [['miliard(?:a|y|ów)?|mld\\.?', 1e9], ['milion(?:a|y|ów)?|mln\\.?', 1e6], ['tysiąc(?:a|e)?|tysięcy|tys\\.', 1e3]],
  cs: [['miliard[ayu]?|mld\\.', 1e9], ['milion(?:y|ů|u)?|mil\\.', 1e6], ['tisíc(?:e)?|tis\\.', 1e3]],
  ru: [['миллиард(?:а|ов)?|млрд\\.?', 1e9], ['миллион(?:а|ов)?|млн\\.?', 1e6], ['тысячами|тысяч[аиуе]?|тыс\\.?', 1e3]],
  // The Indian scales: a lakh is 100,000, a crore 10 million (करोड़ with the nukta precomposed or not).
  hi: [['अरब', 1e9], ['\u0915\u0930\u094B\u095C|\u0915\u0930\u094B\u0921\u093C', 1e7], ['लाख', 1e5], ['हज़ार|हजार|\u0939\u091C\u093C\u093E\u0930', 1e3]],
};

export const SCALE_WORDS: Record<string, [RegExp, number][]> = Object.fromEntries(
  Object.entries(SCALES).map(([lang, rows]) => [
    lang,
    // Sticky: matched where the digits end (set lastIndex), not on a slice of the rest of the text.
    rows.map(([re, v]): [RegExp, number] => [new RegExp(`(?:${re})(?![\\p{L}\\p{N}])`, 'iuy'), v]),
  ]),
);

/** The scale word starting exactly at `at` ("million", "тыс."): its value and where it ends, or null. */
export function scaleWordAt(text: string, at: number, lang: string): { value: number; end: number } | null {
  for (const [re, value] of SCALE_WORDS[lang] ?? []) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) return { value, end: at + m[0].length };
  }
  return null;
}

/** English words to write a small number back as a word, when the translation wrote it so. */
export const EN_WORDS: string[] = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];
