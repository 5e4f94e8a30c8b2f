// How long a translation is expected to be relative to its source, so that a length mismatch
// means the same thing in every language pair (Chinese needs a third of the characters English does).
import { baseLang } from '../format';

/**
 * Characters of English per character of the language, rough averages over news and
 * parliamentary parallel text. Only the pair's quotient matters, and a long document
 * corrects it with its own totals, so two digits are plenty.
 */
const ENGLISH_PER_CHAR: Record<string, number> = {
  en: 1,
  fr: 0.9, es: 0.9, it: 0.92, pt: 0.92, ca: 0.9, ro: 0.92, gl: 0.9,
  de: 0.88, nl: 0.9, sv: 0.97, da: 0.97, no: 0.97, nb: 0.97, nn: 0.97, is: 0.95,
  fi: 0.9, et: 0.95, hu: 0.9, lt: 0.95, lv: 0.95,
  pl: 0.92, cs: 0.97, sk: 0.97, sl: 0.98, hr: 1, bs: 1, sr: 1,
  ru: 0.92, uk: 0.95, be: 0.95, bg: 0.95, mk: 0.95, el: 0.88,
  tr: 0.95, az: 0.95, kk: 0.95,
  ar: 1.15, fa: 1.1, ur: 1.05, he: 1.25, yi: 1.1,
  hi: 1, bn: 1.05, mr: 1, ne: 1, ta: 0.85, te: 0.95, ml: 0.8, kn: 0.9, gu: 1, pa: 1,
  th: 1.1, vi: 0.95, id: 0.85, ms: 0.85, tl: 0.85, sw: 0.9,
  ka: 0.85, hy: 0.88,
  zh: 3.3, yue: 3.2, ja: 2.4, ko: 2.3,
};

/** English characters per character of `lang` (1 for a language not in the table). */
export function charWeight(lang: string): number {
  const base = baseLang(lang);
  // An own entry only: a language code is outside input, and "constructor" is no language.
  return Object.prototype.hasOwnProperty.call(ENGLISH_PER_CHAR, base) ? ENGLISH_PER_CHAR[base] : 1;
}

/** Expected target characters per source character for the pair. */
export function expectedRatio(from: string, to: string): number {
  return charWeight(from) / charWeight(to);
}

/** Below this many source characters a document's own ratio is mostly noise. */
const MIN_CALIBRATION_CHARS = 500;

/**
 * The pair's ratio pulled toward this document's observed total ratio, the more so the longer
 * the document. The observation is clamped because a target that lost half its text would
 * otherwise teach the aligner that half-length translations are normal.
 */
export function calibratedRatio(from: string, to: string, sourceChars: number, targetChars: number): number {
  const prior = expectedRatio(from, to);
  if (sourceChars < MIN_CALIBRATION_CHARS || targetChars === 0) return prior;
  const observed = Math.min(prior * 1.6, Math.max(prior / 1.6, targetChars / sourceChars));
  const trust = sourceChars / (sourceChars + 3000);
  return Math.exp((1 - trust) * Math.log(prior) + trust * Math.log(observed));
}

/**
 * Gale–Church variance (squared characters per character) in English units. Their 6.8 was
 * measured on human translation; machine translation keeps closer to its source, and lengths
 * vary more between distant writing systems.
 */
export function lengthVariance(from: string, to: string): number {
  return 5 * (1 + 0.3 * Math.abs(Math.log(expectedRatio(from, to))));
}
