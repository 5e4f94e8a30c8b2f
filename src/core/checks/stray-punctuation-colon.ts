// stray-punctuation, colons and semicolons: a mark inside a phrase, a name or a date, and, where
// the source has no colon, semicolon or dash at all, one with no clause on its side.
import { EN_BEFORE_BASE, EN_IRREGULAR_PAST } from '../lang/syntax';
import {
  EN_AFTER_SEMICOLON,
  EN_AUX,
  EN_AUX_STRICT,
  EN_CLAUSE_OPENERS,
  EN_CONJ,
  EN_INTRODUCERS,
  EN_LIST_HEADS,
  EN_OBJECT_PRONOUNS,
  EN_OBJECT_START,
  EN_PARTICLES,
  EN_PREP_HARD,
  EN_PREP_SOFT,
  EN_QUANTIFIER,
  EN_REFLEXIVE,
  EN_RELATIVE,
  isFunctionWord,
} from './stray-punctuation-words';
import {
  DIGIT,
  NO_WORD,
  bracketAfter,
  closingMark,
  insideDate,
  isLower,
  isSpace,
  isUpper,
  likely,
  sentenceBefore,
  skipSpaceBack,
  sure,
  wordAfter,
  wordBefore,
  type Facts,
  type Found,
  type Word,
} from './stray-punctuation-text';
import { modifierCut } from './stray-punctuation-phrase';

const URL_NEXT = /^\s*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;
/** Languages that put a space before ; and : (elsewhere such a space is punctuation-spacing's). */
const SPACED_HIGH = new Set(['fr', 'br']);
/** Determiners before a mark: broken-syntax reports them ("the; official"). */
const EN_ARTICLES = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'every']);
const LY_ING = /(?:ly|ing)$/;
const AFTER_BREAK = /[.!?:]\s*$/;
const SENTENCE_TAIL = /^["'”’»)]*[.!?]?["'”’»)]*$|^["'”’»)]*[.!?]\s/;

/** English: a colon or semicolon inside a phrase. */
function enHighMark(f: Facts, i: number, prev: Word, next: Word): boolean {
  const { text } = f;
  const colon = text[i] === ':';
  const pl = isUpper(prev) ? '' : prev.lower;
  const nextLower = isLower(next);
  const nextContent = nextLower && !EN_AFTER_SEMICOLON.has(next.lower) && !LY_ING.test(next.lower);
  if (EN_ARTICLES.has(pl)) return false;
  if (EN_PREP_HARD.has(pl) || EN_CONJ.has(pl) || EN_RELATIVE.has(pl)) {
    // "one of: A, B, C", "consists of: …" introduce lists.
    if (!colon) return true;
    const head = wordBefore(text, skipSpaceBack(text, prev.start));
    const comma1 = text.indexOf(',', i);
    return !EN_LIST_HEADS.has(head.lower) && (comma1 < 0 || text.indexOf(',', comma1 + 1) < 0);
  }
  if (next.lower === 'of' || next.lower === 'than') return true;
  const beforePrev = wordBefore(text, skipSpaceBack(text, prev.start)).lower;
  // "agriculture is; agriculture"; "as it was; the world" ends a clause, so it needs the source's word.
  if (!colon && EN_AUX_STRICT.has(pl) && nextLower && !EN_CLAUSE_OPENERS.has(next.lower) && !EN_CLAUSE_OPENERS.has(beforePrev)) return true;
  if (!f.excess()) return false;
  // "a construction site in; Sochi.": one word is no clause.
  if (!colon && SENTENCE_TAIL.test(text.slice(next.end, next.end + 4))) return true;
  if (EN_AUX.has(pl) && nextLower && !EN_CLAUSE_OPENERS.has(next.lower) && !EN_CLAUSE_OPENERS.has(beforePrev)) return true;
  if (EN_PREP_SOFT.has(pl)) return EN_PARTICLES.has(pl) ? nextContent : nextLower && !URL_NEXT.test(text.slice(i + 1));
  if (EN_QUANTIFIER.has(pl) && nextContent) return true;
  // A noun, verb or adjective after the mark continues the phrase, where the source has no mark;
  // a verb with no subject or a reflexive ("people; could watch", "find; yourself") anywhere.
  if (nextContent && !URL_NEXT.test(text.slice(i + 1)) && f.unmatched(i)) return true;
  if (!colon && nextContent && (EN_AUX.has(next.lower) || EN_REFLEXIVE.has(next.lower) || EN_IRREGULAR_PAST.has(next.lower))) return true;
  if (!colon) return false;
  // "protested against Uber: in Brno", "experiences: before being abandoned".
  const midSentence = pl !== '' || (prev.start > 0 && !AFTER_BREAK.test(text.slice(Math.max(0, prev.start - 3), prev.start)));
  return midSentence && nextLower && next.lower !== 'to' && next.lower !== 'in' && (EN_PREP_SOFT.has(next.lower) || EN_CONJ.has(next.lower) || next.lower === 'that' || next.lower === 'which' || next.lower === 'whom');
}

