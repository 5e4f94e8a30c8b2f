// A half said with words beside a number: "zweieinhalb Millionen", "двух с половиной миллионов",
// "dos millones y medio", "two and a half million", "half a million", "półtora miliona", "2½" and
// "2 1/2 million". Read word by word these are two numbers ("2" and "a million"), and a correct
// "2.5 million" on the other side looked like a changed number. Here the words around a half are
// read with it into one quantity.
import { NUMBER_WORDS, ONE_WORDS, scaleWordAt } from './number-words';
import type { NumberToken } from './numbers';

/** The ways one language says a half. Patterns are matched in lower case. */
interface Halves {
  /** Between a number and its scale word, or after a number without one: "с половиной", "i pół". */
  between?: string;
  /** After the scale word: "y medio", "e mezzo", "et demi". */
  afterScale?: string;
  /** Before a scale word, for half of it: "half a", "pół", "eine halbe". */
  halfOf?: string;
  /** Words for a number and a half, with their values: "anderthalb", "полтора", "ढाई". */
  fixed?: Record<string, number>;
  /** Before the number: "साढ़े तीन" is three and a half. */
  before?: string;
  /** A half fused to the number word before it: "dreieinhalb". */
  fusedSuffix?: string;
  /** A half fused to the scale word after it: "полмиллиона". */
  fusedPrefix?: string;
}

const HALVES: Record<string, Halves> = {
  en: { between: 'and a half', afterScale: 'and a half', halfOf: 'half an?|a half', fixed: { 'one and a half': 1.5 } },
  de: { halfOf: 'eine halbe|einer halben|einer halbe', fixed: { anderthalb: 1.5 }, fusedSuffix: 'einhalb' },
  nl: { halfOf: 'een halve', fixed: { anderhalf: 1.5 }, fusedSuffix: 'enhalf' },
  es: { afterScale: 'y medio|y media', halfOf: 'medio|media' },
  pt: { afterScale: 'e meio|e meia', halfOf: 'meio|meia' },
  it: { afterScale: 'e mezzo|e mezza', halfOf: 'mezzo|mezza' },
  fr: { afterScale: 'et demi|et demie', halfOf: 'un demi-|une demi-|demi-' },
  pl: { between: 'i pół', halfOf: 'pół', fixed: { półtora: 1.5, półtorej: 1.5 } },
  cs: { between: 'a půl', halfOf: 'půl', fixed: { 'jeden a půl': 1.5, 'jedna a půl': 1.5, půldruhého: 1.5, půldruhé: 1.5, půldruhý: 1.5 } },
  ru: { between: 'с половиной', halfOf: 'пол', fixed: { полтора: 1.5, полторы: 1.5, полутора: 1.5 }, fusedPrefix: 'пол' },
  // With the nukta precomposed (ढ़ U+095D) or not (ढ + ़).
  hi: { fixed: { '\u0921\u0947\u095D': 1.5, '\u0921\u0947\u0922\u093C': 1.5, 'ढाई': 2.5 }, before: '\u0938\u093E\u095D\u0947|\u0938\u093E\u0922\u093C\u0947' },
};

/** A quantity found, with its span: what replaces the tokens it covers. */
export interface Half {
  start: number;
  end: number;
  value: number;
  /** Read from digits ("2½", "2 1/2"): a quantity the other side must have. */
  digits: boolean;
}

interface Compiled {
  /** Any sign of a half in the text: the cheap test before the rest. */
  gate: RegExp;
  between: RegExp | null;
  afterScale: RegExp | null;
  halfOf: RegExp | null;
  before: RegExp | null;
  fused: RegExp | null;
}

const compiled = new Map<string, Compiled>();

const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';

