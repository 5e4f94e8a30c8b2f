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
  let w = word.toLowerCase();
  if (!NON_ASCII.test(w)) return w;
  w = w.normalize('NFC').replace(HYPHENS, '-');
  if (w.includes('œ')) w = w.replace(/œ/g, 'oe');
  if (w.includes('æ')) w = w.replace(/æ/g, 'ae');
  return w;
}

/** A normalised word without its diacritics: 'piégé' → 'piege'. */
export function foldWord(norm: string): string {
  if (!NON_ASCII.test(norm)) return norm;
  return norm.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

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
    i += w;
    for (;;) {
      w = i < n ? wordCharAt(text, i) : 0;
      if (w > 0) {
        i += w;
      } else if (i + 1 < n && isHyphen(text.charCodeAt(i)) && wordCharAt(text, i + 1) > 0) {
        i++;
      } else break;
    }
    const raw = text.slice(start, i);
    const lower = raw.toLowerCase();
    const ascii = !NON_ASCII.test(raw);
    const norm = ascii ? lower : normWord(raw);
    const c = raw.charCodeAt(0);
    const cap = c >= 65 && c <= 90 ? true : c < 128 ? false : raw.charAt(0) !== lower.charAt(0);
    out.push({
      start,
      end: i,
      text: raw,
      norm,
      fold: ascii ? norm : foldWord(norm),
      cap,
      upper: cap && raw.length > 1 && raw !== lower && raw === raw.toUpperCase(),
    });
  }
  return out;
}
