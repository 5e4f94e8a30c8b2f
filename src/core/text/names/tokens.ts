// Name tokens: the words of a text as the name checks see them, from the shared word runs. Elided
// articles come off ("l'Alliance" → "Alliance", "dell'Unione" → "Unione"), so does the English
// possessive ("Iran's" → "Iran"), and hyphenated words split into their parts ("al-Kazimi",
// "US-Präsident", "Dingolfing-Landau"), each part with its own capital. Spelling forms (fold,
// skeleton, stems, concepts) are computed once per written form and language.
import type { Word } from '../word-runs';
import { fold, skeleton, stems } from './fold';
import { compoundHeadConcepts, conceptsOf, opensMultiword } from './concepts';

export interface Forms {
  /** Folded (lower-case ASCII) form. */
  f: string;
  /** Skeleton of the folded form and of each stem (the folded form's first). */
  sks: string[];
  /** Folded form and its stems under the language's inflection. */
  stems: string[];
  /** Concepts (name-building words, exonyms) the word reaches. */
  concepts: number[];
  /** Opens an English name of several words ("South" of "South Africa"). */
  multi: boolean;
}

/** One word (or part of a hyphenated word) where it stands in a text. */
export class NameToken {
  constructor(
    readonly start: number,
    readonly end: number,
    /** Opens a sentence (or follows an opening quote, bracket or colon). */
    readonly initial: boolean,
    /** Inside quotation marks or brackets. */
    readonly quoted: boolean,
    private readonly p: Part,
  ) {}

  get text(): string {
    return this.p.text;
  }
  /** First letter is a capital. */
  get cap(): boolean {
    return this.p.cap;
  }
  /** An acronym (NATO, MSWiA). */
  get upper(): boolean {
    return this.p.upper;
  }
  /** Contains a digit. */
  get digit(): boolean {
    return this.p.digit;
  }
  /** Written in a script other than Latin, Cyrillic or Greek: no capitals to read. */
  get caseless(): boolean {
    return this.p.caseless;
  }
  /** Cyrillic or Greek. */
  get nonLatin(): boolean {
    return this.p.nonLatin;
  }
  /** Part of a hyphenated word after the first part. */
  get joined(): boolean {
    return this.p.joined;
  }
  get forms(): Forms {
    return this.p.forms;
  }
}

const FORMS = new Map<string, Map<string, Forms>>();

export function formsOf(text: string, lang: string): Forms {
  let byLang = FORMS.get(lang);
  if (!byLang) FORMS.set(lang, (byLang = new Map()));
  let forms = byLang.get(text);
  if (forms) return forms;
  const f = fold(text);
  const st = stems(f, lang);
  let concepts = conceptsOf(f, st);
  if ((lang === 'de' || lang === 'nl') && f.length >= 7) {
    const heads = compoundHeadConcepts(f);
    if (heads.length > 0) concepts = [...new Set([...concepts, ...heads])];
  }
  // Cyrillic х also writes the Spanish x (Техас → Texas, Мехико → Mexico).
  if (f.includes('kh') && /[\u0400-\u04ff]/.test(text)) for (const x of stems(f.replace(/kh/g, 'ks'), lang)) st.push(x);
  forms = { f, sks: st.map(skeleton), stems: st, concepts, multi: opensMultiword(f) };
  if (byLang.size > 100000) byLang.clear();
  byLang.set(text, forms);
  return forms;
}

