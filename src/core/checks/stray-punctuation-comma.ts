// stray-punctuation, commas: an English comma between words that nothing may separate (a
// preposition or a focusing adverb and its phrase, a gerund and its object among them), and one
// splitting a name the source writes as one.
import {
  EN_AFTER_SEMICOLON,
  EN_AUX,
  EN_AUX_STRICT,
  EN_CLAUSE_OPENERS,
  EN_CONJ,
  EN_PARTICIPLES,
  EN_PREP_HARD,
  EN_PREP_PARTICIPLES,
  EN_PREP_SOFT,
  EN_SUBORDINATORS,
  CURRENCY_CODES,
  EN_BARE_AUX,
  EN_BEFORE_BOUND_PREP,
  EN_FOCUS_ADVERBS,
  EN_OBJECT_START,
  EN_PAIRED_PARTICLES,
  EN_PREP_BOUND,
  UNITS,
  isFunctionWord,
} from './stray-punctuation-words';
import {
  DIGIT,
  NO_WORD,
  UPPER,
  count,
  WORD_CHAR,
  bracketAfter,
  insideDate,
  closesSoon,
  closingMark,
  hasSubordinator,
  isLower,
  isSpace,
  isUpper,
  likely,
  firstWord,
  lastClause,
  sentenceBefore,
  skipSpaceBack,
  sure,
  wordAfter,
  wordBefore,
  type Facts,
  type Found,
  type Word,
} from './stray-punctuation-text';
import { classedComma, modifierCut, subjectCut } from './stray-punctuation-phrase';
import { verbless } from './stray-punctuation-colon';

const REPORTING = /\b(?:said|says|say|added|adds|noted|notes|explained|argued|argues|believes?|thinks?|reported|reports|wrote|writes|claimed|claims|stated|states|told|insisted|admitted|according)\b/;
const PERFECT = /\b(?:has|have|had|having)\s+$/i;
const WHO_BEFORE = /\bwho\s+$/i;
/** ", and inherit from, the": the object after the comma is shared by two verbs. */
const SHARED_OBJECT = /,\s+(?:and|or|but|nor)\s+[^,.;:!?]{0,40}$/;
const LIST_GOES_ON = /^\s*(?:and|or)\b/;
/** "The bigger the heap is, the more": a comparative correlative. */
const CORRELATIVE = /^\P{L}*the\s+\p{L}+er\b/iu;
const ED_ING = /^[a-z]{2,}(?:ed|ing)$/;
const ED = /^[a-z]{3,}ed$/;
const AFTER_OF_OK = /^(?:course|which|whom|whose|all|them|us|these|those|it)$/;
const COMMA_OR_OF = /,|\bof\b/;
const WORDS = /\p{L}+/gu;
const POSSESSIVE = /\p{Ll}'s$/u;
const LETTER_RE = /\p{L}/u;
/** Prepositions that take a gerund with its own object: "by moving the device". */
const EN_GERUND_PREPS = new Set(['by', 'through', 'for', 'of', 'from']);

/** The word before `w`, spaces only between them (a mark between gives none). */
const previous = (text: string, w: Word): Word => wordBefore(text, skipSpaceBack(text, w.start));

/**
 * The preposition stands as an adverb: paired ("for and against, the", "on and on, the"), after
 * another particle ("come on in, the"), in "just in", or as a time after "than" ("than before,").
 */
function adverbialParticle(text: string, prev: Word): boolean {
  const lead = previous(text, prev).lower;
  if (EN_CONJ.has(lead)) {
    const pair = previous(text, previous(text, prev)).lower;
    return EN_PAIRED_PARTICLES.has(pair) || EN_PREP_SOFT.has(pair) || EN_PREP_HARD.has(pair);
  }
  if (EN_PAIRED_PARTICLES.has(lead) || lead === 'just') return true;
  return (lead === 'than' || lead === 'as' || lead === 'ever') && !EN_PREP_BOUND.has(prev.lower);
}