const RANGE = /^\s*\d/;
const SENTENCE_STOP = /[.!?](?:\s|$)/;
/** A list after a colon: "a, b, and c", "a, b or c", or three commas. */
const LIST_TAIL = /,\s+(?:and|or)\s|\s(?:and|or)\s[^,]*$|,[^,]*,[^,]*,/;
const EN_COPULAS = new Set(['is', 'are', 'was', 'were']);
/** Subjects, case as written: "That is:" means "namely", so "that" is left out. */
const EN_PRONOUN_SUBJECTS = new Set(['This', 'this', 'It', 'it', 'These', 'these', 'He', 'he', 'She', 'she', 'They', 'they']);
const WORDS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Two words or more before a name ahead of a colon: no heading ("Reuters: in"). */
const MID_SENTENCE = /\p{L}[^\p{L}]+\p{L}/u;

/** A word that shows a clause ("rose", "poses", "they"). */
function verbLike(f: Facts, w: Word): boolean {
  const cls = f.classes();
  return w !== NO_WORD && cls !== null && cls.clauseWord(w.text);
}

/** After the first word from `from`, no word up to the next mark shows a clause; the mark found. */
export function verbless(f: Facts, from: number): string | null {
  const { text } = f;
  const cls = f.classes();
  if (cls === null) return null;
  let at = from;
  let previous = '';
  for (let k = 0; k < 12; k++) {
    const w = wordAfter(text, at);
    if (w === NO_WORD) return text.slice(at).trimStart()[0] ?? '';
    if (k > 0 && cls.clauseWord(w.text, false, previous)) return null;
    previous = w.lower;
    at = w.end;
  }
  return null;
}

/**
 * No word between the sentence start and `at` shows a clause ("Leader of a small group in
 * Congress;"); a first word may be a verb ("Returns a list;", "Add a token;").
 */
function noClauseBefore(f: Facts, at: number): boolean {
  const cls = f.classes();
  if (cls === null) return false;
  const sentence = sentenceBefore(f.text, at);
  WORDS.lastIndex = 0;
  let previous = '';
  for (let m = WORDS.exec(sentence), first = true; m !== null; m = WORDS.exec(sentence), first = false) {
    if (cls.clauseWord(m[0], first, previous)) return false;
    previous = m[0].toLowerCase();
  }
  return true;
}

/** "the notAfter date is": a determiner, a few words, then a verb; a clause, not an object. */
function clauseAfter(f: Facts, next: Word): boolean {
  let w = wordAfter(f.text, next.end);
  for (let k = 0; k < 4 && w !== NO_WORD && !isFunctionWord(w.lower); k++) w = wordAfter(f.text, w.end);
  return verbLike(f, w);
}

/** "waved", "used", "let me take": a verb that wants its object next. */
function transitiveVerb(f: Facts, prev: Word): boolean {
  const v = prev.lower;
  if (!isLower(prev) || EN_INTRODUCERS.has(v) || isFunctionWord(v)) return false;
  const cls = f.classes();
  if (cls === null) return false;
  if (EN_IRREGULAR_PAST.has(v) || (v.endsWith('ed') && cls.finiteVerb(v))) return true;
  const before = wordBefore(f.text, skipSpaceBack(f.text, prev.start)).lower;
  return (EN_OBJECT_PRONOUNS.has(before) || EN_BEFORE_BASE.has(before)) && cls.verb(v);
}

/**
 * "This is: one of the last steps": a colon between a pronoun's copula and its complement, where
 * no list follows ("They are: a, b, and c") and the pronoun is no relative's ("what it is: a man").
 */
function copulaCut(text: string, i: number, prev: Word, n: string): boolean {
  if (!EN_COPULAS.has(prev.lower) || !(n === 'one' || n === 'a' || n === 'an' || n === 'the')) return false;
  const subject = wordBefore(text, skipSpaceBack(text, prev.start));
  if (!EN_PRONOUN_SUBJECTS.has(subject.text)) return false;
  const lead = wordBefore(text, skipSpaceBack(text, subject.start)).lower;
  if (lead === 'what' || lead === 'who' || lead === 'how' || lead === 'where') return false;
  const end = text.slice(i).search(SENTENCE_STOP);
  const tail = end < 0 ? text.slice(i) : text.slice(i, i + end);
  return !LIST_TAIL.test(tail);
}

