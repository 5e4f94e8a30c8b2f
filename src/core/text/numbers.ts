// Numeric quantities in a text, with their spans and every value they can be read as, so two
// languages' ways of writing one quantity compare equal: "1 000,5" = "1,000.5", "272.000" (de)
// = "272,000", "12 h 00" = "12:00", "3,5 millions" = "3.5 million", "drei" = "3", "2万" = 20000.
// Where the writing is ambiguous ("1.300": 1300 in German, 1.3 in English) both readings are
// kept: a checker that must stay quiet on correct text should accept either.
import { baseLang } from '../format';
import { monthOf } from './months';
import { EN_WORDS, NUMBER_JOINERS, NUMBER_WORDS, ONE_WORDS, SCALE_WORDS } from './number-words';

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

/** Every decimal digit mapped to ASCII, one UTF-16 unit for one, so offsets stay valid. */
export function normaliseDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    const block = ch.length === 1 ? DIGIT_BLOCKS.find(([a, b]) => c >= a && c <= b) : undefined;
    if (block) out += String.fromCharCode(48 + c - block[0]);
    else if (ch === '．') out += '.';
    else if (ch === '，') out += ',';
    else if (ch === '：') out += ':';
    else out += ch;
  }
  return out;
}

/** Languages writing 1.000,5 (the rest write 1,000.5; both readings are kept where ambiguous). */
const DECIMAL_COMMA = new Set(['fr', 'de', 'es', 'it', 'pt', 'pl', 'cs', 'sk', 'ru', 'uk', 'nl', 'da', 'sv', 'nb', 'no', 'fi', 'tr', 'ro', 'hu', 'bg', 'hr', 'sl', 'sr', 'el', 'id', 'vi']);

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);
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
    readings.push(...(last === decimalSep ? [decimal, thousands] : [thousands, decimal]));
  } else readings.push(decimal);
  if (last === '.' && b.length === 2 && Number(a) <= 24 && Number(b) < 60) {
    // "12.30 Uhr": a time of day as often as a decimal.
    readings.push({ value: Number(a) + Number(b) / 60, unit: 1 / 60 });
  }
  return { readings, grouped: readings[0] !== decimal, decimals: readings[0] === decimal ? b.length : 0, id: false };
}

function token(text: string, start: number, end: number, kind: NumberKind, readings: NumberReading[], extra: Partial<NumberToken> = {}): NumberToken {
  return {
    start, end, text: text.slice(start, end), readings, kind,
    soft: kind === 'word' || kind === 'cjk' || kind === 'roman' || kind === 'month',
    scale: 1, grouped: false, decimals: 0, time: false, listMarker: false, ...extra,
  };
}

function scaleAfter(norm: string, from: number, lang: string): { scale: number; end: number } {
  const rest = norm.slice(from);
  const lead = /^[ \u00A0\u202F\u2009]?/.exec(rest)![0].length;
  for (const [re, value] of SCALE_WORDS[lang] ?? []) {
    const m = re.exec(rest.slice(lead));
    if (m) return { scale: value, end: from + lead + m[0].length };
  }
  return { scale: 1, end: from };
}

