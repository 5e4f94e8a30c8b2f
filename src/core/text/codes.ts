// Alphanumeric designations ("RM-1", "F-16", "MH17", "COVID-19", "H1N1", "CO₂"): a token that
// starts with a Latin letter and holds an upper-case Latin letter and a digit, its parts joined
// by hyphens. Read by folding each character to ASCII (full-width forms, subscript digits), so
// "ＣＯ２", "CO₂" and "CO2" give one key; the key is the upper-case letters and digits alone, so
// "F-16", "F16" and "f‑16" give one key too.

export interface Code {
  /** Span of the code in the text read. */
  start: number;
  end: number;
  /** Upper-case ASCII letters and digits only: "F-16" → "F16". */
  key: string;
  /** The digit groups, joined by '.': "H1N1" → "1.1". */
  digits: string;
  /** How many letters the key has. */
  letters: number;
}

/** Letter or digit folded to ASCII (upper case), or 0. NFKC for full-width forms and subscripts. */
function fold(c: number): number {
  if (c >= 48 && c <= 57) return c;
  if (c >= 65 && c <= 90) return c;
  if (c >= 97 && c <= 122) return c - 32;
  if (c < 0x2080) return 0;
  if (c <= 0x2089) return 48 + c - 0x2080;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xfee0;
  if (c >= 0xff21 && c <= 0xff3a) return c - 0xfee0;
  if (c >= 0xff41 && c <= 0xff5a) return c - 0xfee0 - 32;
  return 0;
}

const isUpper = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 0xff21 && c <= 0xff3a);
const isDigit = (k: number): boolean => k >= 48 && k <= 57;

/** Hyphens that join the parts of one code (the hyphen-minus, U+2010/2011/2012, full-width). */
function isJoiner(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2012 || c === 0xff0d;
}
const EN_DASH = 0x2013;

/**
 * A neighbour that makes an ASCII run part of a longer word: a letter of an alphabetic script
 * ("Су-27", "Fälle"), a mark, or a digit of any script. Ideographs, kana, Hangul and the like
 * sit next to Latin codes without a space ("采用A320客机") and do not.
 */
const WORD_NEIGHBOUR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}\p{M}\p{N}]/u;

/** Quick test before any reading: a Latin letter followed by a digit, perhaps across a hyphen. */
const HINT = /[A-Za-z\uff21-\uff3a\uff41-\uff5a][-\u2010-\u2013\uff0d]?[0-9\u2080-\u2089\uff10-\uff19]/;

export function mayHaveCode(text: string): boolean {
  return HINT.test(text);
}

/** The text's letters and digits folded to upper-case ASCII, hyphens and spaces dropped, anything else a '|'. */
export function looseKey(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = fold(c);
    if (k) out += String.fromCharCode(k);
    else if (isJoiner(c) || c === EN_DASH || c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009) continue;
    else if (out.length && out.charCodeAt(out.length - 1) !== 124) out += '|';
  }
  return out;
}

interface Part {
  start: number;
  end: number;
}

/**
 * Every code in the text. A chain of hyphen-joined parts gives one code per part that can start
 * it ("Typ-RM-1" gives "Typ-RM-1" and "RM-1"), each ending at the chain's last part with a digit
 * (German "COVID-19-Pandemie" → "COVID-19"). `variants` groups the codes of one chain.
 */
export function readCodes(text: string): Code[][] {
  const out: Code[][] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!fold(text.charCodeAt(i))) {
      i++;
      continue;
    }
    // One chain of parts.
    const parts: Part[] = [];
    let p = i;
    for (;;) {
      let e = p;
      while (e < n && fold(text.charCodeAt(e))) e++;
      parts.push({ start: p, end: e });
      if (e + 1 >= n) {
        p = e;
        break;
      }
      const j = text.charCodeAt(e);
      const next = fold(text.charCodeAt(e + 1));
      // An en dash joins only a letter to a digit ("F–16"); between codes it is a range.
      const joins = next !== 0 && (isJoiner(j) || (j === EN_DASH && !isDigit(fold(text.charCodeAt(e - 1))) && isDigit(next)));
      if (!joins) {
        p = e;
        break;
      }
      p = e + 1;
    }
    i = p;
    let first = 0;
    let last = parts.length - 1;
    if (parts[0].start > 0 && WORD_NEIGHBOUR.test(text[parts[0].start - 1])) first++;
    if (parts[last].end < n && WORD_NEIGHBOUR.test(text[parts[last].end])) last--;
    // The chain's last part with a digit ends every code of it.
    while (last >= first && !hasDigit(text, parts[last])) last--;
    if (last < first) continue;
    const variants: Code[] = [];
    for (let s = first; s <= last; s++) {
      const c0 = fold(text.charCodeAt(parts[s].start));
      if (isDigit(c0)) continue;
      const code = makeCode(text, parts[s].start, parts[last].end);
      if (code) variants.push(code);
    }
    if (variants.length) out.push(variants);
  }
  return out;
}

function hasDigit(text: string, part: Part): boolean {
  for (let k = part.start; k < part.end; k++) if (isDigit(fold(text.charCodeAt(k)))) return true;
  return false;
}

function makeCode(text: string, start: number, end: number): Code | null {
  let key = '';
  let digits = '';
  let letters = 0;
  let upper = false;
  let inDigits = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    const f = fold(c);
    if (!f) {
      inDigits = false;
      continue;
    }
    key += String.fromCharCode(f);
    if (isDigit(f)) {
      if (!inDigits && digits) digits += '.';
      digits += String.fromCharCode(f);
      inDigits = true;
    } else {
      inDigits = false;
      letters++;
      if (isUpper(c)) upper = true;
    }
  }
  return upper && digits ? { start, end, key, digits, letters } : null;
}