/**
 * English, where the source has no colon, semicolon or dash at all, so the mark renders nothing:
 * a semicolon before what cannot open a clause ("live; in the ocean;", "materials; to create",
 * "Jerry; poses no threat") or after what is no clause ("Leader of a group in Congress; dubbed"),
 * a colon between a verb and its object ("waved: the head"), inside a name ("KWW Patriotic:
 * Revolution") or between a name and a place ("protested against Uber: in Brno, pointing").
 */
function unrendered(f: Facts, i: number, prev: Word, next: Word): boolean {
  const { text } = f;
  if (f.sourceDashes() > 0 || prev === NO_WORD) return false;
  const n = next.lower;
  const semicolon = text[i] === ';';
  if (semicolon && text.indexOf(';') === i && text.indexOf(';', i + 1) < 0 && noClauseBefore(f, i)) return true;
  // "KWW Patriotic: Revolution of Max Kolonko": a colon inside a run of capitalised words.
  if (!semicolon && isUpper(next) && isUpper(prev)) {
    const lead = wordBefore(text, skipSpaceBack(text, prev.start));
    return isUpper(lead) && MID_SENTENCE.test(sentenceBefore(text, lead.start)) && verbless(f, i + 1) !== null;
  }
  // "the British; Pound (GBP)": one semicolon inside a name that a determiner opens, no verb after it.
  if (semicolon && isUpper(prev) && isUpper(next) && !isFunctionWord(n)) {
    const det = wordBefore(text, skipSpaceBack(text, prev.start)).text;
    return (det === 'the' || det === 'a' || det === 'an') && text.indexOf(';', i + 1) < 0 && text.indexOf(';') === i && verbless(f, i + 1) !== null;
  }
  if (!isLower(next)) return false;
  if (semicolon) {
    if (n === 'to') return (DIGIT.test(prev.text) && RANGE.test(text.slice(next.end))) || closingMark(text, next.end, 3) < 0;
    if (EN_PREP_SOFT.has(n) || EN_PREP_HARD.has(n)) {
      const end = verbless(f, i + 1);
      return end !== null && end !== ',';
    }
    if (isFunctionWord(n) || EN_AUX.has(n) || n.endsWith('ly') || n.endsWith('ing')) return false;
    // A content word, then no verb up to the next mark: "advising; people to stay", "Jerry; poses
    // no threat". An imperative opens a clause of its own ("; use it with care").
    const cls = f.classes();
    if (cls === null) return false;
    if (cls.verb(n)) {
      const n2 = wordAfter(text, next.end).lower;
      if (!cls.noun(n) || EN_OBJECT_START.has(n2) || EN_OBJECT_PRONOUNS.has(n2)) return false;
    }
    return verbless(f, i + 1) !== null;
  }
  if (copulaCut(text, i, prev, n)) return true;
  if (EN_OBJECT_START.has(n)) return transitiveVerb(f, prev) && !clauseAfter(f, next);
  if (!(EN_PREP_SOFT.has(n) || EN_PREP_HARD.has(n)) || !isUpper(prev) || !MID_SENTENCE.test(sentenceBefore(text, prev.start))) return false;
  const end = verbless(f, i + 1);
  return end === ',' || end === '.';
}

export function highMark(f: Facts, i: number): Found | null {
  const { text, lang } = f;
  if (!isSpace(text[i + 1])) return null;
  let b = i;
  if (isSpace(text[b - 1])) {
    if (!SPACED_HIGH.has(lang)) return null;
    b = skipSpaceBack(text, b);
  }
  const prev = wordBefore(text, b);
  // "&gt;" and "&amp;" are entities, not words.
  if (prev === NO_WORD || text[prev.start - 1] === '&') return null;
  if (lang === 'en' && text[i] === ':' && bracketAfter(f, i)) return likely('inside-clause');
  const next = wordAfter(text, i + 1);
  if (next === NO_WORD) return null;
  if (f.adjacentInSource(prev, next)) return sure('inside-name');
  if (insideDate(f, prev, next)) return sure('inside-clause');
  if (lang === 'en' && (enHighMark(f, i, prev, next) || modifierCut(f, i, prev, next) || unrendered(f, i, prev, next))) return likely('inside-clause');
  return null;
}
