// Words with offsets and the writing system each is in, for the accuracy checks. A word is a
// run of letters and marks (digits kept inside, "COVID-19"), inner hyphens and apostrophes kept
// ("sit-in", "don't"), so one pass over the text gives everything a check compares.

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

const WORD = /[\p{L}\p{M}\p{N}]+(?:['\u2019\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*/gu;
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

const OPEN = new Set(['"', '\u201c', '\u201e', '\u00ab', '\u2039', '\u2018', '\u201a', '(', '[', '\u300c', '\u300e']);
const CLOSE = new Set(['"', '\u201d', '\u201c', '\u00bb', '\u203a', '\u2019', ')', ']', '\u300d', '\u300f']);
const STRAIGHT = '"';

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
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    // Punctuation between the previous word and this one: quotes, brackets, colons.
    for (let i = last; i < m.index; i++) {
      const c = text[i];
      if (c === STRAIGHT) {
        straightOpen = !straightOpen;
        if (straightOpen) pendingInitial = true;
      } else if (c === '\u2019' || c === '\u2018' || c === '\u201a') {
        // Single quotes double as apostrophes: only count them next to a space.
        const before = i === 0 ? ' ' : text[i - 1];
        const after = i + 1 < text.length ? text[i + 1] : ' ';
        if (c !== '\u2019' && /\s/.test(before)) depth++;
        else if (c === '\u2019' && /[\s.,;:!?]/.test(after) && depth > 0) depth--;
      } else if (OPEN.has(c) && c !== '\u201c') {
        depth++;
        pendingInitial = true;
      } else if (c === '\u201c') {
        // Opening in English, closing in German: decide by what follows.
        const after = i + 1 < text.length ? text[i + 1] : ' ';
        if (/\s/.test(after) || i === text.length - 1) depth = Math.max(0, depth - 1);
        else {
          depth++;
          pendingInitial = true;
        }
      } else if (CLOSE.has(c)) depth = Math.max(0, depth - 1);
      else if (c === ':' || c === '\u2014') pendingInitial = true;
    }
    while (si < sentenceStarts.length && sentenceStarts[si] <= m.index) {
      pendingInitial = true;
      si++;
    }
    const raw = m[0];
    const ascii = ASCII.test(raw);
    const first = raw.charAt(0);
    out.push({
      start: m.index,
      end: m.index + raw.length,
      text: raw,
      lower: ascii ? raw.toLowerCase() : raw.toLowerCase().normalize('NFC'),
      script: scriptOf(raw),
      cap: first !== first.toLowerCase(),
      initial: pendingInitial,
      quoted: depth > 0 || straightOpen,
      digit: ascii ? /[0-9]/.test(raw) : /\p{N}/u.test(raw),
    });
    pendingInitial = false;
    last = m.index + raw.length;
  }
  return out;
}

/** The script most letters of `text` are written in ('other' when there are none). */
export function mainScript(list: Word[]): Script {
  const counts = new Map<Script, number>();
  let best: Script = 'other';
  let bestN = 0;
  for (const w of list) {
    if (w.digit && !/\p{L}/u.test(w.text)) continue;
    const n = (counts.get(w.script) ?? 0) + w.text.length;
    counts.set(w.script, n);
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
