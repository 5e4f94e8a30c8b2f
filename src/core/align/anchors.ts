// Anchors: the parts of a sentence that survive translation (numbers, names, quotation marks,
// question and exclamation marks, colons). Interned to small integers once, so the aligner's
// inner loop compares integers and never touches text.
import type { Sentence, Side } from '../types';
import { nameKey } from './names';
import { numberKeys } from './numbers';
import { charClass, type CharClass } from '../text/char-class';

/** What finding an anchor on both sides is worth, and what one left unmatched costs. */
const WEIGHTS: Record<string, { bonus: number; penalty: number }> = {
  number: { bonus: 2, penalty: 1 },
  // A digit alone is often spelled out in the other language ("deux", "two").
  digit: { bonus: 1, penalty: 0.4 },
  // Capitalised words include common nouns (German) and titles; only a match says anything.
  name: { bonus: 1, penalty: 0 },
  quote: { bonus: 0.3, penalty: 0.15 },
  question: { bonus: 0.8, penalty: 0.5 },
  exclamation: { bonus: 0.5, penalty: 0.3 },
  colon: { bonus: 0.3, penalty: 0.15 },
  // Shared word beginnings between Latin-script languages (vidéo/video, sécurité/security):
  // weak alone, but they decide between equally long neighbours.
  cognate: { bonus: 0.4, penalty: 0 },
};

export class AnchorTable {
  /** Ids by kind, then key: no "kind:key" string is built per anchor. */
  private readonly ids = new Map<string, Map<string, number>>();
  readonly bonus: number[] = [];
  readonly penalty: number[] = [];

  intern(kind: keyof typeof WEIGHTS, key: string): number {
    let byKey = this.ids.get(kind);
    if (!byKey) {
      byKey = new Map();
      this.ids.set(kind, byKey);
    }
    let id = byKey.get(key);
    if (id === undefined) {
      id = this.bonus.length;
      byKey.set(key, id);
      this.bonus.push(WEIGHTS[kind].bonus);
      this.penalty.push(WEIGHTS[kind].penalty);
    }
    return id;
  }

  get size(): number {
    return this.bonus.length;
  }
}

/** Letters and marks: a word is a run of them (/[\p{L}\p{M}]+/gu). */
const WORD_CHAR = charClass(/^[\p{L}\p{M}]$/u);
const CAPITAL = /^[\p{Lu}\p{Lt}]/u;
/** Decimal digits (\p{Nd}), for the colon rule. */
const DIGIT = charClass(/^\p{Nd}$/u);

// The punctuation anchors, counted in one pass over a sentence.
const QUOTE_CHARS = '«»“”„‟"「」『』〝〞＂';
const QUESTION_CHARS = '?？؟⁇';
const EXCLAMATION_CHARS = '!！';

interface Marks {
  quotes: number;
  questions: number;
  exclamations: number;
  colons: number;
  /** Whether there is a decimal digit (\p{Nd}) at all: numberKeys has nothing to find otherwise. */
  digits: boolean;
}

/** Whether the code point ending just before `i` is a decimal digit. */
/** Length of the `cls` code point at `i` when it lies wholly before `end`, else 0. */
function classAt(cls: CharClass, text: string, i: number, end: number): number {
  const w = cls.at(text, i);
  return i + w <= end ? w : 0;
}

/** Whether the code point ending just before `i` (and not before `from`) is a decimal digit. */
function digitBefore(text: string, i: number, from: number): boolean {
  if (i <= from) return false;
  const c = text.charCodeAt(i - 1);
  // The second half of a surrogate pair: the digit, if any, starts one unit earlier.
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= from) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return DIGIT.at(text, i - 2) > 0;
  }
  return DIGIT.at(text, i - 1) === 1;
}

/**
 * The punctuation anchors of the UTF-16 unit at `i` of the sentence text[from, to), counted into
 * `out`. Only units outside words need asking: no letter or mark is a digit, a quote, a question
 * or exclamation mark or a colon, so the word scan asks it of the units it steps over.
 */
function markAt(text: string, i: number, from: number, to: number, out: Marks): void {
  const c = text.charCodeAt(i);
  // Digits: ASCII, or from U+0660 on (the first decimal digits beyond ASCII).
  if ((c >= 48 && c <= 57) || (c >= 0x660 && !out.digits && classAt(DIGIT, text, i, to) > 0)) out.digits = true;
  // Letters, digits, spaces and most punctuation are none of them.
  if (c === 0x22 || c === 0x21 || c === 0x3f || c === 0x3a || c >= 0xab) {
    const ch = text[i];
    if (QUOTE_CHARS.includes(ch)) out.quotes++;
    else if (QUESTION_CHARS.includes(ch)) out.questions++;
    else if (EXCLAMATION_CHARS.includes(ch)) out.exclamations++;
    // A colon between digits is a time or a ratio, already counted as numbers.
    else if ((c === 0x3a || c === 0xff1a) && !digitBefore(text, i, from) && !(i + 1 < to && classAt(DIGIT, text, i + 1, to) > 0)) out.colons++;
  }
}

const COGNATE_MIN = 5;
const COGNATE_PREFIX = 4;
/** Long words are the telling ones; more only slows the aligner's inner loop. */
const COGNATES_PER_SENTENCE = 6;
const LATIN = /^[a-z]+$/;

interface WordInfo {
  /** Name key when the word is capitalised, else ''. */
  name: string;
  /** Cognate key when the word is long and Latin-script, else ''. */
  cognate: string;
}

