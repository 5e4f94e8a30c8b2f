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

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011][\p{L}\p{M}\p{N}]+)*/gu;
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

export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    const norm = normWord(raw);
    const first = raw.charAt(0);
    const cap = first !== first.toLowerCase();
    out.push({
      start: m.index,
      end: m.index + raw.length,
      text: raw,
      norm,
      fold: foldWord(norm),
      cap,
      upper: cap && raw.length > 1 && raw === raw.toUpperCase() && raw !== raw.toLowerCase(),
    });
  }
  return out;
}
