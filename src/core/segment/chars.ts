// Character classes the boundary rules ask about, as code-point tests: segmentation runs over
// whole books, so these avoid building strings for each character they look at.

/** Whitespace as String.prototype.trim sees it, plus the zero-width space MT output leaks. */
export function isSpace(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x85 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0xfeff
  );
}

/** Line and paragraph breaks; U+2029 is an explicit paragraph break and is told apart by the caller. */
export const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/g;

// Sentence terminals: Unicode's Sentence_Terminal (. ! ? 。 । ॥ ؟ ۔ ։ ...; Unicode 15.1, as Node 20
// has it) plus the ellipsis, written out as ranges. A regular expression over \p{Sentence_Terminal}
// is forty times slower than a table on text that is not Latin-1 (any text with a curly quote),
// and a fixed table keeps segmentation the same whatever Unicode version the host runs.
const TERMINAL_RANGES =
  '21 2e 3f 589 61d-61f 6d4 700-702 7f9 837 839 83d-83e 964-965 104a-104b 1362 1367-1368 166e 1735-1736 ' +
  '17d4-17d5 1803 1809 1944-1945 1aa8-1aab 1b4e-1b4f 1b5a-1b5b 1b5e-1b5f 1b7d-1b7f 1c3b-1c3c 1c7e-1c7f 2024 ' +
  '2026 203c-203d 2047-2049 2cf9-2cfb 2e2e 2e3c 2e53-2e54 3002 a4ff a60e-a60f a6f3 a6f7 a876-a877 a8ce-a8cf ' +
  'a92f a9c8-a9c9 aa5d-aa5f aaf0-aaf1 abeb fe12 fe15-fe16 fe52 fe56-fe57 ff01 ff0e ff1f ff61 10a56-10a57 ' +
  '10f55-10f59 10f86-10f89 11047-11048 110be-110c1 11141-11143 111c5-111c6 111cd 111de-111df 11238-11239 ' +
  '1123b-1123c 112a9 113d4-113d5 1144b-1144c 115c2-115c3 115c9-115d7 11641-11642 1173c-1173e 11944 11946 ' +
  '11a42-11a43 11a9b-11a9c 11c41-11c42 11ef7-11ef8 11f43-11f44 16a6e-16a6f 16af5 16b37-16b38 16b44 ' +
  '16d6e-16d6f 16e98 1bc9f 1da88';

const BMP_TERMINAL = new Uint8Array(0x10000);
const ASTRAL_TERMINAL = new Set<number>();
for (const range of TERMINAL_RANGES.split(' ')) {
  const [from, to = from] = range.split('-').map((h) => parseInt(h, 16));
  for (let c = from; c <= to; c++) {
    if (c < 0x10000) BMP_TERMINAL[c] = 1;
    else ASTRAL_TERMINAL.add(c);
  }
}

/** UTF-16 length of the sentence terminal at `i`, 0 when there is none. */
export function terminalWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return BMP_TERMINAL[c];
  return ASTRAL_TERMINAL.has(text.codePointAt(i) ?? 0) ? 2 : 0;
}

export function isTerminal(ch: string): boolean {
  return ch.length > 0 && terminalWidth(ch, 0) > 0;
}

// Quotes and brackets that may hang after a full stop, glued to it: any quote can close there.
const ATTACHED_CLOSERS = '"\'»«”“’‘›‹)]}」』）】〕〉》｣';
// After a space only these can close: « “ ‘ ‹ open a quote there in French and English.
const DETACHED_CLOSERS = '"\'»”’›)]}」』）】〕〉》｣';
const BRACKETS = ')]}」』）】〕〉》｣';
const OPENERS = '"\'«“„‘‚‹([{¿¡—–-「『（【〔〈《';

export function isAttachedCloser(c: number): boolean {
  // Inline-tag placeholders (private use, see core/bilingual.ts) stay with the sentence they follow.
  if (c >= 0xe000 && c <= 0xf8ff) return true;
  return ATTACHED_CLOSERS.indexOf(String.fromCharCode(c)) >= 0;
}

/** A quote or bracket at `i`, after a space, that closes the previous sentence rather than opening the next. */
export function closesAt(text: string, i: number, end: number): boolean {
  const ch = text[i];
  if (DETACHED_CLOSERS.indexOf(ch) < 0) return false;
  if (BRACKETS.indexOf(ch) >= 0) return true;
  // A quote mark closes when nothing word-like follows it: "bien. » Puis", "fine. ” He".
  if (i + 1 >= end) return true;
  const next = text.charCodeAt(i + 1);
  return isSpace(next) || ',;:.!?…)]'.indexOf(text[i + 1]) >= 0;
}

export function isOpener(c: number): boolean {
  return OPENERS.indexOf(String.fromCharCode(c)) >= 0;
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}|\p{Lt}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

function charAt(text: string, i: number): string {
  return String.fromCodePoint(text.codePointAt(i) ?? 0);
}

export function isLowerAt(text: string, i: number): boolean {
  return i < text.length && LOWER.test(charAt(text, i));
}
export function isUpperAt(text: string, i: number): boolean {
  return i < text.length && UPPER.test(charAt(text, i));
}
export function isLetterAt(text: string, i: number): boolean {
  return i < text.length && LETTER.test(charAt(text, i));
}
export function isDigitAt(text: string, i: number): boolean {
  return i < text.length && DIGIT.test(charAt(text, i));
}

const WORD = /[\p{L}\p{M}]+/uy;
/** The word starting at `i` ('' when none does). */
export function wordAt(text: string, i: number): string {
  WORD.lastIndex = i;
  const m = WORD.exec(text);
  return m ? m[0] : '';
}

/** Scripts with no space between sentences, where a full stop ends a sentence even when glued to the next. */
const GLUED_TERMINAL = /[。！？｡।॥؟۔։።፧᙮᠃᠉]/u;
export function endsGlued(ch: string): boolean {
  return GLUED_TERMINAL.test(ch);
}
