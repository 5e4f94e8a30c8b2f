// Words with their exact offsets, for the rule-pack matcher. A word is a run of letters, marks
// and digits, with inner hyphens kept ("sit-in", "al-Kazimi"); apostrophes split ("l'Iran" →
// "l", "Iran"; "Iran's" → "Iran", "s"), so patterns and texts cut the same way in any language.

export interface Token {
  /** Offsets into the tokenised string, half-open UTF-16. */
  start: number;
  end: number;
  /** The characters as written. */
  text: string;
  /** Comparison form: NFC, lower case, ligatures opened (œ → oe), hyphens unified. */
  norm: string;
  /** `norm` without diacritics (the same string when there were none). */
  fold: string;
  /** Written with a capital first letter / entirely in capitals (two letters or more). */
  cap: boolean;
  upper: boolean;
}

const NON_ASCII = /[^\x00-\x7f]/;
const HYPHENS = /[\u2010\u2011]/g;

/** Lower case, NFC, œ/æ opened, hyphen variants unified: the form literals are compared in. */
export function normWord(word: string): string {
  const w = word.toLowerCase();
  if (!NON_ASCII.test(w)) return w;
  return unify(w.normalize('NFC'));
}

/** normWord's last steps, on a word already in lower case and NFC. */
function unify(lowerNfc: string): string {
  if (!NON_ASCII.test(lowerNfc)) return lowerNfc;
  // Most accented words have no special hyphen: no replacement to make.
  let w = lowerNfc.includes('\u2010') || lowerNfc.includes('\u2011') ? lowerNfc.replace(HYPHENS, '-') : lowerNfc;
  if (w.includes('œ')) w = w.replace(/œ/g, 'oe');
  if (w.includes('æ')) w = w.replace(/æ/g, 'ae');
  return w;
}

/** A normalised word without its diacritics: 'piégé' → 'piege'. */
export function foldWord(norm: string): string {
  if (!NON_ASCII.test(norm)) return norm;
  let fold = FOLDS.get(norm);
  if (fold === undefined) {
    fold = norm.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
    if (FOLDS.size >= FOLD_LIMIT) FOLDS.clear();
    FOLDS.set(norm, fold);
  }
  return fold;
}

/** Folded forms by word: three Unicode passes per accented word, and words repeat. */
const FOLDS = new Map<string, string>();
const FOLD_LIMIT = 50000;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const charClass = new Map<number, boolean>();

/** Length (1 or 2 UTF-16 units) of the word character at i, or 0 when it is not one. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  const cp = text.codePointAt(i) as number;
  let known = charClass.get(cp);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(cp));
    charClass.set(cp, known);
  }
  return known ? (cp > 0xffff ? 2 : 1) : 0;
}

function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** What a token's characters say, the same wherever they stand. */
class TokenForms {
  constructor(
    readonly text: string,
    readonly norm: string,
    readonly fold: string,
    readonly cap: boolean,
    readonly upper: boolean,
  ) {}
}

/** A token where it stands; its forms are shared by every token of the same text. */
class TokenAt implements Token {
  constructor(
    public start: number,
    public end: number,
    private k: TokenForms,
  ) {}

  /** Made to stand for another token (a TokenBuffer's objects serve again). */
  reset(start: number, end: number, k: TokenForms): void {
    this.start = start;
    this.end = end;
    this.k = k;
  }

  get text(): string {
    return this.k.text;
  }
  get norm(): string {
    return this.k.norm;
  }
  get fold(): string {
    return this.k.fold;
  }
  get cap(): boolean {
    return this.k.cap;
  }
  get upper(): boolean {
    return this.k.upper;
  }
}

// Words repeat: the forms of a token's text are worked out once. Read off the text (tokenise)
// and off a shared word (tokensFromWords) they are kept apart, each as its own reading gives them.
const FORMS = new Map<string, TokenForms>();
const WORD_FORMS = new Map<string, TokenForms>();
const FORMS_LIMIT = 50000;

function remember(cache: Map<string, TokenForms>, raw: string, forms: TokenForms): TokenForms {
  if (cache.size >= FORMS_LIMIT) cache.clear();
  cache.set(raw, forms);
  return forms;
}

