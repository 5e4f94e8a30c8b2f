// Numeric quantities in a text, with their spans and every value they can be read as, so two
// languages' ways of writing one quantity compare equal: "1 000,5" = "1,000.5", "272.000" (de)
// = "272,000", "12 h 00" = "12:00", "3,5 millions" = "3.5 million", "drei" = "3", "2万" = 20000.
// Where the writing is ambiguous ("1.300": 1300 in German, 1.3 in English) both readings are
// kept: a checker that must stay quiet on correct text should accept either.
import { baseOf as baseLang } from '../lang/base-lang';
import { charClass } from './char-class';
import { monthForms } from './months';
import { EN_WORDS, NUMBER_JOINERS, NUMBER_WORDS, ONE_WORDS, scaleWordAt } from './number-words';
import { halves } from './number-halves';

export interface NumberReading {
  value: number;
  /** Place value of the last digit written (after scaling): how far a rounded copy may differ. */
  unit: number;
}

/**
 * digits: written with digits; word: spelled out; cjk: Chinese/Japanese numerals;
 * roman: "XX", "II"; month: a month name or the month of a numeric date; id: digits glued to
 * letters ("F-35", "COVID-19"), compared as written.
 */
export type NumberKind = 'digits' | 'word' | 'cjk' | 'roman' | 'month' | 'id';

export interface NumberToken {
  start: number;
  end: number;
  text: string;
  readings: NumberReading[];
  kind: NumberKind;
  /** May match the other side but is never required to: words, numerals, month parts. */
  soft: boolean;
  /** Multiplier from a following scale word ("million"); the span covers the digits only. */
  scale: number;
  /** Written with thousands separators. */
  grouped: boolean;
  decimals: number;
  /** Digits of a time of day ("12:30", "12 h 30"). */
  time: boolean;
  /** "1." or "2)" opening the text: list numbering, not a quantity. */
  listMarker: boolean;
}

const DIGIT_BLOCKS: [number, number][] = [
  [0xff10, 0xff19], // full width
  [0x0660, 0x0669], // Arabic-Indic
  [0x06f0, 0x06f9], // Extended Arabic-Indic (Persian, Urdu)
  [0x0966, 0x096f], // Devanagari
  [0x09e6, 0x09ef], // Bengali
];

/** The ASCII replacement of one UTF-16 unit (a digit of another block, a full-width mark), or -1. */
function asciiFor(c: number): number {
  if (c < 0x0660) return -1;
  for (const [a, b] of DIGIT_BLOCKS) if (c >= a && c <= b) return 48 + c - a;
  if (c === 0xff0e) return 0x2e; // ．
  if (c === 0xff0c) return 0x2c; // ，
  if (c === 0xff1a) return 0x3a; // ：
  return -1;
}

/** Every decimal digit mapped to ASCII, one UTF-16 unit for one, so offsets stay valid. */
export function normaliseDigits(text: string): string {
  // The blocks are all in the BMP, so a unit inside one is never half of a surrogate pair.
  let i = 0;
  while (i < text.length && asciiFor(text.charCodeAt(i)) < 0) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const a = asciiFor(text.charCodeAt(i));
    out += a < 0 ? text[i] : String.fromCharCode(a);
  }
  return out;
}

