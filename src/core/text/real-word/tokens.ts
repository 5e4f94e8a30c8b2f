// Tokens as the real-word check sees them around a word: words with their inner apostrophes and
// hyphens, numbers, single marks; spaces skipped. Char-code tests, no regular expressions: they
// run for every word of the text.

export function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Apostrophes and hyphens inside a word ("don't", "19-year-old"). */
export function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011;
}

/** Marks that tie a word to code, a formula or an address: / @ _ * # = + < > | ~ ^ \\ */
export function glued(c: number): boolean {
  return c === 47 || c === 64 || c === 95 || c === 42 || c === 35 || c === 61 || c === 43 || c === 60 || c === 62 || c === 124 || c === 126 || c === 94 || c === 92;
}

export interface Token {
  start: number;
  end: number;
}

/** The token ending just before `at` (spaces skipped), or null at the start. */
export function tokenBefore(text: string, at: number): Token | null {
  let i = at;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  if (i === 0) return null;
  const end = i;
  const c = text.charCodeAt(i - 1);
  if (!isLetter(c) && !isDigit(c)) return { start: i - 1, end };
  while (i > 0) {
    const p = text.charCodeAt(i - 1);
    if (isLetter(p) || isDigit(p) || (isJoiner(p) && i > 1 && (isLetter(text.charCodeAt(i - 2)) || isDigit(text.charCodeAt(i - 2))))) i--;
    else break;
  }
  return { start: i, end };
}

/** The token starting at or after `at` (spaces skipped), or null at the end. */
export function tokenAfter(text: string, at: number): Token | null {
  let i = at;
  const n = text.length;
  while (i < n && isSpace(text.charCodeAt(i))) i++;
  if (i === n) return null;
  const start = i;
  const c = text.charCodeAt(i);
  if (!isLetter(c) && !isDigit(c)) return { start, end: i + 1 };
  while (i < n) {
    const p = text.charCodeAt(i);
    if (isLetter(p) || isDigit(p) || (isJoiner(p) && i + 1 < n && (isLetter(text.charCodeAt(i + 1)) || isDigit(text.charCodeAt(i + 1))))) i++;
    else break;
  }
  return { start, end: i };
}
