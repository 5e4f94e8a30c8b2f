// agreement, first rule: a singular noun after a count of more than one ("the two candidate
// dodged", "for three day."). The noun must head its phrase, which only the next token shows: an
// auxiliary that agrees with a plural, a past verb, a preposition, a mark or the end. A noun
// followed by another noun may be a modifier ("a two party system"), so it is never read. Nor are
// measures said in the singular, zero plurals, labels ("stage two", "Channel 4") and codes.
import type { Report } from './check';
import type { Word } from '../text/word-runs';
import { NUMBER_WORDS } from '../text/number-words';
import { EN_IRREGULAR_PAST } from '../lang/syntax';
import { EN_OBJECT_PRONOUNS, EN_PARTICIPLES, EN_PAST, EN_PREP_HARD, EN_PREP_SOFT, EN_SUBJECTS, isFunctionWord } from './stray-punctuation-words';
import { AUXILIARIES, LOWER_WORD, SINGULAR_AUX, adjacent, between, closedClass, commaAfter, follower, plain } from './agreement-context';
import type { EnglishLexicon } from './agreement-lexicon';
import { wordSet } from '../text/word-set';

/** Words that count more than one and want a plural noun after them. */
const PLURAL_DETERMINERS = wordSet('these those several many both');

/**
 * Nouns with no -s plural after a number, by grammar or by custom: scale words ("two hundred"),
 * measures said in the singular ("six foot", "ten stone", "20 euro", "90 proof"), zero plurals
 * ("two aircraft", "three sheep"), collectives counted as people ("two crew were hurt"), and the
 * "these kind of" idiom.
 */
export const INVARIANT = wordSet(`
  hundred thousand million billion trillion dozen score gross brace head percent cent per proof
  foot stone pound hand euro yen yuan renminbi baht rand won kip kyat riel nil love
  aircraft spacecraft hovercraft craft cannon sheep deer fish swine moose bison elk salmon trout cod carp pike squid shrimp offspring
  crew staff personnel police cattle livestock clergy militia infantry cavalry artillery youth
  kind sort type`);

/** Ordinals and the like, which stand between an article and a count ("the last two"). */
export const POSTDETERMINERS = wordSet('first last next past other final previous remaining following additional extra further same only');

/** A singular determiner before the count makes the phrase one thing: "a two year contract", "every two week". */
const SINGULAR_DETERMINERS = wordSet('a an each every one this that another per');

/** Determiners that make a numeral after them a name or a model ("the 747", "my 360 controller"). */
const DETERMINERS = wordSet('the a an this that these those my your his her its our their whose');

