// Name tokens: the words of a text as the name checks see them, from the shared word runs. Elided
// articles come off ("l'Alliance" → "Alliance", "dell'Unione" → "Unione"), so does the English
// possessive ("Iran's" → "Iran"), and hyphenated words split into their parts ("al-Kazimi",
// "US-Präsident", "Dingolfing-Landau"), each part with its own capital. Spelling forms (fold,
// skeleton, stems, concepts) are computed once per written form and language.
import type { Word } from '../word-runs';
import { fold, skeleton, stems } from './fold';
import { compoundHeadConcepts, conceptsOf, regionConcepts, isEnglishConceptWord, isPlaceConcept, opensMultiword } from './concepts';
import { isCommonCapital, isEnglishCommon, isFirstName, isGermanNoun } from './lexicon';
import { isFrequentEnglish } from './english-words';

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
  /** A capitalised word that is no name in the language: title, day, month, function word. */
  common: boolean;
  /** A given name (Donald, Piotrem). */
  first: boolean;
  /** Names a place, people or organisation by the table (Warszawie, Russian, NATO). */
  place: boolean;
  /** German only: a common noun by the word list, its inflection or its compound head. */
  germanNoun: boolean;
  /** English only: an ordinary English word (by the frequency list, the titles, the table). */
  englishWord: boolean;
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

/** Languages that build compound words (Kinderklinik, Гидрометцентр): their heads reach concepts too. */
const COMPOUNDING = new Set(['de', 'nl', 'ru', 'pl', 'cs', 'sk', 'uk']);

export function formsOf(text: string, lang: string): Forms {
  let byLang = FORMS.get(lang);
  if (!byLang) FORMS.set(lang, (byLang = new Map()));
  let forms = byLang.get(text);
  if (forms) return forms;
  const f = fold(text);
  const st = stems(f, lang);
  let concepts = conceptsOf(f, st);
  const regions = regionConcepts(f, st, lang);
  if (regions.length > 0) concepts = [...new Set([...concepts, ...regions])];
  if (COMPOUNDING.has(lang) && f.length >= 7) {
    // Slavic words end in long inflections that look like stems ("-ческие" is no Czech): only
    // long stems of common words there.
    const heads = lang === 'de' || lang === 'nl' ? compoundHeadConcepts(f) : compoundHeadConcepts(f, 6, false);
    if (heads.length > 0) concepts = [...new Set([...concepts, ...heads])];
  }
  // Cyrillic х also writes the Spanish x (Техас → Texas, Мехико → Mexico).
  if (f.includes('kh') && /[\u0400-\u04ff]/.test(text)) for (const x of stems(f.replace(/kh/g, 'ks'), lang)) st.push(x);
  forms = {
    f,
    sks: st.map(skeleton),
    stems: st,
    concepts,
    multi: opensMultiword(f),
    common: isCommonCapital(f, lang),
    first: st.some(isFirstName),
    place: concepts.some(isPlaceConcept),
    germanNoun: lang === 'de' && isGermanNoun(f),
    englishWord: lang === 'en' && (isEnglishCommon(f) || isEnglishConceptWord(f) || isFrequentEnglish(f)),
  };
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

/** Per UTF-16 code unit: 0 not yet known, 1 word character, 2 capital letter (also a word character), 3 neither. */
const CHAR_CLASS = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const UPPER_CHAR = /\p{Lu}/u;

function charClass(c: number): number {
  let k = CHAR_CLASS[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = UPPER_CHAR.test(ch) ? 2 : WORD_CHAR.test(ch) ? 1 : 3;
    CHAR_CLASS[c] = k;
  }
  return k;
}

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return charClass(c) <= 2;
}

/** Apostrophes and hyphens inside a word ("don't", "al-Kazimi"). */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011;
}

const OPENING = new Set([0x201c, 0x201e, 0xab, 0x2039, 0x28, 0x5b, 0x300c, 0x300e, 0x3a, 0x2014]);

/** Words by a hash of their characters, per language: found again without cutting them out of the text. */
const BY_HASH = new Map<string, Map<number, { word: string; parts: Part[] }[]>>();
let hashed = 0;

/** partsOf(text.slice(a, b)), without the slice for a word seen before. */
function partsAt(text: string, a: number, b: number, lang: string): Part[] {
  let h = b - a;
  for (let i = a; i < b; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  let byLang = BY_HASH.get(lang);
  if (!byLang) BY_HASH.set(lang, (byLang = new Map()));
  let bucket = byLang.get(h);
  if (bucket) {
    for (const e of bucket) if (e.word.length === b - a && text.startsWith(e.word, a)) return e.parts;
  } else {
    if (hashed > 200000) {
      byLang.clear();
      hashed = 0;
    }
    byLang.set(h, (bucket = []));
  }
  const word = text.slice(a, b);
  const parts = partsOf(word, lang);
  bucket.push({ word, parts });
  hashed++;
  return parts;
}

/** The capitalised name tokens of a text; `sentences` in order, relative to the text. */
export function capTokens(text: string, sentences: { start: number }[], lang: string): NameToken[] {
  const out: NameToken[] = [];
  let si = 0;
  let sentence = 0;
  const n = text.length;
  for (let at = 0; at < n; at++) {
    const code = text.charCodeAt(at);
    // Lower-case letters, spaces and punctuation: the bulk of any text, passed over at once.
    if (code < 65 || (code > 90 && code < 128) || (code >= 128 && charClass(code) !== 2)) continue;
    // The whole word around this capital.
    let a = at;
    while (a > 0 && (isWordChar(text.charCodeAt(a - 1)) || (isJoiner(text.charCodeAt(a - 1)) && a > 1 && isWordChar(text.charCodeAt(a - 2))))) a--;
    let b = at + 1;
    while (b < n && (isWordChar(text.charCodeAt(b)) || (isJoiner(text.charCodeAt(b)) && b + 1 < n && isWordChar(text.charCodeAt(b + 1))))) b++;
    at = b;
    while (si < sentences.length && sentences[si].start <= a) sentence = sentences[si++].start;
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
    const parts = partsAt(text, a, b, lang);
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i];
      if (!p.cap) continue;
      const start = a + p.offset;
      // Whether it is quoted is left to whoever asks (quotedTitle): few do.
      out.push(new NameToken(start, start + p.text.length, initial && !p.joined, false, p));
    }
  }
  return out;
}
