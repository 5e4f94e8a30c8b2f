// Soft negatives: words that negate by their meaning or prefix ("failed to", "without", "ohne",
// "bez", "nie-"/"не-" words), which may stand for a negation the other side says with "not"; the
// ones a translation has already said with a word of its own; and double negations ("not
// impossible") that turn a statement round. The negators themselves are in negation.ts.
import { words, type Word } from '../text/word-runs';
import { hasNegationTable, NEGATION, sets, straight, type NegationMark } from './negation';

/**
 * Words that carry a negation in their meaning rather than their grammar ("failed to",
 * "unable", "without", "ohne", "bez", "kaum"). A side with fewer negations but one of these
 * may simply have said the same thing another way, so they excuse a difference of one each.
 */
const SOFT: Record<string, RegExp> = {
  en: /^(fail\w*|unable|without|lack\w*|absen\w+|refus\w+|den(y|ied|ies)|neglect\w*|miss\w*|prevent\w*|avoid\w*|hardly|barely|scarcely|seldom|rarely|little|few|only|except|instead|rather|dislike\w*|disagree\w*|unless|until|beyond|non-?\w{3,}|un(?!der|til|ion|it|ive|iq|ited|less)\w{4,}|im(possib|prop|balanc|matur|perfect|mobil)\w*|in(correct|capab|sufficien|complet|adequa|valid|visib|direct|depend|formal|accura|effect|abilit|activ|secur|stab|finit|nocent|ability)\w*|ir(regular|relevan|respons)\w*|il(legal|legib|logic)\w*|dis(approv|appear|ab|honest|respect|trust|connect|agree)\w*|\w+less|\w+n't)$/,
  de: /^(ohne|kaum|wenig\p{L}*|selten\p{L}*|versag\p{L}*|nur|statt|anstatt|außer|fehl\p{L}*|mangel\p{L}*|versäum\p{L}*|verweiger\p{L}*|verhinder\p{L}*|vermeid\p{L}*|un(?!d$|s$|ser|ter|ten|gefähr|iversit|ion)\p{L}{4,}|miss\p{L}+|\p{L}+los|\p{L}+lose[nmrs]?|nirgends)$/u,
  nl: /^(zonder|nauwelijks|zelden|alleen|behalve|on\p{L}{4,}|\p{L}+loos)$/u,
  fr: /^(sans|guère|rare\p{L}*|seulement|sauf|manqu\p{L}*|échou\p{L}*|refus\p{L}*|impossib\p{L}*|incapab\p{L}*|in\p{L}+ible|in\p{L}+able|mal\p{L}+)$/u,
  es: /^(sin|apenas|rar[oa]s?|raramente|solo|sólo|salvo|excepto|falt\p{L}*|fracas\p{L}*|rechaz\p{L}*|impid\p{L}*|imposib\p{L}*|incapa\p{L}*|in(suficien|correct|complet|adecuad|válid|visibl|depend|exact|eficaz|segur|estab)\p{L}*|des(conoc|aparec|acuerd)\p{L}*)$/u,
  it: /^(senza|appena|rar[oaie]|raramente|solo|soltanto|tranne|manc\p{L}*|fall\p{L}*|rifiut\p{L}*|impossib\p{L}*|incapac\p{L}*|in(sufficien|corrett|complet|adeguat|valid|visibil|dipend|esatt|efficac|sicur|stabil)\p{L}*|s(conosc|compar)\p{L}*|priv\p{L}+)$/u,
  pt: /^(sem|apenas|rar[oa]s?|raramente|só|somente|exceto|falt\p{L}*|fracass\p{L}*|recus\p{L}*|impossív\p{L}*|incapa\p{L}*|des(conhec|aparec)\p{L}*)$/u,
  pl: /^(bez|brak\p{L}*|zabrak\p{L}*|ledwie|ledwo|rzadk\p{L}*|odm[óa]w\p{L}*|tylko|jedynie|oprócz|poza|zamiast|nie\p{L}{3,})$/u,
  cs: /^(bez|kromě|jen|pouze|sotva|zřídka|vzácn\p{L}*|chyb\p{L}*|místo|selh\p{L}*|odmít\p{L}*|ne\p{L}{3,})$/u,
  sk: /^(bez|okrem|len|iba|sotva|chýb\p{L}*|ne\p{L}{3,})$/u,
  ru: /^(без|безо|кроме|только|лишь|едва|редк\p{L}*|вместо|отсутств\p{L}*|не\p{L}{3,}|без\p{L}{3,}|бес\p{L}{3,}|отказ\p{L}*|мало)$/u,
  uk: /^(без|крім|тільки|лише|ледве|рідк\p{L}*|замість|відсутн\p{L}*|не\p{L}{3,}|без\p{L}{3,}|від\p{L}*мов\p{L}*)$/u,
};

/**
 * Words the prefix patterns above take in that negate nothing: days, nationalities, quantities
 * and time words built on the same letters (Polish "niedziela" Sunday, "niektóre" some, "niemiecki"
 * German; Czech superlatives "nej-" and "neděle"; Russian "несколько" several, "неделя" week,
 * "нефть" oil, "необходимо" necessary). A translation says them without any negation.
 */
const NOT_SOFT: Record<string, RegExp> = {
  pl: /^(niedziel|niektór|niemiec|niemc|niemiek|niedawn|niebie|niedźwied|niemowl|niewiast|nieopodal|niezbędn|nieprzyjaci)/u,
  cs: /^(nej|neděl|nedělní|nemoc|německ|nemovit|nezbytn|nedávn|nepřít|nepřát)/u,
  sk: /^(naj|nedeľ|nemoc|nemeck|nehnuteľ|nevyhnutn|nedávn)/u,
  ru: /^(некотор|несколько|нескольк|недавн|недел|немец|немецк|немц|нефт|необходим|нередк|немало|немного|небольш|неподалёк|неподалек|невест|небес|небо)/u,
  uk: /^(деяк|нещодавн|неділ|німець|німецьк|нафт|необхідн|небагат|небо|небес)/u,
};


/**
 * Fixed phrases where a soft word negates nothing: "sin embargo" (however), "кроме того"
 * (besides), "hace falta" (is needed). Keys are the soft word with its neighbour.
 */
const SOFT_IDIOMS = new Set([
  'sin embargo', 'кроме того', 'крім того', 'kromě toho', 'okrem toho', 'poza tym', 'oprócz tego',
  'hace falta', 'hacía falta', 'hará falta', 'haría falta', 'hizo falta', 'haga falta', 'hacen falta', 'harán falta', 'hacían falta',
]);

/** How many soft negatives a text has (0 for languages without a list). */
export function countSoftNegatives(text: string, lang: string, list: Word[] = words(text)): number {
  const re = Object.prototype.hasOwnProperty.call(SOFT, lang) ? SOFT[lang] : undefined;
  if (!re) return 0;
  const not = Object.prototype.hasOwnProperty.call(NOT_SOFT, lang) ? NOT_SOFT[lang] : undefined;
  const t = hasNegationTable(lang) ? NEGATION[lang] : undefined;
  const s = t ? sets(lang, t) : undefined;
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const w = list[i];
    const lower = straight(w.lower);
    // A capital inside a sentence is a name ("Netanjahu", "Neapol", "Niesiołowski").
    if (!re.test(lower) || (not && not.test(lower)) || (w.cap && !w.initial)) continue;
    // A word counted as a negation already ("нельзя", Czech "nesplňuje") excuses no second one.
    if (s && (s.neg.has(lower) || s.nword.has(lower) || (t?.prefix && t.prefix(lower)))) continue;
    if ((i > 0 && SOFT_IDIOMS.has(`${list[i - 1].lower} ${lower}`)) || (i + 1 < list.length && SOFT_IDIOMS.has(`${lower} ${list[i + 1].lower}`))) continue;
    n++;
  }
  return n;
}

