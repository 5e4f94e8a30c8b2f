// Words with offsets and the writing system each is in, for the accuracy checks. A word is a
// run of letters and marks (digits kept inside, "COVID-19"), inner hyphens and apostrophes kept
// ("sit-in", "don't"), so one pass over the text gives everything a check compares.
import { charClass } from './char-class';

export type Script =
  | 'latin'
  | 'cyrillic'
  | 'greek'
  | 'arabic'
  | 'hebrew'
  | 'devanagari'
  | 'han'
  | 'kana'
  | 'hangul'
  | 'thai'
  | 'other';

export interface Word {
  start: number;
  end: number;
  text: string;
  /** Lower case, NFC. */
  lower: string;
  script: Script;
  /** First letter is a capital. */
  cap: boolean;
  /** First word of a sentence, or first after an opening quote / bracket / colon. */
  initial: boolean;
  /** Inside quotation marks or brackets. */
  quoted: boolean;
  /** Contains a digit. */
  digit: boolean;
}

const SCRIPT_TESTS: Array<[Script, RegExp]> = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['han', /\p{Script=Han}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['thai', /\p{Script=Thai}/u],
];

const ASCII = /^[\x00-\x7f]*$/;

export function scriptOf(word: string): Script {
  if (ASCII.test(word)) return /[A-Za-z]/.test(word) ? 'latin' : 'other';
  for (const [name, re] of SCRIPT_TESTS) if (re.test(word)) return name;
  return 'other';
}

// Word characters (\p{L}\p{M}\p{N}) by lookup: tokenising is the one pass every accuracy check
// shares, over every word of a book.
const WORD_CHAR = charClass(/^[\p{L}\p{M}\p{N}]$/u);

/** WORD_CHAR of an ASCII unit, by index: most units of most texts, without the call. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = WORD_CHAR.at(String.fromCharCode(c), 0);

function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < 128 ? ASCII_WORD[c] : WORD_CHAR.at(text, i);
}

/** Apostrophes and hyphens kept inside a word ("don't", "sit-in"). */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** Numbers (\p{N}) beyond ASCII digits: "²", "٢", "Ⅻ" make a word a digit word too. */
const NUMBER_CHAR = charClass(/^\p{N}$/u);

/** Every unit below U+0300, where NFC changes nothing (no combining mark to compose with). */
function lowerBelow300(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x300) return false;
  return true;
}

const SPACE = /\s/;
const AFTER_CLOSE = /[\s.,;:!?]/;

const OPEN = new Set(['"', '\u201c', '\u201e', '\u00ab', '\u2039', '\u2018', '\u201a', '(', '[', '\u300c', '\u300e']);
const CLOSE = new Set(['"', '\u201d', '\u201c', '\u00bb', '\u203a', '\u2019', ')', ']', '\u300d', '\u300f']);
const STRAIGHT = '"';

// What a character between two words does to the quote tracking, by code unit (most do nothing):
// the branches of the loop in words(), in the order they are tried there.
const GAP_NONE = 0;
const GAP_STRAIGHT = 1;
const GAP_SINGLE = 2;
const GAP_OPEN = 3;
const GAP_LEFT_DOUBLE = 4;
const GAP_CLOSE = 5;
const GAP_BREAK = 6;
const GAP = new Uint8Array(0x10000);
for (const c of CLOSE) GAP[c.charCodeAt(0)] = GAP_CLOSE;
for (const c of OPEN) GAP[c.charCodeAt(0)] = GAP_OPEN;
GAP[0x3a] = GAP_BREAK; // :
GAP[0x2014] = GAP_BREAK; // —
GAP[0x201c] = GAP_LEFT_DOUBLE; // “
GAP[0x2019] = GAP_SINGLE; // ’
GAP[0x2018] = GAP_SINGLE; // ‘
GAP[0x201a] = GAP_SINGLE; // ‚
GAP[0x22] = GAP_STRAIGHT; // "

/** What a word's text says, the same for every occurrence of the text: worked out once. */
class Letters {
  constructor(
    readonly text: string,
    readonly lower: string,
    readonly script: Script,
    readonly cap: boolean,
    readonly digit: boolean,
  ) {}
}

/**
 * The letters of a word's text (a run of word characters and the joiners inside it): lower case,
 * capital, script, digit. Beyond ASCII: a letter of U+00C0..U+024F, ª or º is of the Latin script,
 * which scriptOf tries first (², ³, ¹, ¼, ½, ¾ and µ below U+00C0 are not), and a text whose
 * units all stay below U+0300 has nothing for NFC to compose.
 */
