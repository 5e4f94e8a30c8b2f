// A sentence as the "as for was" rule reads it (missing-was.ts): where it ends, and its words,
// numbers, commas and other marks, with contractions marked as the verbs they hold. A full stop
// inside "28.5", after an initial ("J. Smith") or a title ("Mr.", "No.") ends nothing.
import { isDigit, isLetter, isSpace } from './tokens';

/** Words before "'s" where it is "is" or "has" ("it's", "there's"), never a possessive. */
const S_IS = new Set(['it', 'he', 'she', 'that', 'this', 'there', 'here', 'what', 'who', 'where', 'how', 'why', 'when', 'let', 'everyone', 'everything', 'someone', 'something', 'nobody', 'nothing', 'one']);
/** Capitalised abbreviations whose full stop ends no sentence ("Mr. Caviezel"). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'prof', 'gen', 'col', 'lt', 'sgt', 'rev', 'mt', 'ft', 'no', 'vol', 'fig', 'inc', 'co', 'corp', 'ltd']);

/** Hyphens and apostrophes inside a noun phrase ("the Meteor-2 rocket", "the players' union"). */
export function joiner(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011 || isApostrophe(c);
}

export function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** Whether the mark at text[i] ends a sentence: not the point of "28.5", "Mr. Smith", "J. Smith", "No. 1", "e.g. this". */
export function sentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 33 || c === 63 || c === 0x2026) return true;
  if (c !== 46) return false;
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 32;
  if (isLetter(after) || isDigit(after)) return false;
  let j = i + 1;
  while (j < text.length && isSpace(text.charCodeAt(j))) j++;
  if (j > i + 1 && j < text.length) {
    const n = text.charCodeAt(j);
    if (isDigit(n) || (n >= 97 && n <= 122)) return false;
  }
  let s = i;
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  if (s === i) return true;
  const first = text.charCodeAt(s);
  if (!(first >= 65 && first <= 90)) return true;
  return i - s > 1 && !TITLES.has(text.slice(s, i).toLowerCase());
}

export const enum Kind {
  Word,
  Number,
  Comma,
  Semicolon,
  Mark,
}

export interface Token {
  start: number;
  kind: Kind;
  /** The word in lower case; '' for other tokens. */
  lower: string;
  cap: boolean;
  /** A contraction: "don't", "it's", "we're". */
  verb: boolean;
}

/** The sentence text[from, to) as words (letter runs), numbers, commas, semicolons and other marks. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  for (let i = from; i < to; ) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (isDigit(c)) {
      const start = i;
      while (i < to && (isDigit(text.charCodeAt(i)) || ((text.charCodeAt(i) === 46 || text.charCodeAt(i) === 44) && i + 1 < to && isDigit(text.charCodeAt(i + 1))))) i++;
      out.push({ start, kind: Kind.Number, lower: '', cap: false, verb: false });
      continue;
    }
    if (!isLetter(c)) {
      out.push({ start: i, kind: c === 44 ? Kind.Comma : c === 59 ? Kind.Semicolon : Kind.Mark, lower: '', cap: false, verb: false });
      i++;
      continue;
    }
    const start = i;
    while (i < to && isLetter(text.charCodeAt(i))) i++;
    const lower = text.slice(start, i).toLowerCase();
    const tok: Token = { start, kind: Kind.Word, lower, cap: c >= 65 && c <= 90 ? true : c >= 0xc0 && text.charAt(start) !== lower.charAt(0), verb: false };
    out.push(tok);
    if (i + 1 < to && isApostrophe(text.charCodeAt(i)) && isLetter(text.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < to && isLetter(text.charCodeAt(j))) j++;
      // "the club's captain": a possessive, whose "s" is no word; "it's", "don't", "we're": a verb.
      const suffix = text.slice(i + 1, j).toLowerCase();
      if (suffix !== 's' || S_IS.has(lower)) tok.verb = true;
      i = j;
    }
  }
  return out;
}