/** "without" in each language: a soft negative that its translation carries as a word of its own. */
const WITHOUT: Record<string, readonly string[]> = {
  en: ['without'], de: ['ohne'], nl: ['zonder'], fr: ['sans'], es: ['sin'], it: ['senza'], pt: ['sem'],
  pl: ['bez', 'beze'], cs: ['bez', 'beze'], sk: ['bez'], ru: ['без', 'безо'], uk: ['без'],
};

/**
 * "only" in each language. A source "tylko" the translation renders "only" has been said and
 * excuses no negation; one rendered "not … until" ("solo a marzo", "not until March") still does.
 */
const ONLY: Record<string, readonly string[]> = {
  en: ['only', 'just', 'merely', 'solely'], de: ['nur', 'lediglich', 'bloß'], nl: ['alleen', 'slechts'], fr: ['seulement', 'uniquement'],
  es: ['solo', 'sólo', 'solamente', 'únicamente'], it: ['solo', 'soltanto', 'solamente', 'unicamente'], pt: ['só', 'apenas', 'somente'],
  pl: ['tylko', 'jedynie'], cs: ['jen', 'jenom', 'pouze'], sk: ['len', 'iba'], ru: ['только', 'лишь'], uk: ['тільки', 'лише'],
};

function softRe(lang: string): RegExp | undefined {
  return Object.prototype.hasOwnProperty.call(SOFT, lang) ? SOFT[lang] : undefined;
}