const ELISION = /^(?:l|d|qu|j|m|n|s|c|t|dell|all|nell|sull|dall|dov|un|quell|sant|po|gl)['\u2019]/i;
const POSSESSIVE = /['\u2019]s?$/;
const HYPHEN = /[-\u2010\u2011]/;
const DIGIT = /\p{N}/u;

/** An acronym: two capitals or more, at least half the letters (NATO, MSWiA, PiS; not McCord). */
function isAcronym(s: string): boolean {
  if (s.length < 2) return false;
  let upper = 0;
  let lower = 0;
  for (const ch of s) {
    if (ch !== ch.toLowerCase()) upper++;
    else if (ch !== ch.toUpperCase()) lower++;
  }
  return upper >= 2 && upper >= lower;
}

function isCap(s: string): boolean {
  const c = s.charAt(0);
  return c !== c.toLowerCase();
}

/** What a written word is made of, computed once per word and language. */
interface Part {
  /** Offset of the part in the written word. */
  offset: number;
  text: string;
  cap: boolean;
  upper: boolean;
  digit: boolean;
  caseless: boolean;
  nonLatin: boolean;
  joined: boolean;
  forms: Forms;
}

const PARTS = new Map<string, Map<string, Part[]>>();
const LATIN = /\p{Script=Latin}/u;
const CASED = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u;

function part(text: string, offset: number, joined: boolean, lang: string, cased: boolean, latin: boolean): Part {
  return {
    offset,
    text,
    cap: cased && isCap(text),
    upper: cased && isAcronym(text),
    digit: DIGIT.test(text),
    caseless: !cased,
    nonLatin: !latin,
    joined,
    forms: formsOf(text, lang),
  };
}

/** The parts of a written word, computed once per word and language. */
function partsOf(word: string, lang: string): Part[] {
  let byLang = PARTS.get(lang);
  if (!byLang) PARTS.set(lang, (byLang = new Map()));
  const seen = byLang.get(word);
  if (seen) return seen;
  const out: Part[] = [];
  const cased = CASED.test(word);
  const latin = cased && LATIN.test(word);
  if (!cased) {
    if (/\p{L}/u.test(word)) out.push(part(word, 0, false, lang, false, false));
  } else {
    let text = word;
    let offset = 0;
    if (text.includes("'") || text.includes('\u2019')) {
      const m = ELISION.exec(text);
      if (m && m[0].length < text.length) {
        offset = m[0].length;
        text = text.slice(offset);
      }
      const p = POSSESSIVE.exec(text);
      if (p && p.index > 0) text = text.slice(0, p.index);
    }
    if (text.length > 0 && HYPHEN.test(text)) {
      let at = offset;
      let first = true;
      for (const piece of text.split(HYPHEN)) {
        if (piece.length > 0) out.push(part(piece, at, !first, lang, true, latin));
        at += piece.length + 1;
        first = false;
      }
    } else if (text.length > 0) out.push(part(text, offset, false, lang, true, latin));
  }
  if (byLang.size > 100000) byLang.clear();
  byLang.set(word, out);
  return out;
}

/** All name tokens of a text, from its shared word runs. */
export function nameTokens(ws: Word[], lang: string): NameToken[] {
  const out: NameToken[] = [];
  for (const w of ws) {
    const parts = partsOf(w.text, lang);
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      const start = w.start + p.offset;
      out.push(new NameToken(start, start + p.text.length, w.initial && !p.joined, w.quoted, p));
    }
  }
  return out;
}

// The capitalised tokens alone, read straight off the text: nine words in ten are in lower case
// and are never looked at. Word, sentence-opening and quotation rules follow ../word-runs.ts.

const WORD_CHAR_CACHE = new Map<number, boolean>();
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let known = WORD_CHAR_CACHE.get(c);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCharCode(c));
    WORD_CHAR_CACHE.set(c, known);
  }
  return known;
}

/** Apostrophes and hyphens inside a word ("don't", "al-Kazimi"). */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011;
}

const UPPER = /\p{Lu}/gu;
const OPENING = new Set([0x201c, 0x201e, 0xab, 0x2039, 0x28, 0x5b, 0x300c, 0x300e, 0x3a, 0x2014]);

/** [start, end) spans inside quotation marks or brackets, as word-runs counts them. */
function quotedSpans(text: string): number[] {
  const spans: number[] = [];
  let depth = 0;
  let straight = false;
  let from = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const before = depth > 0 || straight;
    if (c === 34) straight = !straight;
    else if (c === 0x201c || c === 0x201e || c === 0xab || c === 0x2039 || c === 0x28 || c === 0x5b) depth++;
    else if ((c === 0x201d || c === 0xbb || c === 0x203a || c === 0x29 || c === 0x5d) && depth > 0) depth--;
    else continue;
    const after = depth > 0 || straight;
    if (!before && after) from = i;
    else if (before && !after) spans.push(from, i);
  }
  if (from >= 0 && (depth > 0 || straight)) spans.push(from, text.length);
  return spans;
}

/** The capitalised name tokens of a text; `sentenceStarts` ascending, relative to the text. */
export function capTokens(text: string, sentenceStarts: number[], lang: string): NameToken[] {
  const out: NameToken[] = [];
  let quoted: number[] | null = null;
  let si = 0;
  let sentence = 0;
  UPPER.lastIndex = 0;
  for (let m = UPPER.exec(text); m !== null; m = UPPER.exec(text)) {
    // The whole word around this capital.
    let a = m.index;
    while (a > 0 && (isWordChar(text.charCodeAt(a - 1)) || (isJoiner(text.charCodeAt(a - 1)) && a > 1 && isWordChar(text.charCodeAt(a - 2))))) a--;
    let b = m.index + 1;
    while (b < text.length && (isWordChar(text.charCodeAt(b)) || (isJoiner(text.charCodeAt(b)) && b + 1 < text.length && isWordChar(text.charCodeAt(b + 1))))) b++;
    UPPER.lastIndex = b;
    while (si < sentenceStarts.length && sentenceStarts[si] <= a) sentence = sentenceStarts[si++];
    // Opens its sentence when nothing but punctuation stands between the sentence start and it,
    // or an opening quote, bracket, colon or dash comes right before it.
    let initial = true;
    for (let k = a - 1; k >= sentence; k--) {
      const c = text.charCodeAt(k);
      if (isWordChar(c)) {
        initial = false;
        break;
      }
      if (OPENING.has(c) || (c === 34 && (k === 0 || text.charCodeAt(k - 1) <= 32))) break;
    }
    const parts = partsOf(text.slice(a, b), lang);
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (!p.cap) continue;
      const start = a + p.offset;
      quoted ??= text.includes('"') || /[\u201c\u201e\u00ab\u2039(\[]/.test(text) ? quotedSpans(text) : [];
      let inQuote = false;
      for (let q = 0; q < quoted.length && !inQuote; q += 2) inQuote = quoted[q] < start && start < quoted[q + 1];
      out.push(new NameToken(start, start + p.text.length, initial && !p.joined, inQuote, p));
    }
  }
  return out;
}
