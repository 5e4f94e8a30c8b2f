// A punctuation mark where neither the sentence's grammar nor the source gives it a reason to
// be: a hyphen hanging off a word ("hardest hit- by"), an apostrophe closing nothing ("progress'
// in"), a colon or semicolon inside a phrase ("the Graf: Zeppelin", "the study; of"), a comma
// cutting a phrase ("Nantes and, was"), marks piled up (",:", ",,"), a lone "_", "^" or "~".
// Left to the checks that own them: spaces around marks (punctuation-spacing, tokenized), symbols
// glued inside a word (stray-characters), unpaired double quotes (quotes-unpaired), stops and ?!
// cutting a sentence after an article or a lower-case word (sentence-boundary), an article before
// a mark (broken-syntax). The source decides what the grammar cannot: a mark it has too (or a
// name it writes without one) settles the question. The word rules are English only.
import type { Check, CheckContext, SegmentView } from './check';
import { baseOf as baseLang } from '../lang/base-lang';
import { charClass } from '../text/char-class';
import { isAbbreviation } from '../text/abbreviations';
import { EN_IRREGULAR_PAST, EN_PAST_ONLY } from '../lang/syntax';
import {
  EN_AFTER_SEMICOLON,
  EN_AUX,
  EN_AUX_STRICT,
  EN_CLAUSE_OPENERS,
  EN_CONJ,
  EN_LIST_HEADS,
  EN_PARTICIPLES,
  EN_PREP_HARD,
  EN_PREP_PARTICIPLES,
  EN_PREP_SOFT,
  EN_PARTICLES,
  EN_QUANTIFIER,
  EN_REFLEXIVE,
  EN_RELATIVE,
  EN_SUBORDINATORS,
  SUSPENSION_JOINERS,
  UNITS,
} from './stray-punctuation-words';