/** Per-text cache: words repeat (Zipf), and their keys need Unicode normalisation. */
type WordCache = Map<string, WordInfo>;

function info(word: string, cache: WordCache): WordInfo {
  let w = cache.get(word);
  if (!w) {
    const name = CAPITAL.test(word) ? nameKey(word) : '';
    let cognate = '';
    if (word.length >= COGNATE_MIN) {
      const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      if (plain.length >= COGNATE_MIN && LATIN.test(plain)) cognate = plain.slice(0, COGNATE_PREFIX);
    }
    w = { name, cognate };
    cache.set(word, w);
  }
  return w;
}

interface SentenceWords {
  /** Name keys, the sentence's first word apart. */
  names: string[];
  /** Name key of the first word when capitalised. */
  initial: string;
  /** Cognate keys of the longest words, with the first word's in case it is no name. */
  cognates: string[];
  initialCognate: string;
}

/** Capitals, as CAPITAL reads a word's first character. */
const CAPITAL_AT = charClass(/^[\p{Lu}\p{Lt}]$/u);

/** ASCII letters, the common case of WORD_CHAR (\p{L}\p{M} has no other ASCII member). */
function asciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Length of the WORD_CHAR code point at `i` when it lies wholly before `end`, else 0. */
function wordCharAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return asciiLetter(c) ? 1 : 0;
  return classAt(WORD_CHAR, text, i, end);
}

/**
 * The words of text[from, to), the sentence, read in place (no copy of the sentence is made).
 * The cognates kept are those of the COGNATES_PER_SENTENCE longest words, earlier first among
 * equally long ones (what a stable sort by length would give), chosen as the words come. The
 * punctuation anchors are counted into `marks` on the way (see markAt).
 */
function sentenceWords(text: string, from: number, to: number, cache: WordCache, marks: Marks): SentenceWords {
  const out: SentenceWords = { names: [], initial: '', cognates: [], initialCognate: '' };
  // The longest words so far (at most COGNATES_PER_SENTENCE), longest first: their lengths and cognate keys.
  const lengths: number[] = [];
  const keys = out.cognates;
  let first = true;
  let i = from;
  while (i < to) {
    let w = wordCharAt(text, i, to);
    if (w === 0) {
      markAt(text, i, from, to, marks);
      i++;
      continue;
    }
    const start = i;
    while (w > 0) {
      i += w;
      w = i < to ? wordCharAt(text, i, to) : 0;
    }
    // A short word without a capital is neither a name nor a cognate: nothing to look up.
    if (!first && i - start < COGNATE_MIN) {
      const c = text.charCodeAt(start);
      if (c < 128 ? !(c >= 65 && c <= 90) : CAPITAL_AT.at(text, start) === 0) continue;
    }
    const wi = info(text.slice(start, i), cache);
    if (first) {
      out.initial = wi.name;
      out.initialCognate = wi.cognate;
      first = false;
    } else if (wi.name) out.names.push(wi.name);
    else if (wi.cognate) {
      const len = i - start;
      // After every kept word at least as long: a stable order among equals.
      let at = lengths.length;
      while (at > 0 && lengths[at - 1] < len) at--;
      if (at < COGNATES_PER_SENTENCE) {
        // Shift the shorter ones down a place (the last falls off a full list).
        let k = lengths.length;
        if (k < COGNATES_PER_SENTENCE) {
          lengths.push(0);
          keys.push('');
        } else k--;
        for (; k > at; k--) {
          lengths[k] = lengths[k - 1];
          keys[k] = keys[k - 1];
        }
        lengths[at] = len;
        keys[at] = wi.cognate;
      }
    }
  }
  return out;
}

const NO_NUMBERS: string[] = [];

/**
 * Anchor ids of every sentence of a side, in sentence order. A sentence's first word is
 * capitalised anyway, so it is a name only when its key also occurs capitalised inside some
 * sentence of the text.
 */
export function sentenceAnchors(side: Side, table: AnchorTable): number[][] {
  const cache: WordCache = new Map();
  const text = side.text;
  const parsed = side.sentences.map((s: Sentence) => {
    const m: Marks = { quotes: 0, questions: 0, exclamations: 0, colons: 0, digits: false };
    return {
      words: sentenceWords(text, s.start, s.end, cache, m),
      marks: m,
      numbers: m.digits ? numberKeys(text.slice(s.start, s.end)) : NO_NUMBERS,
    };
  });
  const inside = new Set<string>();
  for (const p of parsed) for (const k of p.words.names) inside.add(k);
  const q = table.intern('quote', '');
  const qm = table.intern('question', '');
  const ex = table.intern('exclamation', '');
  const co = table.intern('colon', '');
  return parsed.map(({ words, marks: m, numbers }) => {
    const ids: number[] = [];
    for (const n of numbers) ids.push(table.intern(n.length === 1 ? 'digit' : 'number', n));
    if (words.initial && inside.has(words.initial)) ids.push(table.intern('name', words.initial));
    else if (words.initialCognate) ids.push(table.intern('cognate', words.initialCognate));
    for (const k of words.names) ids.push(table.intern('name', k));
    for (const k of words.cognates) ids.push(table.intern('cognate', k));
    for (let i = m.quotes; i > 0; i--) ids.push(q);
    for (let i = m.questions; i > 0; i--) ids.push(qm);
    for (let i = m.exclamations; i > 0; i--) ids.push(ex);
    for (let i = m.colons; i > 0; i--) ids.push(co);
    return ids;
  });
}
