// A language's data for the real-word check, read once from its generated module: how frequent a
// word is (log2 classes), which parts of speech it takes, how likely one part of speech is to
// follow another, and which frequent words lose one letter to become another word ("been" →
// "bee"). Pure data and arithmetic; built on first use of the language, never per segment.

/** The text form of a language's data, as a generator writes it (see en-data.ts). */
export interface RealWordData {
  TAGS: string;
  UNKNOWN: string;
  PRIOR: string;
  TRANSITIONS: string[];
  CLASSES: string[];
}

/** Part-of-speech distribution: tag indices and their probabilities. */
export interface TagDist {
  tags: number[];
  probs: number[];
}

export interface WordInfo {
  /** log2 of the word's count, roughly (its class). */
  readonly logCount: number;
  /** Null when the tagged corpus lacks the word. */
  readonly tags: TagDist | null;
  /** A word that may stand corrected for a rarer one a letter shorter. */
  readonly candidate: boolean;
}

/** An entry of the list; its tags are read on first need (most words are never asked for them). */
class Entry implements WordInfo {
  private parsed: TagDist | null | undefined;
  constructor(
    readonly logCount: number,
    readonly candidate: boolean,
    private readonly raw: string,
    private readonly colon: number,
    private readonly unknown: TagDist,
  ) {}

  get tags(): TagDist | null {
    if (this.parsed === undefined) this.parsed = this.colon < 0 ? null : parseSeen(this.raw, this.colon + 1, this.unknown);
    return this.parsed;
  }
}

/** A word and the far more frequent words that become it when they lose a letter. */
export interface Confusable {
  /** Undefined: a word the list lacks (the dictionary may still know it). */
  info: WordInfo | undefined;
  longer: readonly { word: string; info: WordInfo }[];
}

export interface BuildOptions {
  /** Words more frequent than this class are never judged. */
  maxRareClass: number;
  /** The longer word is at least 2^this times as frequent. */
  minRatioBits: number;
  /** A word's frequency in written text where the spoken counts mislead (interjections). */
  writtenLogCount(word: string, logCount: number): number;
}

/** Hash of the lower-case ASCII letters a word is made of, for the model's quick filter. */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619) >>> 0;
}
export const HASH_START = 2166136261;
const FILTER_BITS = 20;

/**
 * The words `word` becomes when it loses one letter, each once: dropping either letter of a double
 * gives the same word ("been" → "ben" once). None is empty.
 */
export function oneLetterShorter(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) {
    if (i > 0 && word[i] === word[i - 1]) continue;
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (shorter) out.push(shorter);
  }
  return out;
}

export interface RealWordModel {
  word(w: string): WordInfo | undefined;
  /** Whether a word with this hash may be confusable (false: certainly not). */
  maybe(hash: number): boolean;
  confusable(w: string): Confusable | undefined;
  /** Every word of the list that is `w` with one more letter, whatever their frequencies (built on first use). */
  oneLonger(w: string): readonly string[] | undefined;
  unknown: TagDist;
  tag(name: string): number;
  /** Number of tags. */
  size: number;
  /** P(b | a): tag b follows tag a. */
  trans(a: number, b: number): number;
  /** P(a). */
  prior(a: number): number;
}

function tagCode(ch: number): number {
  return ch - 35 - (ch > 92 ? 1 : 0);
}

/**
 * A reader of the tags the tagged corpus gives each word, by tag name and share, without building
 * the model (no frequencies, no blending with the unknown word's tags); null for a word it lacks.
 * The word list is indexed on the first call.
 */
export function tagSharesReader(data: Pick<RealWordData, 'TAGS' | 'CLASSES'>): (word: string) => Map<string, number> | null {
  const names = data.TAGS.split(' ');
  let entries: Map<string, string> | null = null;
  return (word) => {
    if (!entries) {
      entries = new Map();
      for (const line of data.CLASSES) {
        if (!line) continue;
        for (const e of line.split(' ')) {
          const colon = e.indexOf(':');
          if (colon > 0) entries.set(e.slice(e.charCodeAt(0) === 43 ? 1 : 0, colon), e.slice(colon + 2));
        }
      }
    }
    const pairs = entries.get(word);
    if (pairs === undefined) return null;
    const { tags, probs } = parseTags(pairs, 0);
    const out = new Map<string, number>();
    tags.forEach((t, i) => {
      const name = names[t];
      if (name !== undefined && probs[i] > 0) out.set(name, (out.get(name) ?? 0) + probs[i]);
    });
    return out;
  };
}

