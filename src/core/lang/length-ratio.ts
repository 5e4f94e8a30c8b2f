// How many characters a language spends on the same content, relative to English, for the
// length-ratio checks (omission, addition). Calibrated on news translations: German text runs
// about 1.13x its English, Czech about 0.94x, Chinese about a third.
import { LETTER_OR_NUMBER } from '../text/char-class';

const CHAR_WEIGHT: Record<string, number> = {
  en: 1, de: 1.13, nl: 1.1, fr: 1.15, es: 1.12, it: 1.13, pt: 1.1, ro: 1.1, ca: 1.1,
  pl: 1.0, cs: 0.94, sk: 0.95, sl: 0.95, hr: 0.95, sr: 0.95, bg: 1.02, ru: 1.02, uk: 1.0,
  sv: 1.0, da: 1.0, no: 1.0, nb: 1.0, fi: 1.05, et: 0.98, lv: 1.0, lt: 1.0, hu: 1.08, tr: 1.02, el: 1.12,
  ar: 0.85, he: 0.75, fa: 0.9, hi: 1.0, bn: 0.95, th: 0.95, vi: 1.1, id: 1.12, ms: 1.12,
  zh: 0.3, ja: 0.42, ko: 0.45,
};

/** Expected target/source length ratio for a pair, or null when either language is unknown. */
export function expectedRatio(from: string, to: string): number | null {
  const a = CHAR_WEIGHT[from];
  const b = CHAR_WEIGHT[to];
  return a === undefined || b === undefined ? null : b / a;
}

/** LETTER_OR_NUMBER of an ASCII unit, by index: most units of most texts, without the call. */
const ASCII_CONTENT = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CONTENT[c] = LETTER_OR_NUMBER.at(String.fromCharCode(c), 0);

/** Content length: letters and digits only, so punctuation and spacing do not count. */
export function contentLength(text: string): number {
  // UTF-16 units of the letters and digits, as text.replace(/[^\p{L}\p{N}]+/gu, '').length.
  let n = 0;
  let i = 0;
  const end = text.length;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      n += ASCII_CONTENT[c];
      i++;
      continue;
    }
    const w = LETTER_OR_NUMBER.at(text, i);
    if (w === 0) i++;
    else {
      n += w;
      i += w;
    }
  }
  return n;
}

/** Where a view keeps its sides' content lengths: a symbol no other code reads or writes. */
const LENGTHS = Symbol('content-length');

interface Carrier {
  source: string;
  target: string;
  [LENGTHS]?: { source: number; target: number };
}

/**
 * contentLength of a segment view's source and target, read once for the checks that compare
 * them (omission, addition) and kept on the view: a function of its own texts.
 */
export function viewContentLengths(view: { source: string; target: string }): { source: number; target: number } {
  const carrier = view as Carrier;
  let lengths = carrier[LENGTHS];
  if (lengths === undefined) {
    lengths = { source: contentLength(view.source), target: contentLength(view.target) };
    carrier[LENGTHS] = lengths;
  }
  return lengths;
}
