// Month names by language, every inflected form a date can take ("10 października", "3. října",
// "в мае"), mapped to 1..12. Number comparison uses them so that a numeric date "10.10.2020" on
// one side can meet "October 10, 2020" on the other; a month name alone is never counted as a
// number that must appear on the other side (a translator may write "10/10" or "October 10").

const TABLE: Record<string, string[][]> = {
  // One inner list per month: its forms.
  en: [['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec']],
  fr: [['janvier'], ['février', 'fevrier'], ['mars'], ['avril'], ['mai'], ['juin'], ['juillet'], ['août', 'aout'], ['septembre'], ['octobre'], ['novembre'], ['décembre', 'decembre']],
  de: [['januar', 'jänner', 'jan'], ['februar', 'feber', 'feb'], ['märz'], ['april', 'apr'], ['mai'], ['juni'], ['juli'], ['august', 'aug'], ['september', 'sept', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez']],
  es: [['enero'], ['febrero'], ['marzo'], ['abril'], ['mayo'], ['junio'], ['julio'], ['agosto'], ['septiembre', 'setiembre'], ['octubre'], ['noviembre'], ['diciembre']],
  it: [['gennaio'], ['febbraio'], ['marzo'], ['aprile'], ['maggio'], ['giugno'], ['luglio'], ['agosto'], ['settembre'], ['ottobre'], ['novembre'], ['dicembre']],
  pt: [['janeiro'], ['fevereiro'], ['março'], ['abril'], ['maio'], ['junho'], ['julho'], ['agosto'], ['setembro'], ['outubro'], ['novembro'], ['dezembro']],
  pl: [
    ['styczeń', 'stycznia', 'styczniu'], ['luty', 'lutego', 'lutym'], ['marzec', 'marca', 'marcu'], ['kwiecień', 'kwietnia', 'kwietniu'],
    ['maj', 'maja', 'maju'], ['czerwiec', 'czerwca', 'czerwcu'], ['lipiec', 'lipca', 'lipcu'], ['sierpień', 'sierpnia', 'sierpniu'],
    ['wrzesień', 'września', 'wrześniu'], ['październik', 'października', 'październiku'], ['listopad', 'listopada', 'listopadzie'], ['grudzień', 'grudnia', 'grudniu'],
  ],
  cs: [
    ['leden', 'ledna', 'lednu', 'lednem'], ['únor', 'února', 'únoru', 'únorem'], ['březen', 'března', 'březnu', 'březnem'], ['duben', 'dubna', 'dubnu', 'dubnem'],
    ['květen', 'května', 'květnu', 'květnem'], ['červen', 'června', 'červnu', 'červnem'], ['červenec', 'července', 'červenci', 'červencem'], ['srpen', 'srpna', 'srpnu', 'srpnem'],
    ['září'], ['říjen', 'října', 'říjnu', 'říjnem'], ['listopad', 'listopadu', 'listopadem'], ['prosinec', 'prosince', 'prosinci', 'prosincem'],
  ],
  ru: [
    ['январь', 'января', 'январе', 'январём'], ['февраль', 'февраля', 'феврале'], ['март', 'марта', 'марте'], ['апрель', 'апреля', 'апреле'],
    ['май', 'мая', 'мае'], ['июнь', 'июня', 'июне'], ['июль', 'июля', 'июле'], ['август', 'августа', 'августе'],
    ['сентябрь', 'сентября', 'сентябре'], ['октябрь', 'октября', 'октябре'], ['ноябрь', 'ноября', 'ноябре'], ['декабрь', 'декабря', 'декабре'],
  ],
  nl: [['januari'], ['februari'], ['maart'], ['april'], ['mei'], ['juni'], ['juli'], ['augustus'], ['september'], ['oktober'], ['november'], ['december']],
};

const BY_LANG = new Map<string, Map<string, number>>();
for (const [lang, months] of Object.entries(TABLE)) {
  const m = new Map<string, number>();
  months.forEach((forms, i) => forms.forEach((f) => m.set(f, i + 1)));
  BY_LANG.set(lang, m);
}

/**
 * Month number (1..12) of a word in a language, or 0. English names count only when capitalised,
 * so the modal "may" and the verb "march" stay words.
 */
export function monthOf(word: string, lang: string): number {
  const table = BY_LANG.get(lang);
  if (!table) return 0;
  const lower = word.toLowerCase();
  const n = table.get(lower) ?? 0;
  if (n && lang === 'en' && word[0] === lower[0]) return 0;
  return n;
}

/** Lower-case month forms of a language and their month, or undefined when it has no table. */
export function monthForms(lang: string): ReadonlyMap<string, number> | undefined {
  return BY_LANG.get(lang);
}