/** Languages writing 1.000,5 (the rest write 1,000.5; both readings are kept where ambiguous). */
const DECIMAL_COMMA = new Set(['fr', 'de', 'es', 'it', 'pt', 'pl', 'cs', 'sk', 'ru', 'uk', 'nl', 'da', 'sv', 'nb', 'no', 'fi', 'tr', 'ro', 'hu', 'bg', 'hr', 'sl', 'sr', 'el', 'id', 'vi']);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const LETTER = /\p{L}/u;
const isLetter = (c: string | undefined): boolean => c !== undefined && LETTER.test(c);
const GROUP_SPACE = /[ \u00A0\u202F\u2009'’]/;

function reading(intDigits: string, fracDigits = ''): NumberReading {
  const value = Number(`${intDigits || '0'}.${fracDigits || '0'}`);
  return { value, unit: Math.pow(10, -fracDigits.length) };
}

interface Parsed {
  readings: NumberReading[];
  grouped: boolean;
  decimals: number;
  id: boolean;
}

/** Readings of digit groups joined by '.', ',' or a space, in the conventions that fit. */
function interpret(groups: string[], seps: string[], lang: string): Parsed {
  if (seps.length === 0) return { readings: [reading(groups[0])], grouped: false, decimals: 0, id: false };
  if (seps.every((s) => GROUP_SPACE.test(s))) return { readings: [reading(groups.join(''))], grouped: true, decimals: 0, id: false };
  const last = seps[seps.length - 1];
  const restAreGroups = groups.slice(1, -1).every((g) => g.length === 3);
  if (seps.some((s) => s !== last)) {
    // "1.000,5", "1 000,5", "1,000.5": the last separator is the decimal one.
    const frac = groups[groups.length - 1];
    if (!restAreGroups || GROUP_SPACE.test(last)) return { readings: [], grouped: false, decimals: 0, id: true };
    return { readings: [reading(groups.slice(0, -1).join(''), frac)], grouped: true, decimals: frac.length, id: false };
  }
  if (seps.length >= 2) {
    // "1.000.000" groups; "1.2.3" is a version or a code, compared as written.
    if (groups.slice(1).every((g) => g.length === 3) && groups[0].length <= 3) {
      return { readings: [reading(groups.join(''))], grouped: true, decimals: 0, id: false };
    }
    return { readings: [], grouped: false, decimals: 0, id: true };
  }
  const [a, b] = groups;
  const decimal = reading(a, b);
  const readings: NumberReading[] = [];
  if (b.length === 3 && a.length <= 3 && a !== '0') {
    // "1.300" / "1,300": thousands or decimal, by the language first, the other kept.
    const thousands = reading(a + b);
    const decimalSep = DECIMAL_COMMA.has(lang) ? ',' : '.';
    if (last === decimalSep) readings.push(decimal, thousands);
    else readings.push(thousands, decimal);
  } else readings.push(decimal);
  if (last === '.' && b.length === 2 && Number(a) <= 24 && Number(b) < 60) {
    // "12.30 Uhr": a time of day as often as a decimal.
    readings.push({ value: Number(a) + Number(b) / 60, unit: 1 / 60 });
  }
  return { readings, grouped: readings[0] !== decimal, decimals: readings[0] === decimal ? b.length : 0, id: false };
}

function token(
  text: string, start: number, end: number, kind: NumberKind, readings: NumberReading[],
  scale = 1, grouped = false, decimals = 0, time = false, listMarker = false,
): NumberToken {
  return {
    start, end, text: text.slice(start, end), readings, kind,
    soft: kind === 'word' || kind === 'cjk' || kind === 'roman' || kind === 'month',
    scale, grouped, decimals, time, listMarker,
  };
}

const LEAD_SPACE = /[ \u00A0\u202F\u2009]/y;

function scaleAfter(norm: string, from: number, lang: string): { scale: number; end: number } {
  LEAD_SPACE.lastIndex = from;
  const s = scaleWordAt(norm, LEAD_SPACE.test(norm) ? from + 1 : from, lang);
  return s ? { scale: s.value, end: s.end } : { scale: 1, end: from };
}

// Anchored where a number starts (sticky), so no slice of the text is taken per number.
const DATE_AT = /(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/y;
const TIME_AT = /(\d{1,2}):(\d{2})(?![\d:])/y;
const HOUR_AT = /(\d{1,2})[ \u00A0]?h[ \u00A0]?(\d{2})(?!\d)/y;
const THREE_DIGITS_AT = /\d{3}(?!\d)/y;
const PM_TIME_AT = /\s?p\.?m\b/iy;
const PM_AT = /\s?p\.?m\.?(?![\p{L}])/iuy;
const NOT_SPACE = /\S/;

function at(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

/** Digit numbers: groups, decimals, times, numeric dates, scale words, ids. */
function digitNumbers(text: string, norm: string, lang: string, covered: Uint8Array, out: NumberToken[]): void {
  // Where the text's first non-space character is: a number there may be a list marker.
  let firstContent = -2;
  let i = 0;
  const n = norm.length;
  while (i < n) {
    const c0 = norm.charCodeAt(i);
    if (c0 < 48 || c0 > 57 || covered[i]) {
      i++;
      continue;
    }
    const start = i;
    const groups: string[] = [];
    const seps: string[] = [];
    let j = i;
    while (isDigit(norm[j])) j++;
    groups.push(norm.slice(i, j));
    let date: string[] | null = null;
    let time: [string, string] | null = null;
    // Only a number of one or two digits can open a date or a time.
    const dm = j - start <= 2 ? at(DATE_AT, norm, start) : null;
    const tm = j - start <= 2 && norm[j] === ':' ? at(TIME_AT, norm, start) : null;
    const hm = j - start <= 2 ? at(HOUR_AT, norm, start) : null;
    if (dm && Number(dm[1]) <= 31 && Number(dm[3]) <= 12 && Number(dm[3]) >= 1) {
      date = [dm[1], dm[3], dm[4]];
      j = start + dm[0].length;
    } else if (tm && Number(tm[1]) <= 24 && Number(tm[2]) < 60) {
      time = [tm[1], tm[2]];
      j = start + tm[0].length;
    } else if (hm && Number(hm[1]) <= 24 && Number(hm[2]) < 60) {
      time = [hm[1], hm[2]];
      j = start + hm[0].length;
    } else {
      for (;;) {
        const c = norm[j];
        if ((c === '.' || c === ',') && isDigit(norm[j + 1])) {
          let k = j + 1;
          while (isDigit(norm[k])) k++;
          seps.push(c);
          groups.push(norm.slice(j + 1, k));
          j = k;
        } else if (c !== undefined && GROUP_SPACE.test(c) && groups[0].length <= 3 && at(THREE_DIGITS_AT, norm, j + 1)
          && groups.every((g, gi) => gi === 0 || g.length === 3) && !seps.some((s) => s === '.' || s === ',')) {
          seps.push(c);
          groups.push(norm.slice(j + 1, j + 4));
          j += 4;
        } else break;
      }
    }
    i = j;
    const before = norm[start - 1];
    const glued = isLetter(before) || (before === '-' && isLetter(norm[start - 2]));
    if (date) {
      const [d, m, y] = date;
      const p1 = start + d.length;
      const p2 = p1 + 1 + m.length;
      out.push(token(text, start, p1, 'digits', [reading(d)]));
      out.push(token(text, p1 + 1, p2, 'month', [reading(String(Number(m)))]));
      const year = y.length === 2 ? [reading(y), reading(`20${y}`), reading(`19${y}`)] : [reading(y)];
      out.push(token(text, p2 + 1, j, 'digits', year));
      continue;
    }
    if (time) {
      const value = Number(time[0]) + Number(time[1]) / 60;
      const readings: NumberReading[] = [{ value, unit: 1 / 60 }];
      if (value < 12 && at(PM_TIME_AT, norm, j)) readings.push({ value: value + 12, unit: 1 / 60 });
      out.push(token(text, start, j, 'digits', readings, 1, false, 0, true));
      continue;
    }
    const parsed = interpret(groups, seps, lang);
    if (parsed.id || glued) {
      out.push(token(text, start, j, 'id', parsed.readings.length ? parsed.readings : [reading(groups.join(''))]));
      continue;
    }
    const { scale, end: scaleEnd } = scaleAfter(norm, j, lang);
    for (let k = j; k < scaleEnd; k++) covered[k] = 1;
    const readings = parsed.readings.map((r) => ({ value: r.value * scale, unit: r.unit * scale }));
    if (at(PM_AT, norm, j) && readings[0].value < 12) {
      readings.push({ value: readings[0].value + 12, unit: 1 });
    }
    let listMarker = false;
    if (groups.length === 1 && (norm[j] === '.' || norm[j] === ')') && (norm[j + 1] === ' ' || norm[j + 1] === '\t')) {
      if (firstContent === -2) firstContent = norm.search(NOT_SPACE);
      listMarker = firstContent === start;
    }
    out.push(token(text, start, j, 'digits', readings, scale, parsed.grouped, parsed.decimals, false, listMarker));
  }
}

const CJK_DIGITS: Record<string, number> = { '〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };
const CJK_SMALL: Record<string, number> = { '十': 10, '百': 100, '千': 1000 };
const CJK_LARGE: Record<string, number> = { '万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8, '兆': 1e12 };
const CJK_DIGIT_RUN = /^[〇零一二三四五六七八九两兩]{2,}$/;

/** "三" 3, "十二" 12, "三百五十" 350, "2万" 20000, "3.5億" 350000000, "二〇二〇" 2020. */
export function parseCjkNumber(s: string): number {
  if (CJK_DIGIT_RUN.test(s)) return Number([...s].map((c) => CJK_DIGITS[c]).join(''));
  let total = 0;
  let section = 0;
  let num = 0;
  const re = /\d+(?:\.\d+)?|./gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const c = m[0];
    if (/^\d/.test(c)) num = Number(c);
    else if (c in CJK_DIGITS) num = CJK_DIGITS[c];
    else if (c in CJK_SMALL) {
      section += (num || 1) * CJK_SMALL[c];
      num = 0;
    } else if (c in CJK_LARGE) {
      total += (section + num || 1) * CJK_LARGE[c];
      section = 0;
      num = 0;
    } else return NaN;
  }
  return total + section + num;
}

const CJK_NUMERAL = /[〇零一二三四五六七八九十百千万萬亿億兆两兩]/;
const CJK_NUMBER = /(?:\d+(?:\.\d+)?)?[〇零一二三四五六七八九十百千万萬亿億兆两兩][〇零一二三四五六七八九十百千万萬亿億兆两兩\d.]*/gu;

function cjkNumbers(text: string, norm: string, covered: Uint8Array, out: NumberToken[]): void {
  if (!CJK_NUMERAL.test(norm)) return;
  const re = CJK_NUMBER;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm))) {
    const raw = m[0].replace(/\.+$/, '');
    const value = parseCjkNumber(raw);
    if (!Number.isFinite(value)) continue;
    const hasDigits = /\d/.test(raw);
    // A bare ideograph is as often part of a word (一起, 十分) as a number: it may match, no more.
    const t = token(text, m.index, m.index + raw.length, hasDigits ? 'digits' : 'cjk', [{ value, unit: 1 }]);
    out.push(t);
    for (let k = t.start; k < t.end; k++) covered[k] = 1;
  }
}

const EN_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100, thousandth: 1000,
};