function lettersOf(raw: string): Letters {
  const n = raw.length;
  let ascii = true;
  let upper = false;
  let digit = false;
  let letter = false;
  let latin = false;
  let below300 = true;
  for (let i = 0; i < n; ) {
    const w = WORD_CHAR.at(raw, i);
    const c = raw.charCodeAt(i);
    if (w === 0) {
      // A joiner (apostrophe, hyphen).
      if (c > 127) ascii = false;
      i++;
      continue;
    }
    if (c < 128) {
      if (c <= 57) digit = true;
      else if (c <= 90) {
        upper = true;
        letter = true;
      } else letter = true;
    } else {
      ascii = false;
      if (c >= 0x300) below300 = false;
      else if ((c >= 0xc0 && c < 0x250) || c === 0xaa || c === 0xba) latin = true;
      if (!digit && NUMBER_CHAR.at(raw, i) > 0) digit = true;
    }
    i += w;
  }
  if (ascii && !upper) return new Letters(raw, raw, letter ? 'latin' : 'other', false, digit);
  if (ascii) {
    const f = raw.charCodeAt(0);
    return new Letters(raw, raw.toLowerCase(), letter ? 'latin' : 'other', f >= 65 && f <= 90, digit);
  }
  const lowered = raw.toLowerCase();
  const first = raw.charAt(0);
  return new Letters(
    raw,
    below300 && lowerBelow300(lowered) ? lowered : lowered.normalize('NFC'),
    letter || latin ? 'latin' : scriptOf(raw),
    first !== first.toLowerCase(),
    digit,
  );
}

// Words repeat (Zipf): a short word's text and letters are shared between its occurrences rather
// than cut out of the text and worked out each time. A document keeps its words while it is
// checked, and every object less is one the garbage collector need not copy. Only short words:
// V8 cuts a long one as a view on the whole text, which a module-wide table must not keep alive.
const SHORT = 13;
const INTERN_SIZE = 1 << 16;
let interned: Array<Letters | undefined> = new Array<Letters | undefined>(INTERN_SIZE).fill(undefined);
let internedCount = 0;

/**
 * The letters of text.slice(start, end), the same object as last time when the word was seen
 * before. `h` is the hash of its units (h * 31 + unit, from 0), taken while the word was read.
 */
function lettersAt(text: string, start: number, end: number, h: number): Letters {
  const len = end - start;
  if (len >= SHORT) return lettersOf(text.slice(start, end));
  const mask = INTERN_SIZE - 1;
  let slot = h & mask;
  for (;;) {
    const e = interned[slot];
    if (e === undefined) break;
    const t = e.text;
    if (t.length === len) {
      let k = 0;
      while (k < len && t.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === len) return e;
    }
    slot = (slot + 1) & mask;
  }
  const letters = lettersOf(text.slice(start, end));
  // Half full: start over rather than let probes grow (a book has more distinct words than this).
  if (internedCount >= INTERN_SIZE >> 1) {
    interned = new Array<Letters | undefined>(INTERN_SIZE).fill(undefined);
    internedCount = 0;
    slot = h & mask;
  }
  interned[slot] = letters;
  internedCount++;
  return letters;
}

/**
 * Words of `text` in order. `sentenceStarts` are offsets where sentences begin (the first word
 * at or after each is `initial`). Quote tracking is per call and linear.
 */
export function words(text: string, sentenceStarts: number[] = [0]): Word[] {
  const out: Word[] = [];
  let depth = 0;
  let straightOpen = false;
  let last = 0;
  let si = 0;
  let pendingInitial = true;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let w = c < 128 ? ASCII_WORD[c] : WORD_CHAR.at(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    // A word: a run of word characters, with inner apostrophes and hyphens; its hash (for
    // lettersAt) taken on the way, each unit read once.
    const start = i;
    let h = 0;
    for (;;) {
      if (w > 0) {
        h = (Math.imul(h, 31) + c) | 0;
        if (w === 2) h = (Math.imul(h, 31) + text.charCodeAt(i + 1)) | 0;
        i += w;
        if (i >= n) break;
        c = text.charCodeAt(i);
        w = c < 128 ? ASCII_WORD[c] : WORD_CHAR.at(text, i);
      } else if (i + 1 < n && isJoiner(c) && wordCharAt(text, i + 1) > 0) {
        h = (Math.imul(h, 31) + c) | 0;
        i++;
        c = text.charCodeAt(i);
        w = c < 128 ? ASCII_WORD[c] : WORD_CHAR.at(text, i);
      } else break;
    }
    // Punctuation between the previous word and this one: quotes, brackets, colons.
    for (let k = last; k < start; k++) {
      const kind = GAP[text.charCodeAt(k)];
      if (kind === GAP_NONE) continue;
      if (kind === GAP_STRAIGHT) {
        straightOpen = !straightOpen;
        if (straightOpen) pendingInitial = true;
      } else if (kind === GAP_SINGLE) {
        // Single quotes double as apostrophes: only count them next to a space.
        const c = text[k];
        const before = k === 0 ? ' ' : text[k - 1];
        const after = k + 1 < n ? text[k + 1] : ' ';
        if (c !== '\u2019' && SPACE.test(before)) depth++;
        else if (c === '\u2019' && AFTER_CLOSE.test(after) && depth > 0) depth--;
      } else if (kind === GAP_OPEN) {
        depth++;
        pendingInitial = true;
      } else if (kind === GAP_LEFT_DOUBLE) {
        // Opening in English, closing in German: decide by what follows.
        const after = k + 1 < n ? text[k + 1] : ' ';
        if (SPACE.test(after) || k === n - 1) depth = Math.max(0, depth - 1);
        else {
          depth++;
          pendingInitial = true;
        }
      } else if (kind === GAP_CLOSE) depth = Math.max(0, depth - 1);
      else pendingInitial = true;
    }
    while (si < sentenceStarts.length && sentenceStarts[si] <= start) {
      pendingInitial = true;
      si++;
    }
    const k = lettersAt(text, start, i, h);
    // A literal, not a class: V8 sees that the words of this one allocation site live on (a
    // document keeps them while it is checked) and allocates them in the old generation
    // directly, where the young generation's collections need not copy them.
    out.push({
      start,
      end: i,
      text: k.text,
      lower: k.lower,
      script: k.script,
      cap: k.cap,
      initial: pendingInitial,
      quoted: depth > 0 || straightOpen,
      digit: k.digit,
    });
    pendingInitial = false;
    last = i;
  }
  return out;
}

