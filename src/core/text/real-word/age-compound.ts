// An age or a span of time written as one compound ("a 19-year-old", "a two-week-long strike",
// "a 12-hour-old foal") names its unit between the number and "old" or "long". A letter lost there
// can leave a real word ("19-yer-old", "5-ear-old", "a 3-wee-old") that the dictionary accepts and
// that the real-word check, which leaves the parts of compounds alone, would not judge; in this
// frame only a unit fits, so no model is needed.
import { isDigit, isLetter } from './tokens';
import { oneLetterShorter } from './model';

const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second', 'decade', 'century'];

/** Each unit, singular and plural, under every word it leaves when one of its letters is lost. */
const SHORTENED = new Map<string, string>();
for (const unit of UNITS.flatMap((u) => [u, u === 'century' ? 'centuries' : `${u}s`])) {
  for (const short of oneLetterShorter(unit)) if (!SHORTENED.has(short)) SHORTENED.set(short, unit);
}
for (const unit of UNITS) SHORTENED.delete(unit); // "years" less its s is a unit already

/** Number words that open such a compound ("a two-year-old", "a twenty-five-year-old"). */
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand half several few many multi'.split(' '),
);
const TAILS = new Set(['old', 'long']);

function hyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/**
 * The unit the lower-case word at [start, end) stands for, when it is the middle of an age
 * compound and is one letter short of a unit; null otherwise.
 */
export function ageUnit(text: string, start: number, end: number): string | null {
  if (start < 2 || !hyphen(text.charCodeAt(start - 1)) || !hyphen(text.charCodeAt(end))) return null;
  const unit = SHORTENED.get(text.slice(start, end));
  if (!unit) return null;
  // The tail: "old" or "long", as a whole word.
  let e = end + 1;
  while (e < text.length && isLetter(text.charCodeAt(e))) e++;
  if (!TAILS.has(text.slice(end + 1, e).toLowerCase()) || (e < text.length && hyphen(text.charCodeAt(e)))) return null;
  // The number: digits, or a number word.
  let s = start - 1;
  if (isDigit(text.charCodeAt(s - 1))) {
    while (s > 0 && isDigit(text.charCodeAt(s - 1))) s--;
    return s === 0 || !isLetter(text.charCodeAt(s - 1)) ? unit : null;
  }
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  return NUMBER_WORDS.has(text.slice(s, start - 1).toLowerCase()) ? unit : null;
}
