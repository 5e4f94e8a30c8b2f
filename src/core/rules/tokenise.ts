// Words with their exact offsets, for the rule-pack matcher. A word is a run of letters, marks
// and digits, with inner hyphens kept ("sit-in", "al-Kazimi"); apostrophes split ("l'Iran" →
// "l", "Iran"; "Iran's" → "Iran", "s"), so patterns and texts cut the same way in any language.

export interface Token {
  /** Offsets into the tokenised string, half-open UTF-16. */
  start: number;
  end: number;
  /** The characters as written. */
  text: string;
  /** Comparison form: NFC, lower case, ligatures opened (œ → oe), hyphens unified. */
  norm: string;
  /** `norm` without diacritics (the same string when there were none). */
  fold: string;
  /** Written with a capital first letter / entirely in capitals (two letters or more). */
  cap: boolean;
  upper: boolean;
}

const NON_ASCII = /[^\x00-\x7f]/;
const HYPHENS = /[\u2010\u2011]/g;

/** Lower case, NFC, œ/æ opened, hyphen variants unified: the form literals are compared in. */
export function normWord(word: string): string {
  const w = word.toLowerCase();
  if (!NON_ASCII.test(w)) return w;
  return unify(w.normalize('NFC'));
}

/** normWord's last steps, on a word already in lower case and NFC. */
function unify(lowerNfc: string): string {
  if (!NON_ASCII.test(lowerNfc)) return lowerNfc;
  // Most accented words have no special hyphen: no replacement to make.
  let w = lowerNfc.includes('\u2010') || lowerNfc.includes('\u2011') ? lowerNfc.replace(HYPHENS, '-') : lowerNfc;
  if (w.includes('œ')) w = w.replace(/œ/g, 'oe');
  if (w.includes('æ')) w = w.replace(/æ/g, 'ae');
  return w;
}

/** A normalised word without its diacritics: 'piégé' → 'piege'. */
export function foldWord(norm: string): string {
  if (!NON_ASCII.test(norm)) return norm;
  let fold = FOLDS.get(norm);
  if (fold === undefined) {
    fold = norm.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
    if (FOLDS.size >= FOLD_LIMIT) FOLDS.clear();
    FOLDS.set(norm, fold);
  }
  return fold;
}

/** Folded forms by word: three Unicode passes per accented word, and words repeat. */
const FOLDS = new Map<string, string>();
const FOLD_LIMIT = 50000;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const charClass = new Map<number, boolean>();

/** Length (1 or 2 UTF-16 units) of the word character at i, or 0 when it is not one. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  const cp = text.codePointAt(i) as number;
  let known = charClass.get(cp);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(cp));
    charClass.set(cp, known);
  }
  return known ? (cp > 0xffff ? 2 : 1) : 0;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** One token of `raw` (a run of word characters and inner hyphens) at `start`, as tokenise makes it. */
function token(raw: string, start: number): Token {
  let ascii = true;
  let hasUpper = false;
  let hasLower = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) hasUpper = true;
    else if (c >= 97 && c <= 122) hasLower = true;
    else if (c >= 128) {
      ascii = false;
      break;
    }
  }
  const end = start + raw.length;
  if (ascii) {
    const norm = hasUpper ? raw.toLowerCase() : raw;
    const c = raw.charCodeAt(0);
    const cap = c >= 65 && c <= 90;
    return { start, end, text: raw, norm, fold: norm, cap, upper: cap && raw.length > 1 && !hasLower };
  }
  const lower = raw.toLowerCase();
  const norm = normWord(raw);
  const c = raw.charCodeAt(0);
  const cap = c >= 65 && c <= 90 ? true : c < 128 ? false : raw.charAt(0) !== lower.charAt(0);
  return {
    start,
    end,
    text: raw,
    norm,
    fold: foldWord(norm),
    cap,
    upper: cap && raw.length > 1 && raw !== lower && raw === raw.toUpperCase(),
  };
}

/**
 * The tokens of a text from its words as text/word-runs.ts cuts them (the words every check
 * shares): a word is a token unless apostrophes join pieces of it ("l'Iran", "Iran's"), which
 * are tokens of their own. The same list as tokenise(text), without reading the text again.
 */
export function tokensFromWords(words: ReadonlyArray<{ start: number; end: number; text: string; lower: string; cap: boolean }>): Token[] {
  const out: Token[] = [];
  for (const w of words) {
    const raw = w.text;
    let ascii = true;
    let hasLower = false;
    let apostrophe = false;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c >= 97 && c <= 122) hasLower = true;
      else if (c === 0x27 || c === 0x2019) apostrophe = true;
      else if (c >= 128) ascii = false;
    }
    if (!apostrophe) {
      // One token, the word itself: its lower case is already there (word-runs lower-cases with
      // NFC, as normWord does), and its capital is the tokeniser's (the first letter's case).
      if (ascii) {
        out.push({ start: w.start, end: w.end, text: raw, norm: w.lower, fold: w.lower, cap: w.cap, upper: w.cap && raw.length > 1 && !hasLower });
      } else {
        const norm = unify(w.lower);
        out.push({
          start: w.start,
          end: w.end,
          text: raw,
          norm,
          fold: foldWord(norm),
          cap: w.cap,
          upper: w.cap && raw.length > 1 && raw !== raw.toLowerCase() && raw === raw.toUpperCase(),
        });
      }
      continue;
    }
    let from = 0;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c !== 0x27 && c !== 0x2019) continue;
      out.push(token(raw.slice(from, i), w.start + from));
      from = i + 1;
    }
    out.push(token(raw.slice(from), w.start + from));
  }
  return out;
}

export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = wordCharAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    // Case and ASCII-ness noted on the way, so a plain ASCII word needs no further pass.
    let ascii = true;
    let hasUpper = false;
    let hasLower = false;
    for (;;) {
      if (w > 0) {
        const c = text.charCodeAt(i);
        if (c >= 65 && c <= 90) hasUpper = true;
        else if (c >= 97 && c <= 122) hasLower = true;
        else if (c >= 128) ascii = false;
        i += w;
      } else if (i + 1 < n && isHyphen(text.charCodeAt(i)) && wordCharAt(text, i + 1) > 0) {
        if (text.charCodeAt(i) >= 128) ascii = false;
        i++;
      } else break;
      w = i < n ? wordCharAt(text, i) : 0;
    }
    const raw = text.slice(start, i);
    if (ascii) {
      const norm = hasUpper ? raw.toLowerCase() : raw;
      const c = raw.charCodeAt(0);
      const cap = c >= 65 && c <= 90;
      out.push({ start, end: i, text: raw, norm, fold: norm, cap, upper: cap && raw.length > 1 && !hasLower });
      continue;
    }
    const lower = raw.toLowerCase();
    const norm = normWord(raw);
    const c = raw.charCodeAt(0);
    const cap = c >= 65 && c <= 90 ? true : c < 128 ? false : raw.charAt(0) !== lower.charAt(0);
    out.push({
      start,
      end: i,
      text: raw,
      norm,
      fold: foldWord(norm),
      cap,
      upper: cap && raw.length > 1 && raw !== lower && raw === raw.toUpperCase(),
    });
  }
  return out;
}
