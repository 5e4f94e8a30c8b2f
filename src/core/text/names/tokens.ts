// Name tokens: the words of a text as the name checks see them, from the shared word runs. Elided
// articles come off ("l'Alliance" → "Alliance", "dell'Unione" → "Unione"), so does the English
// possessive ("Iran's" → "Iran"), and hyphenated words split into their parts ("al-Kazimi",
// "US-Präsident", "Dingolfing-Landau"), each part with its own capital. Spelling forms (fold,
// skeleton, stems, concepts) are computed once per written form and language.
import type { Word } from '../word-runs';
import { fold, skeleton, stems } from './fold';
import { compoundHeadConcepts, conceptsOf } from './concepts';

export interface Forms {
  /** Folded (lower-case ASCII) form. */
  f: string;
  /** Skeleton of the folded form and of each stem (the folded form's first). */
  sks: string[];
  /** Folded form and its stems under the language's inflection. */
  stems: string[];
  /** Concepts (name-building words, exonyms) the word reaches. */
  concepts: number[];
}

export interface NameToken {
  start: number;
  end: number;
  text: string;
  /** First letter is a capital / the whole token is in capitals (two letters or more). */
  cap: boolean;
  upper: boolean;
  /** Opens a sentence (or follows an opening quote, bracket or colon). */
  initial: boolean;
  /** Contains a digit. */
  digit: boolean;
  /** Written in a script other than Latin, Cyrillic or Greek: no capitals to read. */
  caseless: boolean;
  /** Cyrillic or Greek. */
  nonLatin: boolean;
  /** Inside quotation marks or brackets. */
  quoted: boolean;
  /** Part of a hyphenated word after the first part. */
  joined: boolean;
  forms: Forms;
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
  forms = { f, sks: st.map(skeleton), stems: st, concepts };
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

function part(text: string, offset: number, joined: boolean, w: Word, lang: string, caseless: boolean): Part {
  return {
    offset,
    text,
    cap: !caseless && isCap(text),
    upper: !caseless && isAcronym(text),
    digit: w.digit && DIGIT.test(text),
    caseless,
    nonLatin: w.script !== 'latin',
    joined,
    forms: formsOf(text, lang),
  };
}

function partsOf(w: Word, lang: string): Part[] {
  let byLang = PARTS.get(lang);
  if (!byLang) PARTS.set(lang, (byLang = new Map()));
  const seen = byLang.get(w.text);
  if (seen) return seen;
  const out: Part[] = [];
  if (w.script !== 'latin' && w.script !== 'cyrillic' && w.script !== 'greek') {
    if (w.script !== 'other') out.push(part(w.text, 0, false, w, lang, true));
  } else {
    let text = w.text;
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
        if (piece.length > 0) out.push(part(piece, at, !first, w, lang, false));
        at += piece.length + 1;
        first = false;
      }
    } else if (text.length > 0) out.push(part(text, offset, false, w, lang, false));
  }
  if (byLang.size > 100000) byLang.clear();
  byLang.set(w.text, out);
  return out;
}

/** Name tokens of a text from its word runs. */
export function nameTokens(ws: Word[], lang: string): NameToken[] {
  const out: NameToken[] = [];
  for (const w of ws) {
    for (const p of partsOf(w, lang)) {
      const start = w.start + p.offset;
      out.push({
        start,
        end: start + p.text.length,
        text: p.text,
        cap: p.cap,
        upper: p.upper,
        initial: w.initial && !p.joined,
        quoted: w.quoted,
        digit: p.digit,
        caseless: p.caseless,
        nonLatin: p.nonLatin,
        joined: p.joined,
        forms: p.forms,
      });
    }
  }
  return out;
}