/**
 * How many soft negatives of the source its translation says with the same word: "without" for
 * "bez", "only" for "tylko". Those are rendered, and cannot stand behind a negation as well.
 */
export function countSaidAlike(from: string, sourceWords: Word[], to: string, targetWords: Word[]): number {
  let n = 0;
  let withoutLeft = 0;
  const re = softRe(from);
  for (const table of [WITHOUT, ONLY]) {
    const s = Object.prototype.hasOwnProperty.call(table, from) ? table[from] : undefined;
    const t = Object.prototype.hasOwnProperty.call(table, to) ? table[to] : undefined;
    if (!s || !t) continue;
    let a = 0;
    let b = 0;
    for (const w of sourceWords) if (s.includes(w.lower) && (!re || re.test(w.lower))) a++;
    if (a === 0) continue;
    for (const w of targetWords) if (t.includes(w.lower)) b++;
    n += Math.min(a, b);
    if (table === WITHOUT) withoutLeft = a - Math.min(a, b);
  }
  // A negative word ("niemożliwy", "senza", "fracaso") said with one ("impossible", "unmarked", "failure").
  const neg = Object.prototype.hasOwnProperty.call(NEGATIVE_WORD, from) ? NEGATIVE_WORD[from] : undefined;
  const turned = Object.prototype.hasOwnProperty.call(TURNED, to) ? TURNED[to] : undefined;
  if (neg && re && turned) {
    const not = Object.prototype.hasOwnProperty.call(NOT_SOFT, from) ? NOT_SOFT[from] : undefined;
    let a = withoutLeft;
    let b = 0;
    for (const w of sourceWords) if (neg.test(w.lower) && re.test(w.lower) && !(not && not.test(w.lower)) && !(w.cap && !w.initial) && !selfTurned(w.lower, re)) a++;
    if (a > 0) for (const w of targetWords) if (turned.test(straight(w.lower)) && !(w.cap && !w.initial)) b++;
    n += Math.min(a, b);
  }
  return n;
}

/**
 * Soft negatives that are content words: a negative prefix, or failing, refusing, lacking.
 * (Applied to words the soft list has taken in, so "in-" here is not "into" or "include".)
 */
const NEGATIVE_WORD: Record<string, RegExp> = {
  en: /^(un|in|im|il|ir|dis|non|fail|refus|lack)/,
  de: /^(un|versag|versäum|verweiger|fehl|mangel)/,
  nl: /^on/,
  fr: /^(in|im|dé|échou|refus|manqu)/,
  es: /^(in|im|des|fracas|rechaz|falt)/,
  it: /^(in|im|sc|fall|rifiut|manc)/,
  pt: /^(in|im|des|fracass|recus|falt)/,
  pl: /^(nie|odm|brak)/,
  cs: /^(ne|selh|odmít|chyb)/,
  sk: /^(ne|chýb)/,
  ru: /^(не|без|бес|отказ|отсутств)/u,
  uk: /^(не|без|відсутн)/u,
};

/**
 * Words a negator directly before them turns back into a positive: "not impossible", "did not
 * fail to", "not illegally", "nicht unmöglich". Narrower than the soft list: no "only", "until",
 * "little" (in "not … until" the negator renders the source's "only"), no sentence adverbs
 * ("cannot, unfortunately, …"), and no verbs such as "miss" or "avoid" that are ordinary verbs
 * before they are negative ones.
 */