const DE_COMPOUND = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/;
const DE_TIMES = /^(.+?)(?:mal|fach(?:e[nmrs]?)?)$/;

/** What a lower-case word can be in one language: one lookup per word instead of four. */
interface LexEntry {
  /** A word for 1 that is an article as often ("a", "ein", "un"). */
  one: boolean;
  /** Its value in the number-word table, if it has one. */
  value: number | undefined;
  /** Its month (1..12) or 0. */
  month: number;
  /** Its value as an English ordinal, if it is one. */
  ordinal: number | undefined;
}

const LEXICONS = new Map<string, Map<string, LexEntry>>();

function lexicon(lang: string): Map<string, LexEntry> {
  let lex = LEXICONS.get(lang);
  if (lex) return lex;
  const made = new Map<string, LexEntry>();
  const entry = (w: string): LexEntry => {
    let e = made.get(w);
    if (!e) {
      e = { one: false, value: undefined, month: 0, ordinal: undefined };
      made.set(w, e);
    }
    return e;
  };
  for (const w of ONE_WORDS[lang] ?? []) entry(w).one = true;
  for (const [w, v] of Object.entries(NUMBER_WORDS[lang] ?? {})) entry(w).value = v;
  for (const [w, m] of monthForms(lang) ?? []) entry(w).month = m;
  if (lang === 'en') for (const [w, v] of Object.entries(EN_ORDINALS)) entry(w).ordinal = v;
  LEXICONS.set(lang, made);
  return made;
}