/** Digit numbers: groups, decimals, times, numeric dates, scale words, ids. */
function digitNumbers(text: string, norm: string, lang: string, covered: boolean[]): NumberToken[] {
  const out: NumberToken[] = [];
  let i = 0;
  while (i < norm.length) {
    if (!isDigit(norm[i]) || covered[i]) {
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
    const dm = /^(\d{1,2})([./])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/.exec(norm.slice(start));
    const tm = /^(\d{1,2}):(\d{2})(?![\d:])/.exec(norm.slice(start));
    const hm = /^(\d{1,2})[ \u00A0]?h[ \u00A0]?(\d{2})(?!\d)/.exec(norm.slice(start));
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
        } else if (c !== undefined && GROUP_SPACE.test(c) && groups[0].length <= 3 && /^\d{3}(?!\d)/.test(norm.slice(j + 1))
          && groups.slice(1).every((g) => g.length === 3) && !seps.some((s) => s === '.' || s === ',')) {
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
      const pm = /^\s?p\.?m\b/i.test(norm.slice(j)) && value < 12 ? [{ value: value + 12, unit: 1 / 60 }] : [];
      out.push(token(text, start, j, 'digits', [{ value, unit: 1 / 60 }, ...pm], { time: true }));
      continue;
    }
    const parsed = interpret(groups, seps, lang);
    if (parsed.id || glued) {
      out.push(token(text, start, j, 'id', parsed.readings.length ? parsed.readings : [reading(groups.join(''))]));
      continue;
    }
    const { scale, end: scaleEnd } = scaleAfter(norm, j, lang);
    for (let k = j; k < scaleEnd; k++) covered[k] = true;
    let readings = parsed.readings.map((r) => ({ value: r.value * scale, unit: r.unit * scale }));
    if (/^\s?p\.?m\.?(?![\p{L}])/iu.test(norm.slice(j)) && readings[0].value < 12) {
      readings = [...readings, { value: readings[0].value + 12, unit: 1 }];
    }
    const listMarker = /^\s*$/.test(norm.slice(0, start)) && groups.length === 1 && /^[.)][ \t]/.test(norm.slice(j));
    out.push(token(text, start, j, 'digits', readings, { scale, grouped: parsed.grouped, decimals: parsed.decimals, listMarker }));
  }
  return out;
}

const CJK_DIGITS: Record<string, number> = { '〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };
const CJK_SMALL: Record<string, number> = { '十': 10, '百': 100, '千': 1000 };
const CJK_LARGE: Record<string, number> = { '万': 1e4, '萬': 1e4, '亿': 1e8, '億': 1e8, '兆': 1e12 };

/** "三" 3, "十二" 12, "三百五十" 350, "2万" 20000, "3.5億" 350000000, "二〇二〇" 2020. */
export function parseCjkNumber(s: string): number {
  if (/^[〇零一二三四五六七八九两兩]{2,}$/.test(s)) return Number([...s].map((c) => CJK_DIGITS[c]).join(''));
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

function cjkNumbers(text: string, norm: string, covered: boolean[]): NumberToken[] {
  const out: NumberToken[] = [];
  const re = /(?:\d+(?:\.\d+)?)?[〇零一二三四五六七八九十百千万萬亿億兆两兩][〇零一二三四五六七八九十百千万萬亿億兆两兩\d.]*/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(norm))) {
    const raw = m[0].replace(/\.+$/, '');
    const value = parseCjkNumber(raw);
    if (!Number.isFinite(value)) continue;
    const hasDigits = /\d/.test(raw);
    // A bare ideograph is as often part of a word (一起, 十分) as a number: it may match, no more.
    const t = token(text, m.index, m.index + raw.length, hasDigits ? 'digits' : 'cjk', [{ value, unit: 1 }]);
    out.push(t);
    for (let k = t.start; k < t.end; k++) covered[k] = true;
  }
  return out;
}

const EN_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
  twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100, thousandth: 1000,
};

const DE_COMPOUND = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)$/;

function wordValue(word: string, lang: string, sentenceStart = false): number {
  const lower = word.toLowerCase();
  const table = NUMBER_WORDS[lang];
  if (!table) return 0;
  // German capitalises nouns: "Acht" (care), "Elf" (elf) are not numbers, unless a sentence starts.
  if (lang === 'de' && word[0] !== lower[0] && !sentenceStart && !(table[lower] >= 1e6)) return 0;
  if (table[lower] !== undefined) return table[lower];
  if (lang === 'de') {
    // "zehnmal", "dreifach": a multiple keeps its number.
    const times = /^(.+?)(?:mal|fach(?:e[nmrs]?)?)$/.exec(lower);
    if (times && table[times[1]] !== undefined) return table[times[1]];
    const m = DE_COMPOUND.exec(lower);
    if (m) return (m[1] === 'ein' ? 1 : table[m[1]]) + table[m[2]];
  }
  return 0;
}