/** English: a comma between words that nothing may separate. */
function enComma(f: Facts, i: number, prev: Word, next: Word): boolean {
  const { text } = f;
  if (isUpper(prev)) return false;
  const pl = prev.lower;
  const nextLower = isLower(next);
  // What precedes the word, as far as the patterns below look back.
  const before = text.slice(Math.max(0, prev.start - 60), prev.start);
  // A function word may open a parenthesis ("and, in particular, on") but is never cut from its
  // noun phrase ("in, the world", "is, Great Britain", "over, 1,000") unless a list goes on.
  const phrase = DIGIT.test(next.text) || next.lower === 'the' || next.lower === 'a' || next.lower === 'an' || (isUpper(next) && next.text !== 'I');
  const parenthesis = (words: number): boolean => {
    if (!phrase) return closesSoon(text, i + 1, words);
    const close = closingMark(text, i + 1, Math.max(words, 6));
    return (close >= 0 && LIST_GOES_ON.test(text.slice(close + 1, close + 6))) || reportingClause(text, i + 1);
  };
  if (EN_PREP_HARD.has(pl)) return !EN_CLAUSE_OPENERS.has(next.lower) && !parenthesis(5) && !SHARED_OBJECT.test(before);
  // "or, in case it fails": an adverbial opens after the conjunction.
  if (EN_CONJ.has(pl)) return nextLower && !EN_SUBORDINATORS.has(next.lower) && !EN_PREP_SOFT.has(next.lower) && !EN_PREP_HARD.has(next.lower) && !parenthesis(6);
  if (EN_PREP_SOFT.has(pl)) {
    // "as it falls in, the light", "From now on, the": a clause or an opening phrase ends on a particle.
    if (!phrase || SHARED_OBJECT.test(before) || adverbialParticle(text, prev)) return false;
    const sentence = sentenceBefore(text, prev.start);
    const clause = lastClause(sentence);
    const first = firstWord(clause);
    // A short one: "For that time he preferred … those of Mincy in, the" is no opening phrase.
    const opening = (EN_PREP_SOFT.has(first) || EN_PREP_HARD.has(first) || first.endsWith('ly') || first === 'later' || first === 'now') && count(WORDS, clause) <= 6;
    return !opening && !hasSubordinator(sentence) && !parenthesis(3);
  }
  if (EN_AUX_STRICT.has(pl) || pl === 'will' || pl === 'can' || pl === 'be' || pl === 'may' || pl === 'must' || pl === 'not') {
    // "if it is, the", "that is, a", "the bigger the heap is, the more": the clause ends there.
    // The subordinator must open this clause: "as a result of …, which can be, impossible" has none.
    const subject = wordBefore(text, skipSpaceBack(text, prev.start)).lower;
    const sentence = sentenceBefore(text, prev.start);
    const clause = sentence.slice(sentence.lastIndexOf(',') + 1);
    if (EN_CLAUSE_OPENERS.has(subject) || hasSubordinator(clause) || CORRELATIVE.test(sentence)) return false;
    // "can have, counted in…": "have" may be the verb itself; only "had, been" is sure.
    const perfect = pl === 'have' || pl === 'has' || pl === 'had';
    const participle = perfect ? next.lower === 'been' : EN_PARTICIPLES.has(next.lower) || ED_ING.test(next.lower);
    if (participle && !EN_PREP_PARTICIPLES.has(next.lower)) return !closesSoon(text, i + 1, 5);
    // "will certainly not, be successful": the verb after "not" is never cut from it.
    if (pl === 'not') return EN_BARE_AUX.has(next.lower) && !closesSoon(text, i + 1, 3);
    if (perfect) return false;
    if (phrase && EN_AUX_STRICT.has(pl)) return !parenthesis(5);
    // "which can be, impossible.": nothing closes what the comma would open.
    return nextLower && !EN_AFTER_SEMICOLON.has(next.lower) && !EN_CLAUSE_OPENERS.has(next.lower) && !next.lower.endsWith('ly') && !closesSoon(text, i + 1, 40);
  }
  // "have undertaken, a difficult task": a perfect cut from its object.
  if (PERFECT.test(before.slice(-8)) && (EN_PARTICIPLES.has(pl) || ED.test(pl)) && !EN_PREP_PARTICIPLES.has(pl)) {
    const object = phrase || (nextLower && !EN_CLAUSE_OPENERS.has(next.lower) && !EN_AFTER_SEMICOLON.has(next.lower));
    return object && !parenthesis(5) && !hasSubordinator(sentenceBefore(text, prev.start));
  }
  // "people who know, a little Spanish": a relative clause's verb cut from its object.
  if (phrase && nextLower && WHO_BEFORE.test(before.slice(-6))) return !reportingClause(text, i + 1);
  // "a fairly large group, of people"; not "of course", "of which", nor a second "of" phrase.
  if (next.lower === 'of') {
    if (EN_AFTER_SEMICOLON.has(pl) || EN_AUX.has(pl) || EN_PREP_SOFT.has(pl) || pl.endsWith('ly')) return false;
    const third = wordAfter(text, next.end);
    return !AFTER_OF_OK.test(third.lower) && !COMMA_OR_OF.test(before.slice(-30)) && !closesSoon(text, next.end, 6);
  }
  // "the nation's, most important people": a possessive needs its noun.
  if (POSSESSIVE.test(pl) && !EN_AFTER_SEMICOLON.has(pl) && nextLower && !EN_CLAUSE_OPENERS.has(next.lower)) return !closesSoon(text, i + 1, 4);
  return false;
}

/**
 * "as well as on, bare rock", "rather than in, the", "and with, a": a preposition after "as",
 * "than", a conjunction or a focusing adverb opens a phrase; a comma cuts it from its object.
 */