/**
 * `table[word]` for a number-word table, an own property only: the tables are plain objects, and
 * a word of the text such as "constructor" must not find what every object inherits.
 */
function valueIn(table: Record<string, number>, word: string): number | undefined {
  return Object.prototype.hasOwnProperty.call(table, word) ? table[word] : undefined;
}

/** `lower` is `word` in lower case; `sentenceStart` is asked only where German needs it. */
function wordValue(word: string, lower: string, lang: string, tableValue: number | undefined, sentenceStart: () => boolean): number {
  const table = NUMBER_WORDS[lang];
  if (!table) return 0;
  // German capitalises nouns: "Acht" (care), "Elf" (elf) are not numbers, unless a sentence starts.
  if (lang === 'de' && word[0] !== lower[0] && !(tableValue! >= 1e6) && !sentenceStart()) return 0;
  if (tableValue !== undefined) return tableValue;
  if (lang === 'de') {
    // "zehnmal", "dreifach": a multiple keeps its number.
    if (lower.endsWith('mal') || lower.includes('fach')) {
      const times = DE_TIMES.exec(lower);
      const v = times ? valueIn(table, times[1]) : undefined;
      if (v !== undefined) return v;
    }
    if (lower.includes('und')) {
      const m = DE_COMPOUND.exec(lower);
      if (m) return (m[1] === 'ein' ? 1 : valueIn(table, m[1])!) + valueIn(table, m[2])!;
    }
  }
  return 0;
}