/** The forms of `raw`, a run of word characters and inner hyphens, as tokenise reads it. */
function formsOf(raw: string): TokenForms {
  const known = FORMS.get(raw);
  if (known !== undefined) return known;
  let ascii = true;
  let hasUpper = false;
  let hasLower = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) hasUpper = true;
    else if (c >= 97 && c <= 122) hasLower = true;
    else if (c >= 128) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    const norm = hasUpper ? raw.toLowerCase() : raw;
    const c = raw.charCodeAt(0);
    const cap = c >= 65 && c <= 90;
    return remember(FORMS, raw, new TokenForms(raw, norm, norm, cap, cap && raw.length > 1 && !hasLower));
  }
  const lower = raw.toLowerCase();
  const norm = normWord(raw);
  const c = raw.charCodeAt(0);
  const cap = c >= 65 && c <= 90 ? true : c < 128 ? false : raw.charAt(0) !== lower.charAt(0);
  return remember(FORMS, raw, new TokenForms(raw, norm, foldWord(norm), cap, cap && raw.length > 1 && raw !== lower && raw === raw.toUpperCase()));
}

/**
 * The forms of a word as text/word-runs.ts cut it, when no apostrophe splits it (not seen before):
 * its lower case is already there (word-runs lower-cases with NFC, as normWord does), and its
 * capital is the tokeniser's (the first letter's case).
 */
function wordForms(w: { text: string; lower: string; cap: boolean }): TokenForms {
  const raw = w.text;
  let ascii = true;
  let hasLower = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 97 && c <= 122) hasLower = true;
    else if (c >= 128) ascii = false;
  }
  if (ascii) return remember(WORD_FORMS, raw, new TokenForms(raw, w.lower, w.lower, w.cap, w.cap && raw.length > 1 && !hasLower));
  const norm = unify(w.lower);
  return remember(
    WORD_FORMS,
    raw,
    new TokenForms(raw, norm, foldWord(norm), w.cap, w.cap && raw.length > 1 && raw !== raw.toLowerCase() && raw === raw.toUpperCase()),
  );
}

function hasApostrophe(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x27 || c === 0x2019) return true;
  }
  return false;
}

/**
 * Room for the tokens of one text after another, for a caller that is done with a text's tokens
 * before it asks for the next text's (a check, segment by segment): the list and its token
 * objects are filled in again rather than made anew for every segment.
 */
export class TokenBuffer {
  readonly tokens: Token[] = [];
  private readonly made: TokenAt[] = [];
  private count = 0;

  clear(): void {
    this.count = 0;
  }

  push(start: number, end: number, k: TokenForms): void {
    let t = this.made[this.count];
    if (t === undefined) {
      t = new TokenAt(start, end, k);
      this.made.push(t);
    } else t.reset(start, end, k);
    this.tokens[this.count++] = t;
  }

  /** The tokens pushed since the last clear (valid until the next clear). */
  done(): Token[] {
    this.tokens.length = this.count;
    return this.tokens;
  }
}

/**
 * The tokens of a text from its words as text/word-runs.ts cuts them (the words every check
 * shares): a word is a token unless apostrophes join pieces of it ("l'Iran", "Iran's"), which
 * are tokens of their own. The same list as tokenise(text), without reading the text again.
 * With a buffer, the list is the buffer's, good until the buffer is used again.
 */
export function tokensFromWords(
  words: ReadonlyArray<{ start: number; end: number; text: string; lower: string; cap: boolean }>,
  buffer?: TokenBuffer,
): Token[] {
  const out = buffer ?? new TokenBuffer();
  out.clear();
  for (const w of words) {
    const raw = w.text;
    // A word seen before without an apostrophe is known by its text alone.
    const known = WORD_FORMS.get(raw);
    if (known !== undefined || !hasApostrophe(raw)) {
      out.push(w.start, w.end, known ?? wordForms(w));
      continue;
    }
    let from = 0;
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c !== 0x27 && c !== 0x2019) continue;
      out.push(w.start + from, w.start + i, formsOf(raw.slice(from, i)));
      from = i + 1;
    }
    out.push(w.start + from, w.start + raw.length, formsOf(raw.slice(from)));
  }
  return out.done();
}

export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = wordCharAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      if (w > 0) i += w;
      else if (i + 1 < n && isHyphen(text.charCodeAt(i)) && wordCharAt(text, i + 1) > 0) i++;
      else break;
      w = i < n ? wordCharAt(text, i) : 0;
    }
    out.push(new TokenAt(start, i, formsOf(text.slice(start, i))));
  }
  return out;
}