function boundPrep(text: string, i: number, prev: Word, next: Word): boolean {
  if (!EN_PREP_BOUND.has(prev.lower)) return false;
  const lead = previous(text, prev);
  // "as in, people who…" means "that is".
  if (!isLower(lead) || !EN_BEFORE_BOUND_PREP.has(lead.lower) || (lead.lower === 'as' && prev.lower === 'in')) return false;
  // "off and on, the", "for or against, the": two particles or prepositions share what follows.
  if (EN_CONJ.has(lead.lower)) {
    const pair = previous(text, lead).lower;
    if (EN_PAIRED_PARTICLES.has(pair) || EN_PREP_SOFT.has(pair) || EN_PREP_HARD.has(pair)) return false;
  }
  const n = next.lower;
  const object = n === 'the' || n === 'a' || n === 'an' || DIGIT.test(next.text) || (isLower(next) && !isFunctionWord(n) && !n.endsWith('ly'));
  return object && !closesSoon(text, i + 1, 4) && !reportingClause(text, i + 1);
}

/**
 * "control it by moving, the device in the air": a gerund after a preposition, mid-clause, cut
 * from its object, where no verb follows up to the sentence's end ("…by teaching, the only job
 * he knew" has one: an apposition).
 */
function gerundCut(f: Facts, i: number, prev: Word, next: Word): boolean {
  const { text } = f;
  const cls = f.classes();
  // An article opens the object; "without warning, your reflection" is a phrase of its own.
  if (cls === null || !prev.lower.endsWith('ing') || !(next.lower === 'the' || next.lower === 'a' || next.lower === 'an')) return false;
  const lead = previous(text, prev);
  if (!isLower(lead) || !EN_GERUND_PREPS.has(lead.lower) || !cls.participle(prev.lower)) return false;
  // "By moving, the device stays": an opening phrase, which a comma ends.
  if (!LETTER_RE.test(lastClause(sentenceBefore(text, lead.start)))) return false;
  const end = verbless(f, i + 1);
  return end === '' || end === '.' || end === '!' || end === '?';
}

/** "not just, to the town", "mainly, in winter": a focusing adverb cut from the phrase it focuses. */
function focusCut(text: string, i: number, prev: Word, next: Word): boolean {
  if (!EN_FOCUS_ADVERBS.has(prev.lower)) return false;
  const lead = previous(text, prev);
  // A conjunction or "if" may stand before a parenthesis: "and especially, as we know, in".
  if (!isLower(lead) || EN_CONJ.has(lead.lower) || lead.lower === 'if') return false;
  if (prev.lower === 'just') {
    // "The cause is just, in every sense": the adjective after a copula.
    const verb = lead.lower === 'not' ? previous(text, lead).lower : lead.lower;
    if (EN_AUX.has(verb) || verb.endsWith("n't") || verb.endsWith('s')) return false;
  }
  const n = next.lower;
  if (!isLower(next) || !(EN_PREP_SOFT.has(n) || EN_PREP_HARD.has(n) || EN_OBJECT_START.has(n))) return false;
  return !closesSoon(text, i + 1, 4) && !reportingClause(text, i + 1);
}

/** After a comma: a reporting clause set off by commas ("is, the minister said, a failure"). */
function reportingClause(text: string, from: number): boolean {
  const end = text.indexOf(',', from);
  return end > 0 && end - from < 40 && REPORTING.test(text.slice(from, end));
}

/** "George H. W., Bush": a comma after an initial, inside a name the source writes whole. */
function initialCut(f: Facts, i: number, next: Word): boolean {
  const { text } = f;
  const letter = text[i - 2] ?? '';
  if (text[i - 1] !== '.' || !UPPER.test(letter) || !isUpper(next) || (i > 2 && !isSpace(text[i - 3]) && text[i - 3] !== '.')) return false;
  return f.source.includes(`${letter}. ${next.text}`) && !f.source.includes(`${letter}., ${next.text}`);
}

export function comma(f: Facts, i: number): Found | null {
  const { text, lang } = f;
  if (!isSpace(text[i + 1])) return null;
  if (lang === 'en' && bracketAfter(f, i)) return likely('inside-clause');
  const next = wordAfter(text, i + 1);
  if (next === NO_WORD) return null;
  // "70, km thick": a unit is never cut from its number.
  if (DIGIT.test(text[i - 1] ?? '') && UNITS.has(next.text) && !WORD_CHAR.at(text, next.end)) return sure('inside-clause');
  const prev = wordBefore(text, i);
  if (prev === NO_WORD) return initialCut(f, i, next) ? sure('inside-name') : null;
  if (isUpper(prev) && isUpper(next) && f.adjacentInSource(prev, next)) return sure('inside-name');
  if (insideDate(f, prev, next)) return sure('inside-clause');
  // "PLN, 10bn": a currency code is never cut from its amount (but "paid in USD, 20% more").
  if (CURRENCY_CODES.has(prev.text) && DIGIT.test(next.text) && !EN_PREP_SOFT.has(wordBefore(text, skipSpaceBack(text, prev.start)).lower)) return sure('inside-clause');
  if (lang !== 'en') return null;
  if (enComma(f, i, prev, next) || boundPrep(text, i, prev, next) || focusCut(text, i, prev, next) || gerundCut(f, i, prev, next) || modifierCut(f, i, prev, next) || subjectCut(f, prev, next) || classedComma(f, i, prev, next)) return likely('inside-clause');
  return null;
}