const SENTENCE_BEFORE = /(?:^|[.!?:]\s*["«„“(]?\s*)$/u;

/** Letters, as /\p{L}/u reads them. */
const LETTER_AT = charClass(/^\p{L}$/u);

/** The runs of letters of a text (/\p{L}+/gu), as offsets: starts[k], ends[k] for k < count. */
interface LetterRuns {
  starts: Int32Array;
  ends: Int32Array;
  /** Hash of the run in lower case (see lowerUnit), or SPECIAL when it has to be looked at whole. */
  hashes: Int32Array;
  count: number;
  /** A run's text and lower case where they are known already (from the words of the text). */
  raws: Array<string | undefined> | null;
  lowers: Array<string | undefined> | null;
}

/** The words of a text as text/word-runs.ts cuts them (a run of letters never crosses two). */
export interface TextWord {
  start: number;
  end: number;
  text: string;
  lower: string;
}

/** A run with a letter whose lower case depends on context or is no single unit (Σ, İ, astral). */
const SPECIAL = 0;

// Lower case by UTF-16 unit, as String.prototype.toLowerCase gives it for that unit alone:
// 0 = not looked at yet, 0xffff = no single-unit answer (the run is then read as a string).
const LOWER_UNIT = new Uint16Array(0x10000);
for (let c = 0; c < 128; c++) LOWER_UNIT[c] = c >= 65 && c <= 90 ? c + 32 : c;
LOWER_UNIT[0] = 0xffff;

function lowerUnit(c: number): number {
  let l = LOWER_UNIT[c];
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    // Σ is σ or ς by its neighbours; surrogates only mean something in pairs.
    l = s.length !== 1 || c === 0x3a3 || (c >= 0xd800 && c <= 0xdfff) ? 0xffff : s.charCodeAt(0);
    LOWER_UNIT[c] = l;
  }
  return l;
}

/** Hash of a string's code units (for words already in lower case); never SPECIAL. */
function hashOf(lower: string): number {
  let h = 7;
  for (let i = 0; i < lower.length; i++) h = (Math.imul(h, 31) + lower.charCodeAt(i)) | 0;
  return h === SPECIAL ? 1 : h;
}

const runs: LetterRuns = { starts: new Int32Array(256), ends: new Int32Array(256), hashes: new Int32Array(256), count: 0, raws: null, lowers: null };

function grow(count: number): void {
  const more = (a: Int32Array): Int32Array => {
    const b = new Int32Array(count * 2);
    b.set(a);
    return b;
  };
  runs.starts = more(runs.starts);
  runs.ends = more(runs.ends);
  runs.hashes = more(runs.hashes);
}

/** Adds the letter runs of text[from, to) to `runs` from index `count`; returns the new count. */
function scanRuns(text: string, from: number, to: number, count: number): number {
  let i = from;
  while (i < to) {
    let w = LETTER_AT.at(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = 7;
    let special = false;
    while (w > 0) {
      if (w === 2) special = true;
      else {
        const l = lowerUnit(text.charCodeAt(i));
        if (l === 0xffff) special = true;
        else h = (Math.imul(h, 31) + l) | 0;
      }
      i += w;
      w = i < to ? LETTER_AT.at(text, i) : 0;
    }
    if (count === runs.starts.length) grow(count);
    runs.starts[count] = start;
    runs.ends[count] = i;
    runs.hashes[count] = special ? SPECIAL : h === SPECIAL ? 1 : h;
    count++;
  }
  return count;
}

function letterRuns(text: string): LetterRuns {
  runs.count = scanRuns(text, 0, text.length, 0);
  runs.raws = null;
  runs.lowers = null;
  return runs;
}

/** The texts and lower cases letterRunsOfWords hands on (wordNumbers also fills in those it reads). */
const wordRaws: Array<string | undefined> = [];
const wordLowers: Array<string | undefined> = [];

/**
 * The letter runs from the text's words: a word of ASCII letters only is one run whose text and
 * lower case the word already has; any other word is scanned as letterRuns would.
 */
function letterRunsOfWords(text: string, words: ReadonlyArray<TextWord>): LetterRuns {
  let count = 0;
  // Every index below the count is written, so the lists of the last call serve again.
  const raws = wordRaws;
  const lowers = wordLowers;
  for (const w of words) {
    const raw = w.text;
    let letters = true;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i) | 0x20;
      if (c < 97 || c > 122) {
        letters = false;
        break;
      }
    }
    if (letters) {
      if (count === runs.starts.length) grow(count);
      runs.starts[count] = w.start;
      runs.ends[count] = w.end;
      raws[count] = raw;
      lowers[count] = w.lower;
      count++;
    } else {
      const first = count;
      count = scanRuns(text, w.start, w.end, count);
      for (let k = first; k < count; k++) {
        raws[k] = undefined;
        lowers[k] = undefined;
      }
    }
  }
  runs.count = count;
  runs.raws = raws;
  runs.lowers = lowers;
  return runs;
}