const TURNED: Record<string, RegExp> = {
  en: /^(fail(s|ed|ing|ures?)?|unable|refus(e|es|ed|ing)|lack(s|ed|ing)?|impossib\w*|im(prop|balanc|matur|perfect|mobil|plausib|probab)\w*|in(correct|capab|sufficien|complet|adequa|valid|visib|depend|accura|effect|activ|secur|stab|finit|nocent|appropria|consisten|evitab)\w*|ir(regular|relevan|respons|rationa|reversib)\w*|il(legal|legib|logic)\w*|dis(approv|agree|honest|trust|satisf|loyal)\w*|un(?!der|til|ion|it|ive|iq|ited|less|animous|iform|ilateral|icorn|cle|fortunate|doubted|questionab|surprising)\w{4,}|non-\w{3,}|(?!regard|never|nonethe)\w{3,}less(ly)?)$/,
  de: /^(un(?!d$|s$|ser|ter|ten|gefähr|iversit|ion|bedingt|längst|weit|mittelbar|zähl|gemein|heimlich)\p{Ll}{4,}|\p{Ll}{3,}los|\p{Ll}{3,}lose[nmrs]?)$/u,
};

/**
 * The negators that turn a word: those of the predicate. "no" and "kein" negate a noun phrase
 * ("no illegal activity" is not legal activity), and "never fails to" is a set phrase.
 */
const TURNERS = new Set(['not', "n't", 'cannot', 'nicht']);

/** Words that may stand between the negator and the word it turns ("cannot be impossible", "not entirely unexpected"). */
const TURN_GAP = new Set([
  'be', 'been', 'being', 'so', 'too', 'very', 'entirely', 'completely', 'totally', 'quite', 'altogether', 'wholly', 'really', 'always', 'necessarily',
  'sein', 'gewesen', 'ganz', 'völlig', 'gänzlich', 'sehr', 'unbedingt', 'immer',
]);

/** Slavic negative prefixes, for a word that carries both negations ("nierzadko", "небезызвестный"). */
const NEG_PREFIX = /^(nie|ne|не)(?=\p{L}{3,})/u;
const PREFIX_LANGS = new Set(['pl', 'cs', 'sk', 'ru', 'uk']);

/** A word that carries both negations ("nierzadko" not rarely): a litotes, said by "not uncommon". */
function selfTurned(lower: string, re: RegExp): boolean {
  const p = NEG_PREFIX.exec(lower);
  return p !== null && re.test(lower.slice(p[0].length));
}

export interface TurnedMark {
  /** The negator and the word it turns, as one span. */
  start: number;
  end: number;
  text: string;
}

/**
 * Negators directly before a negative word: double negations, which say the positive. In the
 * translation only the narrow TURNED words count; in the source any soft negative does, and a
 * word with a negative prefix on a negative stem, so a source litotes keeps its translation quiet.
 */
export function findTurned(text: string, lang: string, list: Word[], marks: NegationMark[], side: 'source' | 'target'): TurnedMark[] {
  const turned = Object.prototype.hasOwnProperty.call(TURNED, lang) ? TURNED[lang] : undefined;
  const re = side === 'target' ? turned : softRe(lang) ?? turned;
  const out: TurnedMark[] = [];
  if (!re) return out;
  if (side === 'source' && PREFIX_LANGS.has(lang)) {
    for (const w of list) {
      if (selfTurned(w.lower, re)) out.push({ start: w.start, end: w.end, text: w.text });
    }
  }
  let j = 0;
  for (const m of marks) {
    while (j < list.length && list[j].end <= m.start) j++;
    if (j >= list.length) break;
    if (side === 'target' && !TURNERS.has(straight(m.text.toLowerCase())) && straight(list[j].lower) !== 'cannot') continue;
    for (let k = j + 1, gaps = 0; k < list.length && gaps <= 2; k++) {
      const w = list[k];
      const lower = straight(w.lower);
      if (TURN_GAP.has(lower)) {
        gaps++;
        continue;
      }
      // A capital is a name or, in German, a noun ("kein Unbekannter" is a person, not a litotes).
      if (re.test(lower) && (!w.cap || w.initial) && !(lang === 'de' && w.cap)) out.push({ start: m.start, end: w.end, text: text.slice(m.start, w.end) });
      break;
    }
  }
  return out;
}
