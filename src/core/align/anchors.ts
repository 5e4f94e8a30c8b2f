// Anchors: the parts of a sentence that survive translation (numbers, names, quotation marks,
// question and exclamation marks, colons). Interned to small integers once, so the aligner's
// inner loop compares integers and never touches text.
import type { Sentence, Side } from '../types';
import { nameKey } from './names';
import { numberKeys } from './numbers';

/** What finding an anchor on both sides is worth, and what one left unmatched costs. */
const WEIGHTS: Record<string, { bonus: number; penalty: number }> = {
  number: { bonus: 2, penalty: 1 },
  // A digit alone is often spelled out in the other language ("deux", "two").
  digit: { bonus: 1, penalty: 0.4 },
  // Capitalised words include common nouns (German) and titles; only a match says anything.
  name: { bonus: 1, penalty: 0 },
  quote: { bonus: 0.3, penalty: 0.15 },
  question: { bonus: 0.8, penalty: 0.5 },
  exclamation: { bonus: 0.5, penalty: 0.3 },
  colon: { bonus: 0.3, penalty: 0.15 },
  // Shared word beginnings between Latin-script languages (vidéo/video, sécurité/security):
  // weak alone, but they decide between equally long neighbours.
  cognate: { bonus: 0.4, penalty: 0 },
};

export class AnchorTable {
  private readonly ids = new Map<string, number>();
  readonly bonus: number[] = [];
  readonly penalty: number[] = [];

  intern(kind: keyof typeof WEIGHTS, key: string): number {
    const full = `${kind}:${key}`;
    let id = this.ids.get(full);
    if (id === undefined) {
      id = this.bonus.length;
      this.ids.set(full, id);
      this.bonus.push(WEIGHTS[kind].bonus);
      this.penalty.push(WEIGHTS[kind].penalty);
    }
    return id;
  }

  get size(): number {
    return this.bonus.length;
  }
}

const WORD = /[\p{L}\p{M}]+/gu;
const CAPITAL = /^[\p{Lu}\p{Lt}]/u;
const QUOTES = /[«»“”„‟"「」『』〝〞＂]/g;
const QUESTIONS = /[?？؟⁇]/g;
const EXCLAMATIONS = /[!！]/g;
// A colon between digits is a time or a ratio, already counted as numbers.
const COLONS = /(?<!\p{Nd})[:：](?!\p{Nd})/gu;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

const COGNATE_MIN = 5;
const COGNATE_PREFIX = 4;
/** Long words are the telling ones; more only slows the aligner's inner loop. */
const COGNATES_PER_SENTENCE = 6;
const LATIN = /^[a-z]+$/;

interface WordInfo {
  /** Name key when the word is capitalised, else ''. */
  name: string;
  /** Cognate key when the word is long and Latin-script, else ''. */
  cognate: string;
}

/** Per-text cache: words repeat (Zipf), and their keys need Unicode normalisation. */
type WordCache = Map<string, WordInfo>;

function info(word: string, cache: WordCache): WordInfo {
  let w = cache.get(word);
  if (!w) {
    const name = CAPITAL.test(word) ? nameKey(word) : '';
    let cognate = '';
    if (word.length >= COGNATE_MIN) {
      const plain = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      if (plain.length >= COGNATE_MIN && LATIN.test(plain)) cognate = plain.slice(0, COGNATE_PREFIX);
    }
    w = { name, cognate };
    cache.set(word, w);
  }
  return w;
}

interface SentenceWords {
  /** Name keys, the sentence's first word apart. */
  names: string[];
  /** Name key of the first word when capitalised. */
  initial: string;
  /** Cognate keys of the longest words, with the first word's in case it is no name. */
  cognates: string[];
  initialCognate: string;
}

function sentenceWords(text: string, cache: WordCache): SentenceWords {
  const out: SentenceWords = { names: [], initial: '', cognates: [], initialCognate: '' };
  const long: string[] = [];
  let first = true;
  for (const m of text.matchAll(WORD)) {
    const w = info(m[0], cache);
    if (first) {
      out.initial = w.name;
      out.initialCognate = w.cognate;
      first = false;
    } else if (w.name) out.names.push(w.name);
    else if (w.cognate) long.push(m[0]);
  }
  long.sort((a, b) => b.length - a.length);
  for (const word of long.slice(0, COGNATES_PER_SENTENCE)) out.cognates.push(cache.get(word)!.cognate);
  return out;
}

/**
 * Anchor ids of every sentence of a side, in sentence order. A sentence's first word is
 * capitalised anyway, so it is a name only when its key also occurs capitalised inside some
 * sentence of the text.
 */
export function sentenceAnchors(side: Side, table: AnchorTable): number[][] {
  const cache: WordCache = new Map();
  const parsed = side.sentences.map((s: Sentence) => {
    const text = side.text.slice(s.start, s.end);
    return { text, words: sentenceWords(text, cache) };
  });
  const inside = new Set<string>();
  for (const p of parsed) for (const k of p.words.names) inside.add(k);
  const q = table.intern('quote', '');
  const qm = table.intern('question', '');
  const ex = table.intern('exclamation', '');
  const co = table.intern('colon', '');
  return parsed.map(({ text: t, words }) => {
    const ids: number[] = [];
    for (const n of numberKeys(t)) ids.push(table.intern(n.length === 1 ? 'digit' : 'number', n));
    if (words.initial && inside.has(words.initial)) ids.push(table.intern('name', words.initial));
    else if (words.initialCognate) ids.push(table.intern('cognate', words.initialCognate));
    for (const k of words.names) ids.push(table.intern('name', k));
    for (const k of words.cognates) ids.push(table.intern('cognate', k));
    for (let i = count(t, QUOTES); i > 0; i--) ids.push(q);
    for (let i = count(t, QUESTIONS); i > 0; i--) ids.push(qm);
    for (let i = count(t, EXCLAMATIONS); i > 0; i--) ids.push(ex);
    for (let i = count(t, COLONS); i > 0; i--) ids.push(co);
    return ids;
  });
}
