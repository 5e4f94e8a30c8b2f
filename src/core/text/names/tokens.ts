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

/** Name tokens of a text from its word runs. */
export function nameTokens(ws: Word[], lang: string): NameToken[] {
  const out: NameToken[] = [];
  for (const w of ws) {
    if (w.script !== 'latin' && w.script !== 'cyrillic' && w.script !== 'greek') {
      if (w.script !== 'other') out.push(token(w.text, w.start, w, false, lang, true));
      continue;
    }
    let text = w.text;
    let start = w.start;
    const hasApos = text.includes("'") || text.includes('\u2019');
    if (hasApos) {
      const m = ELISION.exec(text);
      if (m && m[0].length < text.length && isCap(text.slice(m[0].length)) && (!isCap(text) || w.initial)) {
        start += m[0].length;
        text = text.slice(m[0].length);
      }
      const p = POSSESSIVE.exec(text);
      if (p && p.index > 0) text = text.slice(0, p.index);
    }
    if (text.length === 0) continue;
    if (text.includes('-') || text.includes('\u2010') || text.includes('\u2011')) {
      let at = 0;
      let first = true;
      for (const part of text.split(/[-\u2010\u2011]/)) {
        if (part.length > 0) out.push(token(part, start + at, w, !first, lang, false));
        at += part.length + 1;
        first = false;
      }
    } else out.push(token(text, start, w, false, lang, false));
  }
  return out;
}

function token(text: string, start: number, w: Word, joined: boolean, lang: string, caseless: boolean): NameToken {
  return {
    start,
    end: start + text.length,
    text,
    cap: !caseless && isCap(text),
    upper: !caseless && isAcronym(text),
    initial: w.initial && !joined,
    quoted: w.quoted,
    digit: w.digit && /\p{N}/u.test(text),
    caseless,
    nonLatin: w.script !== 'latin',
    joined,
    forms: formsOf(text, lang),
  };
}