/** How many sightings the unknown word's tags count for, blended into a word's own. */
const PRIOR_WEIGHT = 2;

/** A word's own tags (after how often Brown has it), blended with the unknown word's. */
function parseSeen(s: string, from: number, unknown: TagDist): TagDist {
  const seen = s.charCodeAt(from) - 48;
  const own = parseTags(s, from + 1);
  const tags = own.tags.slice();
  const probs = own.probs.map((p) => (p * seen) / (seen + PRIOR_WEIGHT));
  for (let i = 0; i < unknown.tags.length; i++) {
    const share = (unknown.probs[i] * PRIOR_WEIGHT) / (seen + PRIOR_WEIGHT);
    const at = tags.indexOf(unknown.tags[i]);
    if (at >= 0) probs[at] += share;
    else if (share >= 0.02) {
      tags.push(unknown.tags[i]);
      probs.push(share);
    }
  }
  const sum = probs.reduce((a, b) => a + b, 0);
  return { tags, probs: probs.map((p) => p / sum) };
}

function parseTags(s: string, from: number): TagDist {
  const tags: number[] = [];
  const probs: number[] = [];
  let sum = 0;
  for (let i = from; i + 1 < s.length; i += 2) {
    tags.push(tagCode(s.charCodeAt(i)));
    const w = s.charCodeAt(i + 1) - 48;
    probs.push(w);
    sum += w;
  }
  for (let i = 0; i < probs.length; i++) probs[i] /= sum;
  return { tags, probs };
}

export function buildModel(data: RealWordData, options: BuildOptions): RealWordModel {
  const names = data.TAGS.split(' ');
  const n = names.length;
  const index = new Map(names.map((t, i) => [t, i]));
  const trans = new Float64Array(n * n);
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) trans[a * n + b] = 2 ** (-(data.TRANSITIONS[a].charCodeAt(b) - 48) / 2);
  const prior = new Float64Array(n);
  for (let a = 0; a < n; a++) prior[a] = 2 ** (-(data.PRIOR.charCodeAt(a) - 48) / 2);

  const unknown = parseTags(data.UNKNOWN, 0);
  const words = new Map<string, WordInfo>();
  data.CLASSES.forEach((line, k) => {
    if (!line) return;
    for (const entry of line.split(' ')) {
      const candidate = entry.charCodeAt(0) === 43; // '+'
      const colon = entry.indexOf(':');
      const word = entry.slice(candidate ? 1 : 0, colon < 0 ? entry.length : colon);
      words.set(word, new Entry(k + 0.5, candidate, entry, colon, unknown));
    }
  });
  // Every frequent word less one letter, kept where that word is rare enough to be judged.
  const confusables = new Map<string, Confusable>();
  const filter = new Uint32Array(1 << (FILTER_BITS - 5));
  for (const [word, info] of words) {
    if (!info.candidate) continue;
    for (const shorter of oneLetterShorter(word)) {
      const known = words.get(shorter);
      if (known && (known.logCount > options.maxRareClass + 1 || info.logCount - options.writtenLogCount(shorter, known.logCount) < options.minRatioBits)) continue;
      const c = confusables.get(shorter);
      if (c) (c.longer as { word: string; info: WordInfo }[]).push({ word, info });
      else {
        confusables.set(shorter, { info: known, longer: [{ word, info }] });
        let h = HASH_START;
        for (let j = 0; j < shorter.length; j++) h = hashStep(h, shorter.charCodeAt(j));
        const bit = h & ((1 << FILTER_BITS) - 1);
        filter[bit >>> 5] |= 1 << (bit & 31);
      }
    }
  }
  let longer: Map<string, string[]> | null = null;
  const oneLonger = (w: string): readonly string[] | undefined => {
    if (!longer) {
      longer = new Map();
      for (const word of words.keys()) {
        for (const shorter of oneLetterShorter(word)) {
          const l = longer.get(shorter);
          if (l) l.push(word);
          else longer.set(shorter, [word]);
        }
      }
    }
    return longer.get(w);
  };
  return {
    word: (w) => words.get(w),
    oneLonger,
    maybe: (h) => {
      const bit = h & ((1 << FILTER_BITS) - 1);
      return (filter[bit >>> 5] & (1 << (bit & 31))) !== 0;
    },
    confusable: (w) => confusables.get(w),
    unknown,
    tag: (name) => index.get(name) ?? -1,
    size: n,
    trans: (a, b) => trans[a * n + b],
    prior: (a) => prior[a],
  };
}