/** Hashes of a lexicon's words: a word with another hash is none of them. */
const KEY_HASHES = new Map<string, Set<number>>();

function keyHashes(lang: string): Set<number> {
  let set = KEY_HASHES.get(lang);
  if (!set) {
    set = new Set([...lexicon(lang).keys()].map(hashOf));
    KEY_HASHES.set(lang, set);
  }
  return set;
}

const JOINERS = new Map<string, Set<string>>();

function joinersFor(lang: string): Set<string> {
  let set = JOINERS.get(lang);
  if (!set) {
    set = new Set(NUMBER_JOINERS[lang] ?? []);
    JOINERS.set(lang, set);
  }
  return set;
}

/**
 * Spelled-out numbers: runs of number words ("twenty-five", "vingt et un", "drei Millionen"),
 * then English ordinals and month names, from one pass over the letter runs. A word is only
 * taken out of the text and lower-cased when its hash says it may be in the lexicon (German
 * compounds and multiples, "dreiundzwanzig", "zehnmal", need every word read).
 */
function wordNumbers(
  text: string, lang: string, covered: Uint8Array, out: NumberToken[], months: NumberToken[], words?: ReadonlyArray<TextWord>,
): void {
  const hasWords = NUMBER_WORDS[lang] !== undefined;
  const hasMonths = monthForms(lang) !== undefined;
  if (!hasWords && !hasMonths) return;
  const letters = words ? letterRunsOfWords(text, words) : letterRuns(text);
  const { starts, ends, hashes, count } = letters;
  if (count === 0) return;
  const lex = lexicon(lang);
  const known = keyHashes(lang);
  const everyWord = lang === 'de';
  // Per word: its text and lower case when read (undefined: not read, so in no table).
  const raws: Array<string | undefined> = letters.raws ?? new Array(count);
  const lowers: Array<string | undefined> = letters.lowers ?? new Array(count);
  // Made at the first word found in the lexicon (most texts have none), or at once for German.
  let entries: Array<LexEntry | undefined> | null = everyWord ? new Array(count) : null;
  // Whether a word found can make a number: a value other than 1, an ordinal, a month. Words for
  // 1 alone ("a", "un") only ever make runs of ones, which are articles as often and never kept.
  let telling = false;
  for (let k = 0; k < count; k++) {
    let lower = lowers[k];
    if (lower === undefined) {
      const h = hashes[k];
      if (!everyWord && h !== SPECIAL && !known.has(h)) continue;
      const raw = text.slice(starts[k], ends[k]);
      lower = raw.toLowerCase();
      raws[k] = raw;
      lowers[k] = lower;
    }
    const e = lex.get(lower);
    if (e !== undefined && (e.ordinal || e.month || (!e.one && e.value !== undefined && e.value !== 1))) telling = true;
    if (entries !== null) entries[k] = e;
    else if (e !== undefined) {
      entries = new Array(count);
      entries[k] = e;
    }
  }
  // No word of the lexicon that makes a number (nor a German compound to try): nothing to find.
  if (entries === null || (!everyWord && !telling)) return;
  const inLexicon = entries;
  const lowerAt = (k: number): string => {
    let l = lowers[k];
    if (l === undefined) {
      const raw = text.slice(starts[k], ends[k]);
      raws[k] = raw;
      l = lowers[k] = raw.toLowerCase();
    }
    return l;
  };
  if (hasWords) {
    const joiners = joinersFor(lang);
    // Values by word, worked out once each (the run below looks one word ahead).
    const values: number[] = new Array(count);
    const valueAt = (k: number): number => {
      let v = values[k];
      if (v === undefined) {
        const lower = lowers[k];
        if (lower === undefined) {
          // Not read: in no table and not German, so no number.
          v = 0;
        } else {
          const e = inLexicon[k];
          const s = starts[k];
          v = e !== undefined && e.one
            ? 1
            : wordValue(raws[k]!, lower, lang, e !== undefined ? e.value : undefined,
              () => SENTENCE_BEFORE.test(text.slice(Math.max(0, s - 4), s)) || s === 0);
        }
        values[k] = v;
      }
      return v;
    };
    let k = 0;
    while (k < count) {
      if (covered[starts[k]] || !valueAt(k)) {
        k++;
        continue;
      }
      const run: number[] = [];
      let lastEnd = -1;
      let runEnd = -1;
      let n = k;
      while (n < count && !covered[starts[n]]) {
        const ws = starts[n];
        if (run.length) {
          const gap = text.charCodeAt(lastEnd);
          if (ws - lastEnd !== 1 || (gap !== 0x20 && gap !== 0xa0 && gap !== 0x2d)) break;
        }
        const v = valueAt(n);
        if (v) {
          run.push(v);
          lastEnd = ends[n];
          runEnd = lastEnd;
          n++;
        } else if (run.length && joiners.has(lowerAt(n)) && n + 1 < count && valueAt(n + 1) && starts[n + 1] - ends[n] === 1) {
          lastEnd = ends[n];
          n++;
        } else break;
      }
      const first = k;
      k = Math.max(n, k + 1);
      if (!run.length || run.every((v) => v === 1)) continue; // "a", "ein", "one": an article as often as a number
      let total = 0;
      let cur = 0;
      let prev = 0;
      for (const v of run) {
        if (v === 100) cur = (cur || 1) * 100;
        else if (v >= 1000) {
          total += (cur || 1) * v;
          cur = 0;
        } else if (v === 20 && prev === 4 && lang === 'fr') cur = cur - 4 + 80; // quatre-vingt(s)
        else cur += v;
        prev = v;
      }
      out.push(token(text, starts[first], runEnd, 'word', [{ value: total + cur, unit: 1 }]));
    }
  }
  if (lang === 'en') {
    for (let k = 0; k < count; k++) {
      const lower = lowers[k];
      if (lower === undefined) continue;
      const e = inLexicon[k];
      const v = e !== undefined ? e.ordinal : undefined;
      if (v && !covered[starts[k]]) out.push(token(text, starts[k], ends[k], 'word', [{ value: v, unit: 1 }]));
    }
  }
  if (hasMonths) {
    for (let k = 0; k < count; k++) {
      const e = inLexicon[k];
      if (e === undefined || !e.month) continue;
      // English names count only when capitalised ("may", "march" are words): see monthOf.
      if (lang === 'en' && raws[k]![0] === lowers[k]![0]) continue;
      months.push(token(text, starts[k], ends[k], 'month', [{ value: e.month, unit: 1 }]));
    }
  }
}