/** Spelled-out numbers: runs of number words ("twenty-five", "vingt et un", "drei Millionen"). */
function wordNumbers(text: string, lang: string, covered: boolean[]): NumberToken[] {
  const out: NumberToken[] = [];
  const words = [...text.matchAll(/\p{L}+/gu)].map((m) => ({ w: m[0], start: m.index!, end: m.index! + m[0].length }));
  const ones = new Set(ONE_WORDS[lang] ?? []);
  const joiners = new Set(NUMBER_JOINERS[lang] ?? []);
  const startsSentence = (at: number) => /(?:^|[.!?:]\s*["«„“(]?\s*)$/u.test(text.slice(Math.max(0, at - 4), at)) || at === 0;
  const valueAt = (n: number) => {
    const w = words[n];
    return ones.has(w.w.toLowerCase()) ? 1 : wordValue(w.w, lang, startsSentence(w.start));
  };
  let k = 0;
  while (k < words.length) {
    if (covered[words[k].start] || !valueAt(k)) {
      k++;
      continue;
    }
    const run: { v: number; start: number; end: number }[] = [];
    let lastEnd = -1;
    let n = k;
    while (n < words.length && !covered[words[n].start]) {
      const w = words[n];
      if (run.length && !/^[ \u00A0-]$/.test(text.slice(lastEnd, w.start))) break;
      const v = valueAt(n);
      if (v) {
        run.push({ v, start: w.start, end: w.end });
        lastEnd = w.end;
        n++;
      } else if (run.length && joiners.has(w.w.toLowerCase()) && n + 1 < words.length && valueAt(n + 1) && words[n + 1].start - w.end === 1) {
        lastEnd = w.end;
        n++;
      } else break;
    }
    k = Math.max(n, k + 1);
    if (!run.length || run.every((r) => r.v === 1)) continue; // "a", "ein", "one": an article as often as a number
    let total = 0;
    let cur = 0;
    let prev = 0;
    for (const { v } of run) {
      if (v === 100) cur = (cur || 1) * 100;
      else if (v >= 1000) {
        total += (cur || 1) * v;
        cur = 0;
      } else if (v === 20 && prev === 4 && lang === 'fr') cur = cur - 4 + 80; // quatre-vingt(s)
      else cur += v;
      prev = v;
    }
    const start = run[0].start;
    const end = run[run.length - 1].end;
    out.push(token(text, start, end, 'word', [{ value: total + cur, unit: 1 }]));
  }
  if (lang === 'en') {
    for (const w of words) {
      const v = EN_ORDINALS[w.w.toLowerCase()];
      if (v && !covered[w.start]) out.push(token(text, w.start, w.end, 'word', [{ value: v, unit: 1 }]));
    }
  }
  return out;
}

const ROMAN = /^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;

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

/** All numbers of a text in order of position. */
export function extractNumbers(text: string, langCode: string): NumberToken[] {
  const lang = baseLang(langCode);
  const norm = normaliseDigits(text);
  const covered = new Array<boolean>(text.length + 1).fill(false);
  const found: NumberToken[] = [...cjkNumbers(text, norm, covered)];
  found.push(...digitNumbers(text, norm, lang, covered));
  found.push(...wordNumbers(text, lang, covered));
  for (const m of text.matchAll(/(?<![\p{L}\p{N}])[IVXLCDM]{2,}(?![\p{L}\p{N}])/gu)) {
    if (ROMAN.test(m[0])) found.push(token(text, m.index!, m.index! + m[0].length, 'roman', [{ value: romanValue(m[0]), unit: 1 }]));
  }
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const month = monthOf(m[0], lang);
    if (month) found.push(token(text, m.index!, m.index! + m[0].length, 'month', [{ value: month, unit: 1 }]));
  }
  return found.sort((a, b) => a.start - b.start);
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
  return new Intl.NumberFormat(langCode, {
    useGrouping: like.grouped || (like.kind === 'word' && v >= 10000),
    maximumFractionDigits: 6,
  }).format(v);
}
