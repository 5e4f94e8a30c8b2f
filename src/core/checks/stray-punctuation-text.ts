// Shared reading of a segment for stray-punctuation: the words on either side of a mark, how far a
// parenthesis runs, the sentence around it, and facts about the source (its marks, its sentences).
import { charClass } from '../text/char-class';
import { isAbbreviation } from '../text/abbreviations';
import { monthOf } from '../text/months';
import type { Speller } from './check';
import { EN_SUBORDINATORS, straightApostrophes } from './stray-punctuation-words';
import { WordClasses } from './stray-punctuation-classes';

export const WORD_CHAR = charClass(/^[\p{L}\p{M}\p{N}]$/u);
export const LETTER = charClass(/^[\p{L}\p{M}]$/u);
export const UPPER = /^\p{Lu}/u;
export const DIGIT = /^\p{N}/u;
export const SPACE = /[ \u00a0\u202f\u2009]/;
/** An opening single quote somewhere: then a glued ' may close it, and is left alone. */
const SINGLE_OPENER = /(?:^|[\s([{"“„«—–-])['‘](?=[\p{L}\p{N}])|‘/u;
/** Colons, semicolons and dashes, counted on both sides: a mark the source has is explained. */
export const STRONG = /[;；]|[:：](?!\/\/|\d)|[–—]| -{1,2} /g;
/** Marks that may stand where a translation puts a colon or semicolon. */
const SOURCE_MARK = /[,;:：；、，–—()"«»„“”。！？]|\s-\s|[.!?](?=\s)/g;
const TRAILING = /[\s.!?。！？"'”’»)\]]+$/;
/** Relative distance beyond which no mark of the source stands "in a comparable place". */
const FAR = 0.15;
/** Sentence ends: a stop, then a capital or a digit (abbreviations are sorted out one by one). */
const SENTENCE_END = /[.!?](?=["'”’»)\]]*\s+["'“‘«„(]?[\p{Lu}\p{N}])|[。！？](?=.)/gu;
const LETTERS = /\p{L}+/gu;
const DAY = /^(?:[1-9]|0[1-9]|[12]\d|3[01])$/;
/** A year after a day ("11, 2016") or after a month ("December 2015"). */
const YEAR_AFTER_DAY = /^,\s*\d{4}(?!\d)/;
const YEAR_AFTER_MONTH = /^,?\s+\d{4}(?!\d)/;
/** A bracket that numbers a list item: "(a)", "(2)", "(iv)". */
const ENUMERATOR = /^\((?:[a-z]|\d|[ivx]{1,4})\)/i;

export interface Word {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
}

export const NO_WORD: Word = { text: '', lower: '', start: -1, end: -1 };

function word(text: string, start: number, end: number): Word {
  const w = text.slice(start, end);
  return { text: w, lower: straightApostrophes(w.toLowerCase()), start, end };
}

export function isSpace(c: string | undefined): boolean {
  return c !== undefined && SPACE.test(c);
}

export function skipSpaceBack(text: string, end: number): number {
  while (end > 0 && isSpace(text[end - 1])) end--;
  return end;
}

/** The word (letters, digits, inner ' and -) ending at `end`, or NO_WORD. */
export function wordBefore(text: string, end: number): Word {
  let s = end;
  while (s > 0) {
    if (WORD_CHAR.at(text, s - 1)) s--;
    else if (s > 1 && s < end && (text[s - 1] === "'" || text[s - 1] === '’' || text[s - 1] === '-') && WORD_CHAR.at(text, s - 2)) s--;
    else break;
  }
  return s === end ? NO_WORD : word(text, s, end);
}

/** The word starting at `from` once spaces are skipped, or NO_WORD when a mark comes first. */
export function wordAfter(text: string, from: number): Word {
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

const LEAD = /^\P{L}*/u;

/** The last clause of a piece of sentence: from its last comma, semicolon or colon on. */
export function lastClause(sentence: string): string {
  return sentence.slice(Math.max(sentence.lastIndexOf(','), sentence.lastIndexOf(';'), sentence.lastIndexOf(':')) + 1);
}

/** The first word of a clause, in lower case, marks before it skipped. */
export function firstWord(clause: string): string {
  return wordAfter(clause, LEAD.exec(clause)![0].length).lower;
}

export const isUpper = (w: Word): boolean => UPPER.test(w.text);
export const isLower = (w: Word): boolean => w !== NO_WORD && !UPPER.test(w.text) && !DIGIT.test(w.text);

/** Letters only, two or more. */
export function isPlainWord(w: string): boolean {
  if (w.length < 2) return false;
  for (let k = 0; k < w.length; k++) if (!LETTER.at(w, k)) return false;
  return true;
}

/**
 * Where the next comma, bracket, dash or semicolon is, within `words` words and before the
 * sentence ends (-1 when none): a comma that opens a parenthesis has one ("and, in particular, on").
 */
export function closingMark(text: string, from: number, words: number): number {
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

export const closesSoon = (text: string, from: number, words: number): boolean => closingMark(text, from, words) >= 0;

/** The sentence that `at` is in, up to `at`. */
export function sentenceBefore(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('? ', at), text.lastIndexOf('! ', at), 0);
  return text.slice(start, at);
}

export function hasSubordinator(sentence: string): boolean {
  LETTERS.lastIndex = 0;
  for (let m = LETTERS.exec(sentence); m !== null; m = LETTERS.exec(sentence)) if (EN_SUBORDINATORS.has(m[0].toLowerCase())) return true;
  return false;
}

export function count(re: RegExp, text: string): number {
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

/** Facts about one segment, computed on first use only. */
export class Facts {
  private strong = 0;
  private sourceStrong = -1;
  private stops = 0;
  private opener: boolean | null = null;
  private marks: number[] | null = null;
  private wordClasses: WordClasses | null | undefined;
  constructor(
    readonly text: string,
    readonly source: string,
    readonly lang: string,
    private readonly speller: () => Speller | null = () => null,
  ) {}

  /** Word classes from the target language's dictionary; null without one. */
  classes(): WordClasses | null {
    if (this.wordClasses === undefined) {
      const sp = this.speller();
      this.wordClasses = sp ? new WordClasses(sp) : null;
    }
    return this.wordClasses;
  }

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

export interface Found {
  messageId: string;
  fix: boolean;
}

/** Deleting the mark is certainly right (an automatic fix); a likely stray is a suggestion. */
export const sure = (messageId: string): Found => ({ messageId, fix: true });
export const likely = (messageId: string): Found => ({ messageId, fix: false });

/** ", (3.8 euros)" / ": (17)": a bracket after the mark, which belongs after the bracket. */
export function bracketAfter(f: Facts, i: number): boolean {
  const { text } = f;
  if (text[i + 2] !== '(' || ENUMERATOR.test(text.slice(i + 2, i + 8))) return false;
  return !f.source.includes(`${text[i]} (`) && !f.source.includes(`${text[i]}(`);
}

/** "February: 11, 2016", "29; December 2015": a mark between the parts of a date. */
export function insideDate(f: Facts, prev: Word, next: Word): boolean {
  const rest = f.text.slice(next.end, next.end + 8);
  if (DAY.test(next.text) && monthOf(prev.text, f.lang) > 0) return YEAR_AFTER_DAY.test(rest);
  return DAY.test(prev.text) && monthOf(next.text, f.lang) > 0 && YEAR_AFTER_MONTH.test(rest);
}