const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_WORD = /(?<![\p{L}\p{N}])[IVXLCDM]{2,}(?![\p{L}\p{N}])/gu;

function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]];
    const b = v[s[i + 1]] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}

let coveredScratch = new Uint8Array(1024);

// What a text may hold, from one pass over its code units: most sentences have no digit, no
// ideograph and no two Roman-numeral capitals in a row, and skip those searches altogether.
const HAS_DIGIT = 1;
const NEEDS_NORMALISING = 2;
const HAS_IDEOGRAPH = 4;
const HAS_ROMAN = 8;

/** What an ASCII unit is to survey: a digit, a Roman-numeral capital (I V X L C D M), or neither. */
const ASCII_DIGIT = 1;
const ASCII_ROMAN = 2;
const ASCII_SURVEY = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_SURVEY[c] = ASCII_DIGIT;
for (const r of 'IVXLCDM') ASCII_SURVEY[r.charCodeAt(0)] = ASCII_ROMAN;

function survey(text: string): number {
  let flags = 0;
  let prevRoman = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      const k = ASCII_SURVEY[c];
      if (k === ASCII_DIGIT) flags |= HAS_DIGIT;
      const roman = k === ASCII_ROMAN;
      if (roman && prevRoman) flags |= HAS_ROMAN;
      prevRoman = roman;
      continue;
    }
    prevRoman = false;
    // The CJK numerals all sit at U+3007 and above.
    if (c >= 0x3007) flags |= HAS_IDEOGRAPH;
    const a = asciiFor(c);
    if (a >= 0) flags |= a >= 48 && a <= 57 ? NEEDS_NORMALISING | HAS_DIGIT : NEEDS_NORMALISING;
  }
  return flags;
}

/**
 * All numbers of a text in order of position. `words`, when given, are the text's words as
 * text/word-runs.ts cuts them (a check has them already), which spares reading the words again.
 */
