// Words that open a sentence far more often than they follow an initial or an ordinal: after
// "vitamin C." or "Platz 3." a capital is a name or a noun, unless it is one of these, in which
// case the full stop ended the sentence ("Group B. The", "Platz 3. Der Trainer"). Short lists of
// articles, pronouns and connectives; a miss only costs one joined sentence.

const TABLE: Record<string, string> = {
  en: 'The A An It He She They We I You This That These Those There Its His Her Their Our My In On At But And As If When After Before However For So Then Yet What Who Why How Some Many Most According',
  fr: 'Le La Les Il Elle Ils Elles On Ce Cette Ces Un Une Des Dans Mais Et En Selon Pour Au Aux Du Je Nous Vous Sur Avec Par Depuis Lors Quand Puis Ainsi',
  de: 'Der Die Das Er Sie Es Wir Ich Ein Eine Dann Danach Aber Und In Im Am Auf Mit Nach Bei Doch Dies Diese Dieser So Wie Auch Zudem Laut',
  es: 'El La Los Las Un Una Él Ella Ellos En Pero Y Según Por Para Este Esta Estos Estas Eso Esto Con Tras Luego',
  it: 'Il La Le Lo Gli I Un Una Lui Lei Loro In Ma E Secondo Per Questo Questa Con Dopo Poi',
  pt: 'O A Os As Um Uma Ele Ela Eles Em Mas E Segundo Para Este Esta Com Depois',
  pl: 'W Na To Ten Ta Te Ale I Jak Po On Ona Oni Nie Się Według Jednak',
  cs: 'V Na To Ten Ta Ty Ale A Po On Ona Oni Podle Však Je',
  ru: 'Он Она Они Это Этот Эта В На Но И По Мы Я Как Так Однако Кроме',
  uk: 'Він Вона Вони Це Цей Ця В У На Але І Й По Ми Я Як Однак',
  nl: 'De Het Een Hij Zij Ze Wij Ik Dit Dat In Op Maar En Volgens',
};

const cache = new Map<string, Set<string>>();

export function startersFor(lang: string): Set<string> {
  let set = cache.get(lang);
  if (!set) {
    // An own row only: a language code is outside input, and "constructor" is no language.
    const row = Object.prototype.hasOwnProperty.call(TABLE, lang) ? TABLE[lang] : '';
    set = new Set(row.split(' ').filter(Boolean));
    cache.set(lang, set);
  }
  return set;
}

/** Languages that write ordinal numbers with a full stop ("am 3. Oktober", "28. října"). */
export const ORDINAL_DOT = new Set(['de', 'da', 'nb', 'no', 'nn', 'fi', 'is', 'fo', 'cs', 'sk', 'pl', 'sl', 'hr', 'sr', 'bs', 'hu', 'et', 'lv', 'tr']);
