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

// Words repeat (Zipf): a short word's text is shared between its occurrences rather than copied
// out of the text each time, and what its letters say (lower case, capital, script) is worked
// out once. A document keeps its words while it is checked, and every string less is one the
// garbage collector need not copy. Only short words: V8 cuts a long one as a view on the whole
// text, which a module-wide table must not keep alive.
const SHORT = 13;
const INTERN_SIZE = 1 << 16;
let interned: Array<string | undefined> = new Array<string | undefined>(INTERN_SIZE).fill(undefined);
let internedCount = 0;

/** text.slice(start, end), the same string as last time when the word was seen before. */
function sliceShared(text: string, start: number, end: number): string {
  const len = end - start;
  if (len >= SHORT) return text.slice(start, end);
  let h = 0;
  for (let k = start; k < end; k++) h = (Math.imul(h, 31) + text.charCodeAt(k)) | 0;
  const mask = INTERN_SIZE - 1;
  let slot = h & mask;
  for (;;) {
    const e = interned[slot];
    if (e === undefined) break;
    if (e.length === len) {
      let k = 0;
      while (k < len && e.charCodeAt(k) === text.charCodeAt(start + k)) k++;
      if (k === len) return e;
    }
    slot = (slot + 1) & mask;
  }
  const s = text.slice(start, end);
  // Half full: start over rather than let probes grow (a book has more distinct words than this).
  if (internedCount >= INTERN_SIZE >> 1) {
    interned = new Array<string | undefined>(INTERN_SIZE).fill(undefined);
    internedCount = 0;
    slot = h & mask;
  }
  interned[slot] = s;
  internedCount++;
  return s;
}

/** Lower case, capital and script of a word that is not plain lower-case ASCII, by its text. */
interface Letters {
  lower: string;
  cap: boolean;
  script: Script;
}

const LETTERS = new Map<string, Letters>();
const LETTERS_LIMIT = 50000;

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
    let w = WORD_CHAR.at(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    // A word: a run of word characters, with inner apostrophes and hyphens.
    const start = i;
    let ascii = true;
    let upper = false;
    let digit = false;
    let letter = false;
    // Beyond ASCII: a letter of U+00C0..U+024F, ª or º (all of the Latin script, which scriptOf
    // tries first; ², ³, ¹, ¼, ½, ¾ and µ below U+00C0 are not), and whether every unit stays
    // below U+0300, where NFC has nothing to compose.
    let latin = false;
    let below300 = true;
    for (;;) {
      if (w > 0) {
        const c = text.charCodeAt(i);
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
          if (!digit && NUMBER_CHAR.at(text, i) > 0) digit = true;
        }
        i += w;
        w = i < n ? WORD_CHAR.at(text, i) : 0;
      } else if (i + 1 < n && isJoiner(text.charCodeAt(i)) && WORD_CHAR.at(text, i + 1) > 0) {
        if (text.charCodeAt(i) > 127) ascii = false;
        i++;
        w = WORD_CHAR.at(text, i);
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
    const raw = sliceShared(text, start, i);
    let lower: string;
    let cap: boolean;
    let script: Script;
    if (ascii && !upper) {
      lower = raw;
      cap = false;
      script = letter ? 'latin' : 'other';
    } else {
      // The same for every occurrence of the text (the flags above are read off its letters).
      let known = raw.length < SHORT ? LETTERS.get(raw) : undefined;
      if (known === undefined) {
        if (ascii) {
          const f = raw.charCodeAt(0);
          known = { lower: raw.toLowerCase(), cap: f >= 65 && f <= 90, script: letter ? 'latin' : 'other' };
        } else {
          const lowered = raw.toLowerCase();
          const first = raw.charAt(0);
          known = {
            lower: below300 && lowerBelow300(lowered) ? lowered : lowered.normalize('NFC'),
            cap: first !== first.toLowerCase(),
            script: letter || latin ? 'latin' : scriptOf(raw),
          };
        }
        if (raw.length < SHORT) {
          if (LETTERS.size >= LETTERS_LIMIT) LETTERS.clear();
          LETTERS.set(raw, known);
        }
      }
      lower = known.lower;
      cap = known.cap;
      script = known.script;
    }
    out.push({
      start,
      end: i,
      text: raw,
      lower,
      script,
      cap,
      initial: pendingInitial,
      quoted: depth > 0 || straightOpen,
      digit,
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
    const slot = SCRIPT_SLOT[w.script];
    const n = counts[slot] + w.text.length;
    counts[slot] = n;
    if (n > bestN) {
      bestN = n;
      best = w.script;
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

/** Minimal view of the memo a document context offers (kept structural to avoid an import cycle). */
interface Memo {
  memo<T>(key: string, build: () => T): T;
}

/**
 * Words of one side of a segment, tokenised once per document whatever number of checks ask
 * for them. `sentenceStarts` are relative to `text`.
 */
export function cachedWords(doc: Memo, key: string, text: string, sentenceStarts: number[]): Word[] {
  return doc.memo(`word-runs:${key}`, () => words(text, sentenceStarts));
}

/** The part of a segment view the word cache reads (structural, as above). */
interface ViewLike {
  segment: { id: string };
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
 * Words of a view's source ('s') or target ('t'), from the same per-document cache as
 * `cachedWords(doc, 's:' + id, ...)`: the sentence starts are only listed when the side is
 * tokenised. The list is also kept on the view itself, under a symbol, so a check asking again
 * reads one property instead of building a key and looking it up; it goes with the view (a
 * module-wide WeakMap kept a run of one-segment documents' words alive until a full garbage
 * collection), and the words are a function of the view's own text and sentences.
 */
export function viewWords(doc: Memo, view: ViewLike, side: 's' | 't'): Word[] {
  const carrier = view as ViewLike & Carrier;
  let slot = carrier[SLOT];
  if (slot === undefined) {
    slot = {};
    carrier[SLOT] = slot;
  }
  let list = slot[side];
  if (list === undefined) {
    list = doc.memo(`word-runs:${side}:${view.segment.id}`, () =>
      side === 's' ? words(view.source, starts(view.sourceSentences)) : words(view.target, starts(view.targetSentences)),
    );
    slot[side] = list;
  }
  return list;
}
