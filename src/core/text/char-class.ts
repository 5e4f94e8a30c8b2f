// Unicode character classes by lookup rather than by regular expression: the tokenisers and
// counters run over every character of a book, and a table read is far cheaper than a match.
// Each class is a /^[...]$/u test, asked once per UTF-16 unit (or astral code point) seen.

export interface CharClass {
  /** UTF-16 length of the class member at `i` (2 for an astral one), 0 when there is none. */
  at(text: string, i: number): number;
}

export function charClass(test: RegExp): CharClass {
  // 1 = member, 2 = not, 0 = not looked at yet.
  const bmp = new Uint8Array(0x10000);
  const astral = new Map<number, boolean>();
  for (let c = 0; c < 128; c++) bmp[c] = test.test(String.fromCharCode(c)) ? 1 : 2;
  return {
    at(text: string, i: number): number {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const cp = text.codePointAt(i) as number;
        if (cp > 0xffff) {
          let known = astral.get(cp);
          if (known === undefined) {
            known = test.test(String.fromCodePoint(cp));
            astral.set(cp, known);
          }
          return known ? 2 : 0;
        }
      }
      let k = bmp[c];
      if (k === 0) {
        k = test.test(String.fromCharCode(c)) ? 1 : 2;
        bmp[c] = k;
      }
      return k === 1 ? 1 : 0;
    },
  };
}

/** Letters and digits (\p{L}\p{N}). */
export const LETTER_OR_NUMBER = charClass(/^[\p{L}\p{N}]$/u);
