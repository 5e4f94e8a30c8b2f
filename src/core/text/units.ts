// Units of measure by dimension and system, so a number converted along with its unit
// ("120 feet" → "40 Meter", "115 Fahrenheit" → "43 Grad Celsius") is told from a changed one.
// Stems cover the languages the engine reads most (en, de, fr, es, it, pt, pl, cs, ru).
import type { Word } from './word-runs';

export type Dimension = 'length' | 'mass' | 'temperature' | 'volume' | 'area' | 'speed';
export type UnitSystem = 'imperial' | 'metric';

interface UnitClass {
  dimension: Dimension;
  system: UnitSystem;
  re: RegExp;
}

const UNITS: UnitClass[] = [
  { dimension: 'length', system: 'imperial', re: /^(?:foot|feet|ft|inch|inches|mile|miles|mi|yard|yards|yd|yds|fuß|fuss|zoll|meile\p{L}*|pied|pieds|pouce\p{L}*|pie|pies|pulgada\p{L}*|milla\p{L}*|piede|piedi|pollic\p{L}*|migli\p{L}*|stopa|stopy|stóp|cal|cale|cali|calach|mila|mil|milach|фут\p{L}*|дюйм\p{L}*|миля|мили|миль|милях)$/u },
  { dimension: 'length', system: 'metric', re: /^(?:m|cm|mm|km|(?:kilo|centi|zenti|milli|santi|санти|милли|кило)?(?:meter|metre|mètre|metro|metr|метр)\p{L}*)$/u },
  { dimension: 'mass', system: 'imperial', re: /^(?:pound|pounds|lb|lbs|ounce|ounces|oz|pfund|livre\p{L}*|libra\p{L}*|funt\p{L}*|фунт\p{L}*|унци\p{L}*)$/u },
  { dimension: 'mass', system: 'metric', re: /^(?:kg|(?:kilo)?(?:gram|gramm|gramme|grammo|grammi|gramo|grama|грамм|грам)\p{L}*|kilo|kilos|кило\p{L}*|tonne\p{L}*|tonnen)$/u },
  { dimension: 'temperature', system: 'imperial', re: /^(?:fahrenheit|°f|фаренгейт\p{L}*)$/u },
  { dimension: 'temperature', system: 'metric', re: /^(?:celsius|centigrade|°c|цельси\p{L}*)$/u },
  { dimension: 'volume', system: 'imperial', re: /^(?:gallon\p{L}*|gal|quart\p{L}*|pint\p{L}*|gallone\p{L}*|галлон\p{L}*)$/u },
  { dimension: 'volume', system: 'metric', re: /^(?:ml|(?:milli)?(?:liter|litre|litro|litr|литр)\p{L}*)$/u },
  { dimension: 'area', system: 'imperial', re: /^(?:acre\p{L}*|akr\p{L}*|акр\p{L}*)$/u },
  { dimension: 'area', system: 'metric', re: /^(?:ha|hektar\p{L}*|hectare\p{L}*|ettar\p{L}*|hectárea\p{L}*|гектар\p{L}*|km²|m²|quadratmeter\p{L}*|quadratkilometer\p{L}*)$/u },
  { dimension: 'speed', system: 'imperial', re: /^(?:mph|knot|knots|knoten)$/u },
  { dimension: 'speed', system: 'metric', re: /^(?:km\/h|kmh|kph|км\/ч)$/u },
];

function unitOf(lower: string): UnitClass | null {
  for (const u of UNITS) if (u.re.test(lower)) return u;
  return null;
}

/** The unit written right after a number ("120 feet", "15-foot", "8 ft.", "115 °F"), if any. */
export function unitAfter(text: string, end: number, words: Word[]): UnitClass | null {
  const gap = /^(?:\s|-|\u00a0|\u202f)?°?/.exec(text.slice(end, end + 3));
  const at = end + (gap ? gap[0].length : 0);
  for (const w of words) {
    if (w.start > at) break;
    if (w.start === at || (w.start < at && w.end > at)) {
      // Inside a hyphenated word ("15-foot"): the part from the number's end.
      const part = w.lower.slice(at - w.start).split(/[-\u2010\u2011]/)[0];
      return unitOf(part) ?? (text[at - 1] === '°' ? unitOf(`°${part}`) : null);
    }
  }
  return null;
}

/** The units a text names, as "dimension/system" keys: read once per side, asked per number. */
export function unitsNamed(words: Word[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const u = unitOf(w.lower);
    if (u) out.add(`${u.dimension}/${u.system}`);
  }
  return out;
}

/** Does a text naming `units` give this unit's dimension in the other system (the number was converted)? */
export function hasConversion(unit: UnitClass, units: Set<string>): boolean {
  return units.has(`${unit.dimension}/${unit.system === 'metric' ? 'imperial' : 'metric'}`);
}