function compile(lang: string): Compiled {
  let c = compiled.get(lang);
  if (c) return c;
  const h = HALVES[lang];
  if (h) {
    const fixed = Object.keys(h.fixed ?? {}).join('|');
    const signs = [h.between, h.afterScale, h.halfOf, fixed, h.before, h.fusedSuffix, h.fusedPrefix].filter(Boolean).join('|');
    // "half a million" needs its own word before it; "2 1/2" and "2½" any language's digits.
    const numberWords = Object.keys(NUMBER_WORDS[lang] ?? {}).filter((w) => NUMBER_WORDS[lang][w] < 1000);
    const fusedParts = [
      fixed ? `(?:${fixed})${NOT_LETTER_AFTER}` : '',
      h.fusedSuffix && numberWords.length ? `(?:${[...numberWords, ...(ONE_WORDS[lang] ?? [])].join('|')})${h.fusedSuffix}${NOT_LETTER_AFTER}` : '',
      // Only the half: the scale word after it is read with it below.
      h.fusedPrefix ? `${h.fusedPrefix}(?=\\p{L})` : '',
    ].filter(Boolean);
    c = {
      gate: new RegExp(`${signs}|½|\\d\\s+1/2`, 'iu'),
      between: h.between ? new RegExp(`\\s+(?:${h.between})${NOT_LETTER_AFTER}`, 'iuy') : null,
      afterScale: h.afterScale ? new RegExp(`\\s+(?:${h.afterScale})${NOT_LETTER_AFTER}`, 'iuy') : null,
      halfOf: h.halfOf ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${h.halfOf})\\s*$`, 'iu') : null,
      before: h.before ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${h.before})\\s+$`, 'iu') : null,
      fused: fusedParts.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${fusedParts.join('|')})`, 'giu') : null,
    };
  } else {
    c = { gate: /½|\d\s+1\/2/u, between: null, afterScale: null, halfOf: null, before: null, fused: null };
  }
  compiled.set(lang, c);
  return c;
}

const SPACES = /[ \u00A0\u202F\u2009]*/y;

/** The scale word right after `at` (spaces skipped): its value and where it ends. */
function scaleAt(text: string, at: number, lang: string): { value: number; end: number } | null {
  SPACES.lastIndex = at;
  SPACES.exec(text);
  return scaleWordAt(text, SPACES.lastIndex, lang);
}

/** The value of a fused word: "anderthalb" 1.5, "dreieinhalb" 3.5, "пол" 0.5. */
function fusedValue(word: string, lang: string): number {
  const h = HALVES[lang];
  if (word === h.fusedPrefix) return 0.5;
  const v = h.fixed?.[word];
  if (v !== undefined) return v;
  if (h.fusedSuffix && word.endsWith(h.fusedSuffix)) {
    const base = word.slice(0, -h.fusedSuffix.length);
    const v = (ONE_WORDS[lang] ?? []).includes(base) ? 1 : NUMBER_WORDS[lang]?.[base];
    if (v !== undefined) return v + 0.5;
  }
  return 0;
}

/** A half after digits: "2½", "2 1/2". */
const FRACTION = /^(?:\s?½|\s+1\/2(?!\d))/u;

/**
 * The numbers with a half in the text, given the numbers read without it (in order; digits and
 * words are read, the scale word read with digits counts). Each replaces the numbers inside its span.
 */
export function halves(text: string, lang: string, found: readonly NumberToken[]): Half[] {
  const c = compile(lang);
  if (!c.gate.test(text)) return [];
  const out: Half[] = [];
  for (const t of found) {
    if (t.kind !== 'digits' && t.kind !== 'word') continue;
    const n = { start: t.start, end: t.end, value: t.readings[0].value, scale: t.scale, digits: t.kind === 'digits' };
    let end = n.end;
    let base = n.value;
    // "2 1/2", "2½": the digits and their half.
    const frac = FRACTION.exec(text.slice(end, end + 5));
    if (frac && n.scale === 1) {
      base += 0.5;
      end += frac[0].length;
      const scale = scaleAt(text, end, lang);
      out.push(scale ? { start: n.start, end: scale.end, value: base * scale.value, digits: true } : { start: n.start, end, value: base, digits: true });
      continue;
    }
    // "dos millones y medio", "2 millones y medio", "deux millions et demi".
    if (c.afterScale) {
      const scale = n.scale > 1 ? scaleAt(text, end, lang) : null;
      const unit = scale ? scale.value : n.value >= 1000 ? lastScale(text, n, lang) : 0;
      if (unit) {
        const from = scale ? scale.end : end;
        c.afterScale.lastIndex = from;
        const m = c.afterScale.exec(text);
        if (m) {
          out.push({ start: n.start, end: from + m[0].length, value: n.value + unit / 2, digits: n.digits });
          continue;
        }
      }
    }
    // "два с половиной миллиона", "two and a half million", "dva a půl".
    if (c.between && n.scale === 1) {
      c.between.lastIndex = end;
      const m = c.between.exec(text);
      if (m) {
        const after = end + m[0].length;
        const scale = scaleAt(text, after, lang);
        const digits = n.digits;
        out.push(scale ? { start: n.start, end: scale.end, value: (base + 0.5) * scale.value, digits } : { start: n.start, end: after, value: base + 0.5, digits });
        continue;
      }
    }
    // "साढ़े तीन लाख": the half said before the number.
    if (c.before) {
      const m = c.before.exec(text.slice(Math.max(0, n.start - 12), n.start));
      if (m) {
        out.push({ start: n.start - m[0].length, end: n.end, value: (n.value / n.scale + 0.5) * n.scale, digits: n.digits });
        continue;
      }
    }
    // "half a million", "pół miliona", "medio millón": a scale word alone, halved.
    if (c.halfOf && n.value >= 1000 && isScaleWord(text, n, lang)) {
      const m = c.halfOf.exec(text.slice(Math.max(0, n.start - 16), n.start));
      if (m) out.push({ start: n.start - m[0].length, end: n.end, value: n.value / 2, digits: false });
    }
  }
  // "zweieinhalb Millionen", "półtora miliona", "полтора": one word for a number and a half.
  if (c.fused) {
    c.fused.lastIndex = 0;
    for (let m = c.fused.exec(text); m !== null; m = c.fused.exec(text)) {
      const v = fusedValue(m[0].toLowerCase(), lang);
      const e = m.index + m[0].length;
      const scale = scaleAt(text, e, lang);
      if (scale && v > 0) out.push({ start: m.index, end: scale.end, value: v * scale.value, digits: false });
      else if (v > 0.5) out.push({ start: m.index, end: e, value: v, digits: false });
    }
  }
  // "two and a half million" holds "a half million": the first and longest reading wins.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((h, i) => i === 0 || h.start >= out[i - 1].end);
}

/** The number is a scale word alone: "million", "Millionen", "миллиона". */
function isScaleWord(text: string, n: { start: number; end: number }, lang: string): boolean {
  const s = scaleAt(text, n.start, lang);
  return s !== null && s.end === n.end;
}

/** The value of the scale word that ends a spelled-out number ("dos millones" → 1e6), or 0. */
function lastScale(text: string, n: { start: number; end: number }, lang: string): number {
  for (let i = n.end - 1; i > n.start; i--) {
    if (text[i] === ' ' || text[i] === '\u00A0') {
      const s = scaleAt(text, i + 1, lang);
      return s && s.end === n.end ? s.value : 0;
    }
  }
  return 0;
}