export function extractNumbers(text: string, langCode: string, words?: ReadonlyArray<TextWord>): NumberToken[] {
  const lang = baseLang(langCode);
  const flags = survey(text);
  const norm = flags & NEEDS_NORMALISING ? normaliseDigits(text) : text;
  if (coveredScratch.length < text.length + 1) coveredScratch = new Uint8Array(2 * (text.length + 1));
  const covered = coveredScratch;
  covered.fill(0, 0, text.length + 1);
  const found: NumberToken[] = [];
  if (flags & HAS_IDEOGRAPH) cjkNumbers(text, norm, covered, found);
  if (flags & HAS_DIGIT) digitNumbers(text, norm, lang, covered, found);
  const months: NumberToken[] = [];
  wordNumbers(text, lang, covered, found, months, words);
  if (flags & HAS_ROMAN) {
    ROMAN_WORD.lastIndex = 0;
    for (let m = ROMAN_WORD.exec(text); m !== null; m = ROMAN_WORD.exec(text)) {
      if (ROMAN.test(m[0])) found.push(token(text, m.index, m.index + m[0].length, 'roman', [{ value: romanValue(m[0]), unit: 1 }]));
    }
  }
  for (const t of months) found.push(t);
  const all = withHalves(text, lang, found);
  // Usually in order already: a stable sort would leave it as it is.
  for (let i = 1; i < all.length; i++) if (all[i].start < all[i - 1].start) return all.sort((a, b) => a.start - b.start);
  return all;
}

/** "zweieinhalb Millionen", "2½ million": the numbers a half is said with, read as one (see number-halves.ts). */
function withHalves(text: string, lang: string, found: NumberToken[]): NumberToken[] {
  const hs = halves(text, lang, found);
  if (hs.length === 0) return found;
  const kept = found.filter((t) => !hs.some((h) => t.start < h.end && t.end > h.start));
  for (const h of hs) kept.push(token(text, h.start, h.end, h.digits ? 'digits' : 'word', [{ value: h.value, unit: h.value / 10 }]));
  return kept;
}

/** Whether two numbers can stand for the same quantity, allowing a rounded copy ("2,35 Mio." ~ "2.4 million"). */
export function sameQuantity(a: NumberToken, b: NumberToken, tolerant = true): boolean {
  if ((a.kind === 'month') !== (b.kind === 'month')) return false;
  for (const x of a.readings) {
    for (const y of b.readings) {
      const d = Math.abs(x.value - y.value);
      const big = Math.max(Math.abs(x.value), Math.abs(y.value));
      if (d <= big * 1e-9) return true;
      if (tolerant && d <= Math.max(x.unit, y.unit) / 2 + big * 1e-9 && d <= big * 0.05) return true;
      // "in den 90er Jahren" ~ "in the 1990s".
      if (tolerant && Math.min(x.value, y.value) < 100 && big >= 1900 && big < 2100 && big % 100 === Math.min(x.value, y.value)) return true;
    }
  }
  return false;
}

/** A value written the way the target writes numbers (grouping, decimal sign, spelled small numbers). */
export function formatLike(value: number, like: NumberToken, langCode: string): string {
  const lang = baseLang(langCode);
  const v = value / like.scale;
  if (like.time) {
    const h = Math.floor(v);
    const m = Math.round((v - h) * 60);
    const sep = /h/.test(like.text) ? like.text.replace(/^\d+|\d+$/g, '') : ':';
    return `${h}${sep}${String(m).padStart(2, '0')}`;
  }
  if (like.kind === 'word' && lang === 'en' && Number.isInteger(v) && v < EN_WORDS.length) {
    const w = EN_WORDS[v];
    return like.text[0] === like.text[0].toUpperCase() ? w[0].toUpperCase() + w.slice(1) : w;
  }
  return numberFormat(langCode, like.grouped || (like.kind === 'word' && v >= 10000)).format(v);
}

/** Formatters by locale and grouping: building one costs far more than formatting with it. */
const FORMATS = new Map<string, Intl.NumberFormat>();

function numberFormat(langCode: string, useGrouping: boolean): Intl.NumberFormat {
  const key = `${useGrouping ? 'g' : 'n'}:${langCode}`;
  let f = FORMATS.get(key);
  if (!f) {
    f = new Intl.NumberFormat(langCode, { useGrouping, maximumFractionDigits: 6 });
    FORMATS.set(key, f);
  }
  return f;
}
