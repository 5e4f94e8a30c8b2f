// Where sentences start inside one paragraph. Intl.Segmenter (UAX #29) only ever breaks after a
// run of sentence terminals, and what it gets wrong there is what these rules are about: it
// splits abbreviations, initials and ordinals, joins a lower-case word after a full stop ("the
// results. preliminary.", which MT output does write and the sentence checks must see), splits
// links and Japanese quotations. So every terminal run is judged here, by the same rules
// wherever it is, and Intl is asked only what the rules leave open.
import { abbreviationsFor, type AbbreviationKind } from './abbreviations';
import {
  closesAt, endsGlued, isAttachedCloser, isDigitAt, isLetterAt, isLowerAt, isOpener, isSpace, isUpperAt, terminalWidth, wordAt,
} from './chars';
import { intlBreaks } from './intl';
import { ORDINAL_DOT, startersFor } from './starters';

export interface SentenceContext {
  text: string;
  /** Base language subtag, lower case ('fr', 'zh'): the key of the data tables. */
  base: string;
  /** The tag as given, for Intl. */
  lang: string;
  inLink(pos: number): boolean;
}

const NUMBER = /^\p{Nd}+$/u;
const ROMAN = /^[IVXLCM]+$/;
const NUMERIC = /^[\p{Nd}.,\u00a0\u202f'’–-]+$/u;
// "J", "U.S", "J.-P", "z": initials and the parts of dotted abbreviations.
const LETTERS = /^(?:\p{L}\p{M}*\.-?)*\p{L}\p{M}*$/u;
const HAS_LOWER = /\p{Ll}/u;
const CONTINUE = ',;:،、，：；';

/** Start of the whitespace-delimited token ending at `end`, no lower than `floor`. */
function tokenStart(text: string, end: number, floor: number): number {
  let i = end;
  while (i > floor && !isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The token before `start`, across one run of spaces, or null at the paragraph start. */
function previousToken(text: string, start: number, floor: number): [number, number] | null {
  let e = start;
  while (e > floor && isSpace(text.charCodeAt(e - 1))) e--;
  if (e === start || e === floor) return null;
  return [tokenStart(text, e, floor), e];
}

interface Stop {
  /** The terminal run [ts, te). */
  ts: number;
  te: number;
  /** Where the next sentence would start: after closers and spaces. */
  next: number;
  spaced: boolean;
  /** A quote or bracket closes between the terminal and the next sentence. */
  closed: boolean;
  /** Start of the current sentence, for "does this number open it" (a list item "1."). */
  sentenceStart: number;
  paragraphStart: number;
  paragraphEnd: number;
}

function periodEnds(ctx: SentenceContext, s: Stop, lower: boolean, upper: boolean, digit: boolean, wordPos: number): boolean {
  const { text } = ctx;
  const rawStart = tokenStart(text, s.ts, s.paragraphStart);
  let start = rawStart;
  while (start < s.ts && isOpener(text.charCodeAt(start))) start++;
  if (start === s.ts) return true;
  const token = text.slice(start, s.ts);
  const nextWord = wordAt(text, wordPos);
  const starters = startersFor(ctx.base);

  // Regnal and chapter numbers are ordinals too: "Elisabeth II. die", "Karel IV. zemřel".
  const roman = ORDINAL_DOT.has(ctx.base) && ROMAN.test(token);
  if (NUMBER.test(token) || roman) {
    let first = s.sentenceStart;
    while (first < rawStart && isSpace(text.charCodeAt(first))) first++;
    // "1. Introduction": a list number opening its sentence.
    if (first === rawStart && token.length <= 3) return false;
    // "am 3. Oktober", "3. maja": an ordinal, unless what follows is plainly a new sentence.
    if (ORDINAL_DOT.has(ctx.base) && token.length <= 3 && isLetterAt(text, wordPos) && !starters.has(nextWord)) return false;
    return true;
  }
  if (NUMERIC.test(token)) return true;

  const abbreviations = abbreviationsFor(ctx.base);
  const prev = previousToken(text, rawStart, s.paragraphStart);
  let kind: AbbreviationKind | undefined;
  if (prev) {
    const prevText = text.slice(prev[0], prev[1]);
    if (prevText.endsWith('.')) {
      const key2 = `${prevText} ${token}`;
      const prev2 = previousToken(text, prev[0], s.paragraphStart);
      if (prev2) kind = abbreviations.get(`${text.slice(prev2[0], prev2[1])} ${key2}`);
      kind ??= abbreviations.get(key2);
    }
    kind ??= abbreviations.get(token);
    if (kind === 'unit') kind = NUMERIC.test(prevText) ? 'inner' : 'prefix';
  } else {
    kind = abbreviations.get(token);
    if (kind === 'unit') kind = 'prefix';
  }
  if (kind === 'prefix') return false;
  if (kind === 'inner') return !(lower || digit);

  if (LETTERS.test(token)) {
    if (lower || digit) return false;
    // "J. R. R. Tolkien", "z. B.": another lone letter with its full stop follows.
    if (nextWord.length === 1 && text.charCodeAt(wordPos + 1) === 0x2e) return false;
    // "G. W. Bush", "U.S. Army" but "Group B. The".
    if (upper && !HAS_LOWER.test(token) && !starters.has(nextWord)) return false;
  }
  return true;
}

function ends(ctx: SentenceContext, s: Stop): boolean {
  const { text } = ctx;
  if (ctx.inLink(s.ts)) return false;
  const last = text[s.te - 1];
  const run = text.slice(s.ts, s.te);
  const ellipsis = run.includes('…') || run.includes('..');
  // "(…)" and "[...]" mark a cut inside a quotation.
  if (ellipsis && s.ts > s.paragraphStart && (text[s.ts - 1] === '(' || text[s.ts - 1] === '[')) return false;

  if (!s.spaced) {
    // 「そうです。」と言った: a quotation closed inside the sentence; 。」「 opens the next one.
    if (endsGlued(last)) return !s.closed || isOpener(text.charCodeAt(s.next));
    if (s.closed) return !isLowerAt(text, s.next) && isLetterAt(text, s.next);
    if (last === '.' || last === '．' || ellipsis) return false;
    // "Really?Yes" breaks, "?b=1" and "!important" do not.
    return isLetterAt(text, s.next) && !isLowerAt(text, s.next);
  }

  // A comma or colon after the stop continues the sentence (UAX #29's SContinue): "etc., and".
  if (CONTINUE.indexOf(text[s.next]) >= 0) return false;
  let wordPos = s.next;
  // Past opening quotes and a dash with its space: "2015 r. – 11 lutego" goes on with a number.
  while (wordPos < s.paragraphEnd && (isOpener(text.charCodeAt(wordPos)) || (wordPos > s.next && isSpace(text.charCodeAt(wordPos))))) wordPos++;
  const lower = isLowerAt(text, wordPos);
  // '"It is fine." he said', "bien. », a-t-il": the quotation ends, the sentence goes on.
  if (s.closed) return !lower;
  if (ellipsis) {
    if (lower || isUpperAt(text, wordPos)) return !lower;
    return intlBreaks(text, s.sentenceStart, s.ts, s.next, ctx.lang);
  }
  if (last !== '.' && last !== '．') return true;
  return periodEnds(ctx, s, lower, isUpperAt(text, wordPos), isDigitAt(text, wordPos), wordPos);
}

/** Offsets where a new sentence starts inside text[start, end), in order, `start` excluded. */
export function sentenceStarts(ctx: SentenceContext, start: number, end: number): number[] {
  const { text } = ctx;
  const out: number[] = [];
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    let w = terminalWidth(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const ts = i;
    while (w > 0 && i < end) {
      i += w;
      w = terminalWidth(text, i);
    }
    const te = i;
    let next = te;
    while (next < end && isAttachedCloser(text.charCodeAt(next))) next++;
    let closed = next > te;
    const closersEnd = next;
    while (next < end && isSpace(text.charCodeAt(next))) next++;
    const spaced = next > closersEnd;
    if (spaced) {
      while (next < end && closesAt(text, next, end)) {
        closed = true;
        next++;
        while (next < end && isSpace(text.charCodeAt(next))) next++;
      }
    }
    if (next >= end) break;
    const stop: Stop = { ts, te, next, spaced, closed, sentenceStart, paragraphStart: start, paragraphEnd: end };
    if (ends(ctx, stop)) {
      out.push(next);
      sentenceStart = next;
    }
    i = next;
  }
  return out;
}