/** Two digits at most: a bigger number before a noun is as often a code or a model ("900 service"). */
const DIGITS = /^[1-9]\d?$/;
const SPACE = /\s/;
const WORD_CHAR = /\w/;
/** What glues a numeral to a bigger number, a range or a code: "1,500", "2.5", "3-2", "A/2", "'82", "$20". */
const GLUE_BEFORE = '.,:/-–$€£#\'’';
const NUMBER_HYPHEN = /[-\u2010\u2011]/;
const FULL_STOP = /[.!?]/;
const JOINED_BEFORE = /[-\u2010\u2011/#]\s*$/;
/** A singular in -s: "bus", "class", "crisis". */
const SINGULAR_S = /(?:ss|us|is)$/;

/** Words where this rule may start, besides numerals and hyphenated numbers ("twenty-two"). */
export const COUNT_WORDS: ReadonlySet<string> = new Set([
  ...PLURAL_DETERMINERS,
  ...Object.keys(NUMBER_WORDS.en).filter((w) => NUMBER_WORDS.en[w] > 1 && NUMBER_WORDS.en[w] < 100),
]);

/** The count a word or numeral gives, when it is more than one; else 0 or 1. */
export function countOf(w: Word, text: string): number {
  if (w.digit) {
    if (!DIGITS.test(w.text)) return 0;
    const before = w.start > 0 ? text[w.start - 1] : ' ';
    const after = text[w.end] ?? ' ';
    if (!SPACE.test(after) || GLUE_BEFORE.includes(before) || WORD_CHAR.test(before)) return 0;
    return Number(w.text);
  }
  if (PLURAL_DETERMINERS.has(w.lower)) return 2;
  const en = NUMBER_WORDS.en;
  const v = en[w.lower];
  if (v !== undefined) return v < 100 ? v : 0;
  if (!NUMBER_HYPHEN.test(w.lower)) return 0;
  // "twenty-two"
  let n = 0;
  for (const p of w.lower.split(NUMBER_HYPHEN)) {
    const part = en[p];
    if (part === undefined || part >= 100) return 0;
    n += part;
  }
  return n;
}

/** The count at `i` counts the noun after it: not a label ("stage two", "Channel 4"), nor part of a singular phrase. */
function countsTheNoun(text: string, words: Word[], i: number, lex: EnglishLexicon): boolean {
  const prev = words[i - 1];
  if (!prev) return true;
  if (!adjacent(text, prev, words[i])) {
    const gap = between(text, prev, words[i]);
    // After a full stop only a sentence's first word counts ("No. 4 player" is a rank).
    if (FULL_STOP.test(gap)) return words[i].initial;
    return !JOINED_BEFORE.test(gap);
  }
  const p = prev.lower;
  if (SINGULAR_DETERMINERS.has(p)) return false;
  // "a record 15", "a top 20 player": the article reaches over a modifier.
  if (!isFunctionWord(p) && SINGULAR_DETERMINERS.has(plain(words[i - 2]))) return false;
  // "you two", "we three": the count stands beside a pronoun, not before a noun.
  if (EN_SUBJECTS.has(p) || EN_OBJECT_PRONOUNS.has(p)) return false;
  if (prev.cap) return prev.initial && isFunctionWord(p);
  if (words[i].digit && (DETERMINERS.has(p) || p === 'under')) return false; // "the under 21 team"
  // A size: "a 2 by 2 wall", "ten feet by eight square".
  if ((p === 'by' || p === 'x') && [words[i - 2], words[i - 3]].some((w) => w && countOf(w, text) > 0)) return false;
  return isFunctionWord(p) || POSTDETERMINERS.has(p) || AUXILIARIES.has(p) || EN_IRREGULAR_PAST.has(p) || lex.edPast(p);
}

/** A verb that agrees with a plural subject, or is a past form that agrees with any. */
function pluralVerb(word: string, lex: EnglishLexicon): boolean {
  return (AUXILIARIES.has(word) && !SINGULAR_AUX.has(word)) || EN_IRREGULAR_PAST.has(word) || lex.edPast(word);
}

/** "the three level, radiating lances": a comma between two modifiers of one noun. */
function modifierAfterComma(next: Word | undefined, lex: EnglishLexicon): boolean {
  if (!next || next.cap) return false;
  const w = next.lower;
  return w.endsWith('ing') || w.endsWith('ed') || (!isFunctionWord(w) && lex.adjective(w));
}

/** The report for a singular noun after the count at `i`, or null. */
export function pluralSlip(text: string, words: Word[], i: number, lex: EnglishLexicon): Report | null {
  const num = words[i];
  if (num.cap && !num.initial) return null;
  const count = countOf(num, text);
  if (count < 2) return null;
  const noun = words[i + 1];
  if (noun.cap || !adjacent(text, num, noun) || !LOWER_WORD.test(noun.text)) return null;
  const w = noun.lower;
  if (INVARIANT.has(w) || closedClass(w) || EN_PARTICIPLES.has(w) || EN_PAST.has(w) || NUMBER_WORDS.en[w] !== undefined) return null;
  // A word in -s is a plural already ("genes") unless it is a singular like "bus" or "crisis".
  if (w.endsWith('s') && !SINGULAR_S.test(w)) return null;
  const determiner = PLURAL_DETERMINERS.has(num.lower);
  if (!determiner && !countsTheNoun(text, words, i, lex)) return null;
  const after = follower(text, words, i + 1);
  if (after.kind === 'other' || (after.kind === 'word' && after.word === '')) return null;
  const comma = commaAfter(text, noun);
  if (comma && modifierAfterComma(words[i + 2], lex)) return null;
  // "those failing", "these remaining": a participle standing for "those who".
  if (w.endsWith('ing') && (num.lower === 'those' || num.lower === 'these')) return null;
  // Only a verb that agrees with the plural counts: "of these care has been taken" ends a phrase at "these".
  const auxNext = after.kind === 'word' && AUXILIARIES.has(after.word) && !SINGULAR_AUX.has(after.word);
  // A word that may be a verb is a noun only before an auxiliary: "the two walk in", "these lie
  // scattered" read as verbs; "the two candidate dodged" does not.
  if (!auxNext && (w.endsWith('ing') || w.endsWith('ed') || lex.maybeVerb(w))) return null;
  // "both faith in X and Y" pairs what follows; a verb or the end of the clause shows "both" is done.
  if (num.lower === 'both' && !auxNext && (after.kind === 'word' || comma)) return null;
  if (after.kind === 'word' && !auxNext && !EN_PREP_HARD.has(after.word) && !EN_PREP_SOFT.has(after.word) && !pluralVerb(after.word, lex)) return null;
  if (!lex.known(w) || !lex.noun(w) || lex.nounAdjective(w) || lex.adverb(w) || lex.pluralNoun(w) || lex.pastForm(w)) return null;
  const plural = lex.plural(w);
  if (!plural) return null;
  return {
    messageId: 'plural',
    data: { count: num.text, word: noun.text, suggestion: plural },
    target: { start: noun.start, end: noun.end },
    suggestions: [{ text: plural }],
  };
}