const SCRIPT_SLOT: Record<Script, number> = {
  latin: 0, cyrillic: 1, greek: 2, arabic: 3, hebrew: 4, devanagari: 5, han: 6, kana: 7, hangul: 8, thai: 9, other: 10,
};
const LETTER = /\p{L}/u;

/** The script most letters of `text` are written in ('other' when there are none). */
export function mainScript(list: Word[]): Script {
  const counts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  let best: Script = 'other';
  let bestN = 0;
  for (const w of list) {
    if (w.digit && !LETTER.test(w.text)) continue;
    const script = w.script;
    // Most words are Latin: a comparison, not a lookup by name.
    const slot = script === 'latin' ? 0 : SCRIPT_SLOT[script];
    const n = counts[slot] + w.text.length;
    counts[slot] = n;
    if (n > bestN) {
      bestN = n;
      best = script;
    }
  }
  return best;
}

const CONTENT_CHAR = /[\p{L}\p{N}]/u;

/**
 * `bareText(a) === bareText(b)`, walking both strings at once and stopping at the first
 * difference, so unequal texts (nearly all) cost a few characters.
 */
export function sameBareText(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && !CONTENT_CHAR.test(a[i])) i++;
    while (j < b.length && !CONTENT_CHAR.test(b[j])) j++;
    if (i >= a.length || j >= b.length) break;
    const x = a[i];
    const y = b[j];
    if (x !== y && x.toLowerCase() !== y.toLowerCase()) {
      // Composed versus decomposed accents: settle it the slow way.
      return x.charCodeAt(0) > 0x7f || y.charCodeAt(0) > 0x7f ? bareText(a) === bareText(b) : false;
    }
    i++;
    j++;
  }
  return i >= a.length && j >= b.length;
}

/** Letters and digits only, lower case: what "the same text" is compared on. */
export function bareText(text: string): string {
  return text.toLowerCase().normalize('NFC').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The part of a segment view the word cache reads (structural, to avoid an import cycle). */
interface ViewLike {
  source: string;
  target: string;
  sourceSentences: ReadonlyArray<{ start: number }>;
  targetSentences: ReadonlyArray<{ start: number }>;
}

function starts(spans: ReadonlyArray<{ start: number }>): number[] {
  const out = new Array<number>(spans.length);
  for (let i = 0; i < spans.length; i++) out[i] = spans[i].start;
  return out;
}

/** Where a view keeps its words once cut: a symbol no other code reads or writes. */
const SLOT = Symbol('word-runs');

interface Carrier {
  [SLOT]?: { s?: Word[]; t?: Word[] };
}

/**
 * Words of a view's source ('s') or target ('t'), cut once whatever number of checks ask: the
 * sentence starts are only listed when the side is tokenised. The list is kept on the view
 * itself, under a symbol: it goes with the view (a module-wide WeakMap kept a run of one-segment
 * documents' words alive until a full garbage collection), and the words are a function of the
 * view's own text and sentences. Not in the document's memo: a string key per view and side was
 * built, hashed and stored for nothing. (`_doc` stays for the callers' sake.)
 */
export function viewWords(_doc: unknown, view: ViewLike, side: 's' | 't'): Word[] {
  const carrier = view as ViewLike & Carrier;
  let slot = carrier[SLOT];
  if (slot === undefined) {
    slot = {};
    carrier[SLOT] = slot;
  }
  let list = slot[side];
  if (list === undefined) {
    list = side === 's' ? words(view.source, starts(view.sourceSentences)) : words(view.target, starts(view.targetSentences));
    slot[side] = list;
  }
  return list;
}