/** Marks followed by a space, and the symbols wherever they are. */
const CANDIDATE = /[-'’;:,.](?=[ \u00a0\u202f\u2009])|[_^~]/g;
const WORD_CHAR = charClass(/^[\p{L}\p{M}\p{N}]$/u);
const LETTER = charClass(/^[\p{L}\p{M}]$/u);
/** Letters of the scripts that write apostrophes between words (not Hebrew geresh, not Arabic). */
const APOS_LETTER = charClass(/^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]$/u);
const UPPER = /^\p{Lu}/u;
const DIGIT = /^\p{N}/u;
const SPACE = /[ \u00a0\u202f\u2009]/;
/** An opening single quote somewhere: then a glued ' may close it, and is left alone. */
const SINGLE_OPENER = /(?:^|[\s([{"“„«—–-])['‘](?=[\p{L}\p{N}])|‘/u;
/** Colons, semicolons and dashes, counted on both sides: a mark the source has is explained. */
const STRONG = /[;；]|[:：](?!\/\/|\d)|[–—]| -{1,2} /g;
/** Marks that may stand where a translation puts a colon or semicolon. */
const SOURCE_MARK = /[,;:：；、，–—()"«»„“”。！？]|\s-\s|[.!?](?=\s)/g;
const TRAILING = /[\s.!?。！？"'”’»)\]]+$/;
/** Relative distance beyond which no mark of the source stands "in a comparable place". */
const FAR = 0.15;
/** Sentence ends: a stop, then a capital or a digit (abbreviations are sorted out one by one). */
const SENTENCE_END = /[.!?](?=["'”’»)\]]*\s+["'“‘«„(]?[\p{Lu}\p{N}])|[。！？](?=.)/gu;
const REPORTING = /\b(?:said|says|say|added|adds|noted|notes|explained|argued|argues|believes?|thinks?|reported|reports|wrote|writes|claimed|claims|stated|states|told|insisted|admitted|according)\b/;
const PERFECT = /\b(?:has|have|had|having)\s+$/i;
const WHO_BEFORE = /\bwho\s+$/i;
/** ", and inherit from, the": the object after the comma is shared by two verbs. */
const SHARED_OBJECT = /,\s+(?:and|or|but|nor)\s+[^,.;:!?]{0,40}$/;
const URL_NEXT = /^\s*(?:[a-z][a-z0-9+.-]*:\/\/|www\.)/i;
const URLISH = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[#@][\p{L}\p{N}_]+|`[^`]*`/giu;
const MASK_HINT = /[@#`]|:\/\/|www\./;
/** Languages that put a space before ; and : (elsewhere such a space is punctuation-spacing's). */
const SPACED_HIGH = new Set(['fr', 'br']);
/** Elided articles and pronouns that end in an apostrophe (a space after them is tokenized's). */
const ROMANCE_ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu|dell|all|nell|dall|sull|coll|quell|bell|un)$/i;
const SIBILANT_END = /[sxzß]$/i;
/** Words after which an added stop ends a sentence too early (sentence-boundary has the/of/and...). */
const EN_NOT_FINAL = new Set(['at', 'for', 'from', 'with', 'to', 'in', 'toward', 'towards', 'among', 'amongst', 'between', 'upon', 'onto', 'that']);
/** After a possessive plural ("the players' "): what shows the apostrophe is none. */
const EN_NOT_AFTER_POSSESSIVE = new Set(['is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'would', 'could', 'shall', 'should', 'might', 'can', 'may', 'must', 'does', 'did', 'the', 'a', 'an']);
/** Determiners before a mark: broken-syntax reports them ("the; official"). */
const EN_ARTICLES = new Set(['the', 'a', 'an', 'its', 'their', 'our', 'every']);
const CURLY = /’/g;
const LETTERS = /\p{L}+/gu;
const VOWEL_END = /[aeiouàèéìòù]$/i;
const LY_ING = /(?:ly|ing)$/;
const AFTER_BREAK = /[.!?:]\s*$/;
const LIST_GOES_ON = /^\s*(?:and|or)\b/;
const LEAD = /^\P{L}*/u;
/** "The bigger the heap is, the more": a comparative correlative. */
const CORRELATIVE = /^\P{L}*the\s+\p{L}+er\b/iu;
const ED_ING = /^[a-z]{2,}(?:ed|ing)$/;
const ED = /^[a-z]{3,}ed$/;
const AFTER_OF_OK = /^(?:course|which|whom|whose|all|them|us|these|those|it)$/;
const COMMA_OR_OF = /,|\bof\b/;
const POSSESSIVE = /\p{Ll}'s$/u;
const SENTENCE_START = /(?:^|[.!?:]["'”’»)]*\s+|["“„«(]\s*)$/;
const SENTENCE_TAIL = /^["'”’»)]*[.!?]?["'”’»)]*$|^["'”’»)]*[.!?]\s/;
const CLOSERS = '"”’»)]\'';
/** A bracket that numbers a list item: "(a)", "(2)", "(iv)". */
const ENUMERATOR = /^\((?:[a-z]|\d|[ivx]{1,4})\)/i;

interface Word {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
}

const NO_WORD: Word = { text: '', lower: '', start: -1, end: -1 };

function word(text: string, start: number, end: number): Word {
  const w = text.slice(start, end);
  const lower = w.toLowerCase();
  return { text: w, lower: lower.includes('’') ? lower.replace(CURLY, "'") : lower, start, end };
}

function isSpace(c: string | undefined): boolean {
  return c !== undefined && SPACE.test(c);
}

function skipSpaceBack(text: string, end: number): number {
  while (end > 0 && isSpace(text[end - 1])) end--;
  return end;
}

/** The word (letters, digits, inner ' and -) ending at `end`, or NO_WORD. */
function wordBefore(text: string, end: number): Word {
  let s = end;
  while (s > 0) {
    if (WORD_CHAR.at(text, s - 1)) s--;
    else if (s > 1 && s < end && (text[s - 1] === "'" || text[s - 1] === '’' || text[s - 1] === '-') && WORD_CHAR.at(text, s - 2)) s--;
    else break;
  }
  return s === end ? NO_WORD : word(text, s, end);
}

/** The word starting at `from` once spaces are skipped, or NO_WORD when a mark comes first. */
function wordAfter(text: string, from: number): Word {
  let s = from;
  while (s < text.length && isSpace(text[s])) s++;
  let e = s;
  while (e < text.length) {
    if (WORD_CHAR.at(text, e)) e++;
    else if ((text[e] === "'" || text[e] === '’' || text[e] === '-' || text[e] === '.') && e > s && WORD_CHAR.at(text, e + 1)) e++;
    else break;
  }
  return e === s ? NO_WORD : word(text, s, e);
}

const isUpper = (w: Word): boolean => UPPER.test(w.text);
const isLower = (w: Word): boolean => w !== NO_WORD && !UPPER.test(w.text) && !DIGIT.test(w.text);

/** Letters only, two or more. */
function isPlainWord(w: string): boolean {
  if (w.length < 2) return false;
  for (let k = 0; k < w.length; k++) if (!LETTER.at(w, k)) return false;
  return true;
}

/**
 * Where the next comma, bracket, dash or semicolon is, within `words` words and before the
 * sentence ends (-1 when none): a comma that opens a parenthesis has one ("and, in particular, on").
 */
function closingMark(text: string, from: number, words: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === ',' && DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? '')) continue;
    if (c === ',' || c === ';' || c === '(' || c === ')' || c === '–' || c === '—' || (c === '-' && isSpace(text[i - 1]))) return i;
    if (c === '.' || c === '!' || c === '?') return -1;
    const w = WORD_CHAR.at(text, i) > 0;
    if (w && !inWord && ++n > words) return -1;
    inWord = w;
  }
  return -1;
}

const closesSoon = (text: string, from: number, words: number): boolean => closingMark(text, from, words) >= 0;

/** The sentence that `at` is in, up to `at`. */
function sentenceBefore(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('? ', at), text.lastIndexOf('! ', at), 0);
  return text.slice(start, at);
}

function hasSubordinator(sentence: string): boolean {
  LETTERS.lastIndex = 0;
  for (let m = LETTERS.exec(sentence); m !== null; m = LETTERS.exec(sentence)) if (EN_SUBORDINATORS.has(m[0].toLowerCase())) return true;
  return false;
}

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

function sentenceCount(text: string): number {
  SENTENCE_END.lastIndex = 0;
  let n = 0;
  for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
    if (m[0] === '.') {
      const w = wordBefore(text, m.index);
      if (!w.text || w.text.length === 1 || DIGIT.test(w.text) || isAbbreviation(w.text)) continue;
    }
    n++;
  }
  return n;
}

function masked(text: string): boolean[] {
  const mask: boolean[] = [];
  if (!MASK_HINT.test(text)) return mask;
  URLISH.lastIndex = 0;
  for (let m = URLISH.exec(text); m !== null; m = URLISH.exec(text)) {
    for (let i = m.index; i < m.index + m[0].length; i++) mask[i] = true;
  }
  return mask;
}

/** Facts about one segment, computed on first use only. */
class Facts {
  private strong = 0;
  private sourceStrong = -1;
  private stops = 0;
  private opener: boolean | null = null;
  private marks: number[] | null = null;
  constructor(
    readonly text: string,
    readonly source: string,
    readonly lang: string,
  ) {}

  /** The target has more colons, semicolons and dashes than the source. */
  excess(): boolean {
    if (this.strong === 0) this.strong = count(STRONG, this.text) - this.sourceDashes() || -1;
    return this.strong > 0;
  }

  /** Colons, semicolons and dashes in the source. */
  sourceDashes(): number {
    if (this.sourceStrong < 0) this.sourceStrong = count(STRONG, this.source);
    return this.sourceStrong;
  }

  /** The target has more sentences than the source. */
  moreSentences(): boolean {
    if (this.stops === 0) this.stops = sentenceCount(this.text) - sentenceCount(this.source) || -1;
    return this.stops > 0;
  }

  /**
   * No mark of the source (its final stop aside) stands near the same relative place as the
   * target's mark at `i`: the translation has nothing there to render.
   */
  unmatched(i: number): boolean {
    if (!this.marks) {
      const src = this.source;
      const end = src.replace(TRAILING, '').length;
      this.marks = [];
      SOURCE_MARK.lastIndex = 0;
      for (let m = SOURCE_MARK.exec(src); m !== null && m.index < end; m = SOURCE_MARK.exec(src)) {
        if (m[0] === ',' && DIGIT.test(src[m.index - 1] ?? '') && DIGIT.test(src[m.index + 1] ?? '')) continue;
        this.marks.push(m.index / src.length);
      }
    }
    const r = i / this.text.length;
    for (const q of this.marks) if (Math.abs(q - r) <= FAR) return false;
    return true;
  }

  singleQuoted(): boolean {
    if (this.opener === null) this.opener = SINGLE_OPENER.test(this.text);
    return this.opener;
  }

  /** The source writes the two words side by side, nothing between them: one name. */
  adjacentInSource(a: Word, b: Word): boolean {
    // The parts next to the mark: "Graf; Zeppelin-Straße" is "Graf Zeppelin" in the source.
    const left = a.text.slice(a.text.lastIndexOf('-') + 1);
    const dash = b.text.indexOf('-');
    const right = dash > 0 ? b.text.slice(0, dash) : b.text;
    if (!isPlainWord(left) || !isPlainWord(right) || !(UPPER.test(left) || UPPER.test(right))) return false;
    return this.source.includes(`${left} ${right}`);
  }
}

interface Found {
  messageId: string;
  fix: boolean;
}

/** Deleting the mark is certainly right (an automatic fix); a likely stray is a suggestion. */
const sure = (messageId: string): Found => ({ messageId, fix: true });
const likely = (messageId: string): Found => ({ messageId, fix: false });

/** "hit- by": a hyphen glued to a word and followed by a space, unless it suspends a compound. */
function hyphen(f: Facts, i: number): Found | null {
  const { text } = f;
  if (!isSpace(text[i + 1]) || text[i - 1] === '-' || text[i + 2] === '-') return null;
  const next = wordAfter(text, i + 1);
  if (next === NO_WORD) return null;
  const p = text[i - 1] ?? '';
  // "5,- Euro" is a price; after a word, ",- " is a slip.
  if (p === ',' || p === ';' || p === ':') return LETTER.at(text, i - 2) ? sure('hyphen') : null;
  if (!LETTER.at(text, i - 1)) return null;
  // A suspended compound: "pre- and post-war", "Blues- und Rockgitarrist", "Ein-, Zweifamilienhaus".
  const gap = text[next.start - 1];
  if (gap === ',' || gap === '/' || gap === '&') return null;
  if (SUSPENSION_JOINERS.has(next.lower)) {
    // English suspends before a hyphenated word or a number: "two- to three-day", "10- to 15".
    if (f.lang !== 'en') return null;
    const third = wordAfter(text, next.end);
    if (third.text.includes('-') || DIGIT.test(third.text)) return null;
  }
  // A dash of the source's that the translation wrote as a hyphen.
  if (f.sourceDashes() > 0 && f.sourceDashes() > count(STRONG, text)) return null;
  return likely('hyphen');
}

/** "progress' in": an apostrophe glued to a word end that is no possessive, quote or elision. */
function apostrophe(f: Facts, i: number): Found | null {
  const { text, lang } = f;
  const after = text[i + 2] ?? '';
  if (!isSpace(text[i + 1]) || !(WORD_CHAR.at(text, i + 2) || after === '"' || after === '“' || after === '„' || after === '«')) return null;
  if (f.singleQuoted()) return null;
  const p = text[i - 1] ?? '';
  if (p === ',' || p === '.' || p === ';' || p === ':' || p === '!' || p === '?') return sure('apostrophe');
  if (!APOS_LETTER.at(text, i - 1)) return null;
  const w = wordBefore(text, i);
  if (w === NO_WORD || f.source.includes(w.text + text[i])) return null;
  // "d'un'": the elision is the last part.
  const last = w.text.slice(Math.max(w.text.lastIndexOf("'"), w.text.lastIndexOf('’')) + 1);
  if (lang === 'en') {
    // A function word has no possessive: "is' also", "was' moved".
    if (EN_AUX.has(w.lower) || EN_CONJ.has(w.lower) || EN_PREP_HARD.has(w.lower) || EN_PREP_SOFT.has(w.lower)) return sure('apostrophe');
    // "rock 'n' roll", "o'", "nothin'".
    if (w.lower === 'n' || w.lower === 'o' || (w.lower.length >= 4 && w.lower.endsWith('in') && !isUpper(w))) return null;
  }
  if (SIBILANT_END.test(w.text)) {
    // "the players' union", "Hans' Bruder": a possessive; in English a function word after it shows it is none.
    if (lang !== 'en') return null;
    const next = wordAfter(text, i + 1);
    if (!(EN_NOT_AFTER_POSSESSIVE.has(next.lower) || EN_PAST_ONLY.has(next.lower) || EN_CONJ.has(next.lower) || EN_PREP_HARD.has(next.lower) || EN_PREP_SOFT.has(next.lower))) return null;
  }
  if ((lang === 'it' || lang === 'pt' || lang === 'sc' || lang === 'nap') && VOWEL_END.test(last)) return null;
  if ((lang === 'fr' || lang === 'ca' || lang === 'oc' || lang === 'it' || lang === 'wa') && ROMANCE_ELISION.test(last)) return null;
  // German and Dutch apocope: "hab' ich", "geh' nach Hause".
  if ((lang === 'de' || lang === 'nl' || lang === 'lb' || lang === 'gsw') && w.text.length <= 5) {
    if (!isUpper(w) || SENTENCE_START.test(text.slice(Math.max(0, w.start - 3), w.start))) return null;
  }
  return likely('apostrophe');
}

/** ",:" ",," ";," and ',". ': a second mark right after a comma, colon or semicolon. */
function piled(text: string, i: number): Found | null {
  const c = text[i];
  let j = i;
  while (j > i - 3 && j > 0 && CLOSERS.includes(text[j - 1])) j--;
  const p = text[j - 1];
  if (p !== ',' && p !== ';' && p !== ':') return null;
  // "Nan::ObjectWrap" is code, not two colons.
  if (!(isSpace(text[i + 1]) || i + 1 === text.length) || (c === ':' && p === ':')) return null;
  // A stop straight after a comma is sentence-boundary's; one after a closing quote is ours.
  if (c === '.' && (j === i || p !== ',' || text[i + 1] === '.')) return null;
  if (!WORD_CHAR.at(text, j - 2) && !CLOSERS.includes(text[j - 2] ?? '')) return null;
  return sure('piled');
}

/** "_", "^", "~" standing between words, neither glued inside one nor pairing with another. */
function symbol(f: Facts, i: number): Found | null {
  const { text } = f;
  const c = text[i];
  const before = text[i - 1] ?? ' ';
  const after = text[i + 1] ?? ' ';
  if (!isSpace(after) && after !== ',' && after !== '.') return null;
  if (before === c || '_^~'.includes(before) || f.source.includes(c)) return null;
  // Glued to a word of two letters or more: stray-characters reports it.
  if (LETTER.at(text, i - 1) && LETTER.at(text, i - 2)) return null;
  if (c === '~' && DIGIT.test(wordAfter(text, i + 1).text)) return null;
  // The closing half of _emphasis_, ^superscript^ or ~subscript~.
  const open = text.lastIndexOf(c, i - 1);
  if (open >= 0 && (open === 0 || !WORD_CHAR.at(text, open - 1)) && !isSpace(text[open + 1])) return null;
  return sure('symbol');
}

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

function highMark(f: Facts, i: number): Found | null {
  const { text, lang } = f;
  if (!isSpace(text[i + 1])) return null;
  let b = i;
  if (isSpace(text[b - 1])) {
    if (!SPACED_HIGH.has(lang)) return null;
    b = skipSpaceBack(text, b);
  }
  const prev = wordBefore(text, b);
  if (prev === NO_WORD) return null;
  if (lang === 'en' && text[i] === ':' && bracketAfter(f, i)) return likely('inside-clause');
  const next = wordAfter(text, i + 1);
  if (next === NO_WORD) return null;
  if (f.adjacentInSource(prev, next)) return sure('inside-name');
  if (lang === 'en' && enHighMark(f, i, prev, next)) return likely('inside-clause');
  return null;
}

/** ", (3.8 euros)" / ": (17)": a bracket after the mark, which belongs after the bracket. */
function bracketAfter(f: Facts, i: number): boolean {
  const { text } = f;
  if (text[i + 2] !== '(' || ENUMERATOR.test(text.slice(i + 2, i + 8))) return false;
  return !f.source.includes(`${text[i]} (`) && !f.source.includes(`${text[i]}(`);
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
    if (!phrase || SHARED_OBJECT.test(before)) return false;
    const sentence = sentenceBefore(text, prev.start);
    const clause = sentence.slice(Math.max(sentence.lastIndexOf(','), sentence.lastIndexOf(';'), sentence.lastIndexOf(':')) + 1);
    const first = wordAfter(clause, LEAD.exec(clause)![0].length).lower;
    const opening = EN_PREP_SOFT.has(first) || EN_PREP_HARD.has(first) || first.endsWith('ly') || first === 'later' || first === 'now';
    return !opening && !hasSubordinator(sentence) && !parenthesis(3);
  }
  if (EN_AUX_STRICT.has(pl) || pl === 'will' || pl === 'can' || pl === 'be' || pl === 'may' || pl === 'must' || pl === 'not') {
    // "if it is, the", "that is, a", "the bigger the heap is, the more": the clause ends there.
    const subject = wordBefore(text, skipSpaceBack(text, prev.start)).lower;
    const sentence = sentenceBefore(text, prev.start);
    if (EN_CLAUSE_OPENERS.has(subject) || hasSubordinator(sentence) || CORRELATIVE.test(sentence)) return false;
    // "can have, counted in…": "have" may be the verb itself; only "had, been" is sure.
    const perfect = pl === 'have' || pl === 'has' || pl === 'had';
    const participle = perfect ? next.lower === 'been' : EN_PARTICIPLES.has(next.lower) || ED_ING.test(next.lower);
    if (participle && !EN_PREP_PARTICIPLES.has(next.lower)) return !closesSoon(text, i + 1, 5);
    if (pl === 'not' || perfect) return false;
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

/** After a comma: a reporting clause set off by commas ("is, the minister said, a failure"). */
function reportingClause(text: string, from: number): boolean {
  const end = text.indexOf(',', from);
  return end > 0 && end - from < 40 && REPORTING.test(text.slice(from, end));
}

function comma(f: Facts, i: number): Found | null {
  const { text, lang } = f;
  if (!isSpace(text[i + 1])) return null;
  if (lang === 'en' && bracketAfter(f, i)) return likely('inside-clause');
  const next = wordAfter(text, i + 1);
  if (next === NO_WORD) return null;
  // "70, km thick": a unit is never cut from its number.
  if (DIGIT.test(text[i - 1] ?? '') && UNITS.has(next.text) && !WORD_CHAR.at(text, next.end)) return sure('inside-clause');
  const prev = wordBefore(text, i);
  if (prev === NO_WORD) return null;
  if (isUpper(prev) && isUpper(next) && f.adjacentInSource(prev, next)) return sure('inside-name');
  if (lang === 'en' && enComma(f, i, prev, next)) return likely('inside-clause');
  return null;
}

/** English: a stop after "in", "that"... where the source has one sentence fewer ("cartels in. Mexico"). */
function stop(f: Facts, i: number): Found | null {
  const { text } = f;
  if (f.lang !== 'en' || !isSpace(text[i + 1]) || text[i - 1] === '.' || text[i + 1] === '.') return null;
  const prev = wordBefore(text, i);
  if (!EN_NOT_FINAL.has(prev.text)) return null;
  return UPPER.test(wordAfter(text, i + 1).text) && f.moreSentences() ? likely('inside-clause') : null;
}

export const check: Check = {
  meta: {
    id: 'stray-punctuation',
    category: 'fluency/punctuation',
    severity: 'minor',
    description:
      'A punctuation mark that the sentence\'s grammar and the source give no reason for: a hyphen hanging off a word, an apostrophe that closes nothing, a colon, semicolon, comma or full stop inside a phrase or a name, two marks piled up, a lone "_", "^" or "~".',
    messages: {
      hyphen: 'A hyphen hangs off "{{word}}" before a space: it joins nothing.',
      apostrophe: 'The apostrophe after "{{word}}" is neither a possessive nor a closing quotation mark.',
      'inside-clause': '"{{mark}}" cuts "{{words}}", words that nothing may separate.',
      'inside-name': '"{{mark}}" splits "{{words}}", which the source writes as one name.',
      piled: '"{{mark}}" right after another mark.',
      symbol: '"{{mark}}" stands alone between words.',
    },
    fixable: 'suggestion',
    examples: {
      good: [
        { from: 'de', to: 'en', source: 'Er gehört zu den besten Blues- und Rockgitarristen.', target: 'He is one of the best pre- and post-war blues guitarists, the players\' favourite.' },
        { from: 'en', to: 'de', source: 'He is one of the best blues and rock guitarists.', target: 'Er ist einer der besten Blues- und Rockgitarristen, sagt Hans\' Bruder.' },
        { from: 'de', to: 'en', source: 'Sie sagte: „Das ist es.“', target: 'She said: "That is it." It is, however, done; and, in particular, done well.' },
        { from: 'en', to: 'fr', source: 'He said: yes; then no.', target: 'Il a dit\u00a0: oui\u00a0; puis l\u2019homme a dit non.' },
        { from: 'en', to: 'it', source: 'A bit of a friendship.', target: 'Un po\' d\'un\' amicizia.' },
        { from: 'ru', to: 'en', source: 'Около 15 000 человек.', target: 'About ~15,000 people, see user_name@example.com, _this_ or #tag_x.' },
      ],
      bad: [
        { from: 'de', to: 'en', source: 'Es ist eines der am stärksten von der Erderwärmung betroffenen Länder.', target: 'It is one of the countries hardest hit- by global warming.', flagged: '-', fixed: 'It is one of the countries hardest hit by global warming.', messageId: 'hyphen' },
        { from: 'de', to: 'en', source: 'Wir machen große Fortschritte bei der Fertigstellung.', target: 'We make great progress\' in finalizing our plans.', flagged: '\'', fixed: 'We make great progress in finalizing our plans.', messageId: 'apostrophe' },
        { from: 'de', to: 'en', source: 'Er startet für die Renngemeinschaft Graf Zeppelin.', target: 'He competes for the Graf: Zeppelin racing community.', flagged: ':', fixed: 'He competes for the Graf Zeppelin racing community.', messageId: 'inside-name' },
        { from: 'de', to: 'en', source: 'Verkehrsfluss ist die Untersuchung der Bewegung von Fahrzeugen.', target: 'Traffic flow is the study; of the movement of vehicles.', flagged: ';', fixed: 'Traffic flow is the study of the movement of vehicles.', messageId: 'inside-clause' },
        { from: 'de', to: 'en', source: 'Er war Bischof von Nantes und war für die Schließung verantwortlich.', target: 'He was bishop of Nantes and, was responsible for the closure.', flagged: ',', fixed: 'He was bishop of Nantes and was responsible for the closure.', messageId: 'inside-clause' },
        { from: 'pl', to: 'en', source: 'Mieli wolny dostęp do zawodów, dzięki czemu mogli odnieść sukces.', target: 'They had free access to professions,, thanks to which they succeeded.', flagged: ',', fixed: 'They had free access to professions, thanks to which they succeeded.', messageId: 'piled' },
        { from: 'cs', to: 'en', source: 'Do neděle se nakazilo 15 212 lidí.', target: 'By Sunday, 15,212~ people had been infected.', flagged: '~', fixed: 'By Sunday, 15,212 people had been infected.', messageId: 'symbol' },
        { from: 'en', to: 'de', source: 'He drove to Graf Zeppelin Street.', target: 'Er fuhr zur Graf; Zeppelin-Straße.', flagged: ';', fixed: 'Er fuhr zur Graf Zeppelin-Straße.', messageId: 'inside-name' },
      ],
    },
  },

  run(view: SegmentView, ctx: CheckContext): void {
    const text = view.target;
    if (!text || text.length < 4) return;
    const f = new Facts(text, view.source, baseLang(ctx.to));
    const mask = masked(text);
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
      const i = m.index;
      if (mask[i]) continue;
      const c = m[0];
      let found: Found | null = null;
      if (c === ',' || c === ';' || c === ':' || c === '.') found = piled(text, i);
      if (!found) {
        if (c === '-') found = hyphen(f, i);
        else if (c === "'" || c === '’') found = apostrophe(f, i);
        else if (c === ';' || c === ':') found = highMark(f, i);
        else if (c === ',') found = comma(f, i);
        else if (c === '.') found = stop(f, i);
        else found = symbol(f, i);
      }
      if (!found) continue;
      const prev = wordBefore(text, i);
      const words = `${prev.text}${c} ${wordAfter(text, i + 1).text}`.trim();
      ctx.report({
        messageId: found.messageId,
        data: { mark: c, word: prev.text, words },
        target: { start: i, end: i + 1 },
        suggestions: [{ text: '' }],
        fix: found.fix,
      });
    }
  },
};
