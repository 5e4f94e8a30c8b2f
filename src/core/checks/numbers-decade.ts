// A decade named inside its century on one side ("in den 50ern des 19. Jahrhunderts", "los años
// 50 del siglo XIX") and as one year on the other ("the 1850s"): three numbers that are one
// quantity. Paired before anything is reported, so neither the century nor the decade is taken
// for a number the translation dropped.
import type { NumberToken } from '../text/numbers';

const value = (t: NumberToken): number => t.readings[0]?.value ?? NaN;

/** A decade inside a century: 10, 20 ... 90 ("50ern", "años 50", "'50"). */
function isDecade(t: NumberToken): boolean {
  const v = value(t);
  return v >= 10 && v <= 90 && v % 10 === 0;
}

/** A century by its number: 1 to 21 ("19.", "XIX", "19th"). */
function isCentury(t: NumberToken): boolean {
  const v = value(t);
  return Number.isInteger(v) && v >= 1 && v <= 21;
}

/** A decade as a year: 1850, 1960 (written "1850s" or "1850's"). */
function isDecadeYear(t: NumberToken): boolean {
  const v = value(t);
  return Number.isInteger(v) && v >= 1000 && v < 2100 && v % 10 === 0;
}

/**
 * Removes from `years` and from `parts` every decade year matched by a century and a decade of
 * the other side ((century − 1) × 100 + decade = year). Both lists are changed in place.
 */
export function pairDecades(years: NumberToken[], parts: NumberToken[]): void {
  for (let y = years.length - 1; y >= 0; y--) {
    if (!isDecadeYear(years[y])) continue;
    const pair = centuryAndDecade(parts, value(years[y]));
    if (!pair) continue;
    const [first, second] = pair[0] > pair[1] ? pair : [pair[1], pair[0]];
    parts.splice(first, 1);
    parts.splice(second, 1);
    years.splice(y, 1);
  }
}

/** The first decade of `parts` with a century that makes `year` of it, as [decade, century] indices. */
function centuryAndDecade(parts: NumberToken[], year: number): [number, number] | null {
  for (let d = 0; d < parts.length; d++) {
    if (!isDecade(parts[d])) continue;
    for (let c = 0; c < parts.length; c++) {
      if (c !== d && isCentury(parts[c]) && (value(parts[c]) - 1) * 100 + value(parts[d]) === year) return [d, c];
    }
  }
  return null;
}
