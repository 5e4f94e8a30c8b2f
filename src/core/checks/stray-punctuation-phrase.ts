// stray-punctuation, phrase rules that need word classes (from the English dictionary): a mark
// between a determiner's modifier and its noun ("an increasingly popular, option", "a screaming:
// mob"), a single comma between a subject and its verb ("Each temple, had an open courtyard"),
// and commas cutting a count, a verb's clause or its particle ("11, fours", "explained, how",
// "open, up").
import {
  EN_AUX,
  EN_CONJ,
  EN_DETERMINERS,
  EN_FINITE_AUX,
  EN_NOMINAL_MODIFIERS,
  EN_NOUN_MODALS,
  EN_OBJECT_START,
  EN_PREP_HARD,
  EN_PREP_SOFT,
  EN_SUBORDINATORS,
  EN_VERB_PARTICLES,
  EN_WH_OBJECT,
  isFunctionWord,
} from './stray-punctuation-words';
import {
  DIGIT,
  NO_WORD,
  closingMark,
  hasSubordinator,
  isLower,
  isUpper,
  firstWord,
  lastClause,
  sentenceBefore,
  skipSpaceBack,
  wordAfter,
  wordBefore,
  type Facts,
  type Word,
} from './stray-punctuation-text';

const POSSESSIVE = /\p{L}'s$/u;
/** A small count: a number of things, not a year or a page. */
const COUNT = /^\d{1,3}$/;
const LETTER_AT = /^\p{L}/u;
/** What a particle opens on its own after a comma: "up from", "out of", "down to". */
const PARTICLE_PHRASE = new Set(['from', 'of', 'to', 'against', 'and', 'or']);
const ACRONYM = /^\p{Lu}+$/u;
/** A list goes on within three words: "the Czech, Slovak and Polish". */
const LIST_AHEAD = /^(?:\s+[\p{L}\p{N}'’-]+){0,2}?\s*(?:[,&]|\s(?:and|or)\b)/u;
/** What may stand before a subject's determiner: the sentence start, a quote or bracket, a mark. */
const CLAUSE_START = /(?:^|[.!?,;:"“„«(]\s*)$/;


/** The word before `w`, spaces only between them. */
const previous = (text: string, w: Word): Word => wordBefore(text, skipSpaceBack(text, w.start));

/**
 * The clause before `at` opens with a preposition or a subordinator: an opening phrase, which a
 * comma may end after a modifier that stands for a noun ("For the young, life is hard").
 */
function openingPhrase(text: string, at: number): boolean {
  const first = firstWord(lastClause(sentenceBefore(text, at)));
  return EN_PREP_SOFT.has(first) || EN_PREP_HARD.has(first) || EN_SUBORDINATORS.has(first) || first === 'like' || first === 'unlike';
}

/** "an increasingly popular, option", "the United, States", "a screaming: mob". */
export function modifierCut(f: Facts, i: number, prev: Word, next: Word): boolean {
  const { text } = f;
  const cls = f.classes();
  if (!cls || next === NO_WORD || ACRONYM.test(prev.text) || EN_NOMINAL_MODIFIERS.has(prev.lower) || prev.lower.endsWith('est')) return false;
  let det = previous(text, prev);
  if (det.lower.endsWith('ly') && isLower(det)) det = previous(text, det);
  if (!EN_DETERMINERS.has(det.lower) && !POSSESSIVE.test(det.lower)) return false;
  const x = prev.lower;
  if (!cls.modifier(x)) return false;
  if (text[i] !== ',') {
    // A colon or semicolon after "a screaming" or "several deeper": the source has none to render.
    if (f.sourceDashes() > 0 || !(isLower(next) || DIGIT.test(next.text)) || isFunctionWord(next.lower)) return false;
    return !next.lower.endsWith('ly');
  }
  // A comma may end a modifier that stands for a noun ("the poor, the sick"; "For the young,")
  // or part coordinate modifiers ("a long, cold winter"): the modifier must be no noun itself
  // and what follows a noun that ends the phrase.
  if (cls.noun(x) && !cls.participle(x) && !cls.comparative(x)) return false;
  if (openingPhrase(text, det.start)) return false;
  const n = next.lower;
  if (isFunctionWord(n) || n.endsWith('ly') || !cls.noun(n) || cls.adjective(n) || cls.participle(n)) return false;
  if (isUpper(prev) !== isUpper(next)) return false;
  // "The United, States leads" goes on as a name; "the Czech, Slovak and Polish" is a list.
  if (isUpper(next)) return !LIST_AHEAD.test(text.slice(next.end, next.end + 40));
  // "popular, option for", "proposed, plan is": the noun ends the phrase ("an expensive, luxury
  // hotel" has a noun modifier, which a comma may follow).
  const glued = text[next.end];
  if (glued === '.' || glued === ';' || glued === ':' || glued === ')') return true;
  const after = wordAfter(text, next.end);
  return after !== NO_WORD && !EN_CONJ.has(after.lower) && isFunctionWord(after.lower);
}

/** "Each temple, had an open courtyard", "the Egyptians, will vote": a subject cut from its verb. */
export function subjectCut(f: Facts, prev: Word, next: Word): boolean {
  const { text } = f;
  const cls = f.classes();
  if (!cls || !isLower(next)) return false;
  const n2 = wordAfter(text, next.end);
  const v = next.lower;
  let verb = EN_FINITE_AUX.has(v);
  if (!verb && EN_NOUN_MODALS.has(v)) verb = isLower(n2) && !isFunctionWord(n2.lower) && !n2.lower.endsWith('ly');
  // A present-tense verb before its object ("the voter, places the"); an -ed form may open a participle phrase.
  if (!verb) verb = EN_OBJECT_START.has(n2.lower) && text[next.end] === ' ' && v.endsWith('s') && cls.finiteVerb(v);
  if (!verb) return false;
  // The noun phrase before the comma: a determiner and up to four words that are no function words.
  let w = prev;
  for (let k = 0; !EN_DETERMINERS.has(w.lower); k++) {
    if (k === 4 || w === NO_WORD || isFunctionWord(w.lower)) return false;
    w = previous(text, w);
  }
  if (w === prev) return false;
  const lead = previous(text, w);
  if (lead === NO_WORD ? !CLAUSE_START.test(text.slice(Math.max(0, w.start - 4), w.start)) : lead.lower !== 'that') return false;
  // "The plan, is, as we know, a failure": a parenthesis after the verb.
  return closingMark(text, next.end, 1) < 0;
}

/**
 * Commas that the word classes show to cut a phrase: between a number and the noun it counts
 * ("hitting 11, fours", where the source writes "11 cuatros"), between a verb and the clause it
 * takes ("explained, how he"), between a verb and its particle ("open, up new dimensions").
 */
export function classedComma(f: Facts, i: number, prev: Word, next: Word): boolean {
  const { text, source } = f;
  const cls = f.classes();
  if (!cls || !isLower(next)) return false;
  const n = next.lower;
  const after = wordAfter(text, next.end);
  if (COUNT.test(prev.text)) {
    // "March 11, officials said", "at 11, people": a date or a time.
    const lead = previous(text, prev);
    if (!isLower(lead) || isFunctionWord(lead.lower) || !n.endsWith('s') || !cls.noun(n) || isFunctionWord(n)) return false;
    const at = source.indexOf(`${prev.text} `);
    return at >= 0 && LETTER_AT.test(source[at + prev.text.length + 1] ?? '') && !source.includes(`${prev.text},`);
  }
  if (!isLower(prev) || isFunctionWord(prev.lower) || !(cls.verb(prev.lower) || cls.finiteVerb(prev.lower))) return false;
  if (EN_WH_OBJECT.has(n)) {
    // "I don't know, what do you think?" asks; "As he explained, how" has its own subordinator.
    if (after === NO_WORD || EN_AUX.has(after.lower) || after.lower === 'not' || cls.noun(prev.lower)) return false;
    const sentence = sentenceBefore(text, prev.start);
    return !hasSubordinator(sentence.slice(sentence.lastIndexOf(',') + 1));
  }
  // "prices rose, up 5%", "came, out of nowhere": a particle that opens a phrase of its own.
  if (!EN_VERB_PARTICLES.has(n) || after === NO_WORD || DIGIT.test(after.text) || PARTICLE_PHRASE.has(after.lower)) return false;
  return closingMark(text, i + 1, 2) < 0;
}
