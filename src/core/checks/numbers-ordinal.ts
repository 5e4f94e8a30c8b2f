// An English ordinal whose suffix lost a letter: "from 20t to 22nd", "in the 8h minute". The
// number itself is right, so the value comparison of the numbers check passes it; this part
// reads the letter after the digits instead. One letter of the right suffix is not proof enough
// on its own ("20t" is twenty tonnes, "8h" eight hours, "1s" one second), so a
// context must show an ordinal: the source writes that number as one ("20.", "20º", "20e",
// "20-й", "第20"), another ordinal stands beside it ("20t to 22nd"), or, for a letter no unit
// has ("22n", "3r"), "the" before it and a noun after it. "2d" and "3d" are left alone: they are
// the style of US government and legal text ("on the 1st and 2d of November"), not a slip.
import type { Report, SegmentView } from './check';
import { isFunctionWord } from './stray-punctuation-words';

/** The suffix an English ordinal takes: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

/** Letters that are also unit symbols after a number: tonnes, hours, seconds. */
const UNIT_LETTERS = 'ths';

/** A number, then one lower-case letter of an ordinal suffix, then no letter or digit. */
const CUT = /(?<![\p{L}\p{N}.,])(\d{1,4})([thsnr])(?![\p{L}\p{N}])/gu;
/** A whole English ordinal in digits. */
const FULL = /(?<![\p{L}\p{N}])\d{1,4}(?:st|nd|rd|th)(?![\p{L}\p{N}])/u;
/** How far, in characters, a sibling ordinal may stand: "from 20t to 22nd", "the 3r and 4th". */
const SIBLING_REACH = 16;

/**
 * The ways source languages mark an ordinal right after its digits: "20. Oktober" (German,
 * Slavic, Nordic, Hungarian, Turkish), "20º"/"20ª"/"20°"/"20.º" (Romance), "20e"/"20ème"/"1er"
 * (French), "20ste"/"20de" (Dutch), "20:e" (Swedish), "20-й"/"20-го" (Russian, Ukrainian).
 */
const SOURCE_MARK = /^(?:\.\s+\p{L}|\.?[ºª°]|(?:e|è|ème|eme|er|re|ère|nd|nde|de|ste)(?!\p{L})|:[ea](?!\p{L})|[-\u2011]\p{Script=Cyrillic}{1,3}(?!\p{L}))/u;
/** Chinese, Japanese and Korean put the ordinal mark before the number. */
const SOURCE_PREFIX = /[第제]\s?$/u;
const NUMBER_CHAR = /[\p{N}.,]/u;
const DIGIT = /\p{N}/u;
const THE_BEFORE = /(?:^|\s)the\s+$/i;
const WORD_AFTER = /^\s+([a-z]+)/;

/** The source writes the number as an ordinal somewhere. */
function sourceOrdinal(source: string, digits: string): boolean {
  for (let at = source.indexOf(digits); at >= 0; at = source.indexOf(digits, at + 1)) {
    const end = at + digits.length;
    // Part of a bigger number: "120", "3,20", "20.5".
    if ((at > 0 && NUMBER_CHAR.test(source[at - 1])) || (end < source.length && DIGIT.test(source[end]))) continue;
    if (SOURCE_PREFIX.test(source.slice(Math.max(0, at - 2), at)) || SOURCE_MARK.test(source.slice(end, end + 6))) return true;
  }
  return false;
}

/** "the 22n place", "for the 3r time": an article before, a word after. */
function ordinalSlot(target: string, start: number, end: number): boolean {
  if (!THE_BEFORE.test(target.slice(Math.max(0, start - 5), start))) return false;
  const next = WORD_AFTER.exec(target.slice(end, end + 24));
  return next !== null && !isFunctionWord(next[1]);
}

/** Reports for English ordinals that lost a letter of their suffix, with the whole suffix as the fix. */
export function ordinalSlips(view: SegmentView): Report[] {
  const target = view.target;
  const out: Report[] = [];
  CUT.lastIndex = 0;
  for (let m = CUT.exec(target); m !== null; m = CUT.exec(target)) {
    const n = Number(m[1]);
    const suffix = ordinalSuffix(n);
    if (!suffix.includes(m[2])) continue;
    const start = m.index;
    const end = start + m[0].length;
    const near = target.slice(Math.max(0, start - SIBLING_REACH), start) + ' ' + target.slice(end, end + SIBLING_REACH);
    const proven = sourceOrdinal(view.source, m[1]) || FULL.test(near);
    if (!proven && (UNIT_LETTERS.includes(m[2]) || !ordinalSlot(target, start, end))) continue;
    out.push({
      messageId: 'ordinalSuffix',
      data: { target: m[0], suggestion: `${m[1]}${suffix}` },
      target: { start, end },
      suggestions: [{ text: `${m[1]}${suffix}` }],
      severity: 'minor',
      category: 'fluency/spelling',
    });
  }
  return out;
}
