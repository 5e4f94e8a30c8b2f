// Numbers survive translation but not their spelling: "272 000", "272,000", "272.000" and
// "２７２０００" are one number, and "3,5" is "3.5". Keys are the digits in ASCII.

/** Code points of the zero of each decimal-digit block worth reading (Latin, Arabic-Indic, Indic, Thai, full-width ...). */
const ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6,
  0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810, 0xff10,
];

function asciiDigit(ch: string): string {
  const c = ch.codePointAt(0) ?? 0x30;
  for (const z of ZEROS) if (c >= z && c < z + 10) return String(c - z);
  return String(c % 10);
}

const NUMBER = /\p{Nd}+(?:[.,\u00a0\u202f\u2009 '’\u066b\u066c]\p{Nd}+)*/gu;
const GROUP_SEPARATORS = /^[\u00a0\u202f\u2009 '’\u066c]$/;
const DIGIT = /\p{Nd}/u;

/**
 * Normalised numbers in a text. A separator followed by exactly three digits groups
 * thousands whatever the locale; any other comma or point is a decimal mark; a space before
 * anything but three digits separates two numbers ("en 2020 10 personnes").
 */
export function numberKeys(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const raw = m[0];
    let current = '';
    let decimal = false;
    let group = '';
    let sep = '';
    const flush = (): void => {
      if (current) out.push(trimZeros(current));
      current = '';
      decimal = false;
    };
    const take = (): void => {
      if (!current) current = group;
      else if (group.length === 3 && !decimal) current += group;
      else if (GROUP_SEPARATORS.test(sep) || decimal) {
        flush();
        current = group;
      } else {
        current += '.' + group;
        decimal = true;
      }
    };
    for (const ch of raw) {
      if (DIGIT.test(ch)) group += asciiDigit(ch);
      else {
        take();
        sep = ch;
        group = '';
      }
    }
    take();
    flush();
  }
  return out;
}

function trimZeros(n: string): string {
  const [int, frac] = n.split('.');
  const i = int.replace(/^0+(?=\d)/, '');
  return frac === undefined ? i : `${i}.${frac}`;
}
