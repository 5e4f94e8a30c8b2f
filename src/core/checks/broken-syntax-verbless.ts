// English: a sentence that has lost its main verb ("The government the new law on Tuesday."). A
// sentence is reported only where no word in it can be a finite verb at all, as the real-word
// check's "as for was" rule reads it (missing-was.ts: contractions hold a verb, a lower-case word
// the tagged corpus lacks may be one, a name or a word after "to" or an article is none), and only
// where it is clearly a sentence: it ends with ".", "!" or "?", has seven words or more, is no
// caption, credit, byline, list or quotation, and its source sentence is as long (a verbless
// source, a heading, licenses a verbless translation). Headlines and captions are verbless by
// design, so whatever looks like one is left alone.
import type { RealWordModel } from '../text/real-word/model';
import { modelFor } from '../text/real-word/models';
import { mayBeFinite, share, tagsOf } from '../text/real-word/missing-was';
import { isApostrophe, joiner, Kind, tokenize, type Token } from '../text/real-word/sentence-tokens';
import { isSpace } from '../text/real-word/tokens';

/** Words a sentence needs, in the target and in its source. */
const MIN_WORDS = 7;

/** Words that open a caption, a credit, a byline or a pointer rather than a sentence. */
const LABELS = new Set(['photo', 'photos', 'picture', 'image', 'source', 'sources', 'credit', 'credits', 'read', 'see', 'by', 'via', 'from', 'watch', 'video', 'caption', 'note', 'update', 'editor', 'cover', 'more', 'also', 'related', 'click', 'tap', 'follow', 'contact', 'copyright', 'fig', 'figure', 'table', 'chapter', 'part', 'step', 'tip']);

/** Quotation marks of any script: a quotation is anybody's words, a title or a slogan. */
const QUOTES = new Set([34, 0x2018, 0x201c, 0x201d, 0x201e, 0x201f, 0xab, 0xbb, 0x2039, 0x203a, 0x300c, 0x300d, 0x300e, 0x300f]);

/**
 * Tags of the words after which a word is nominal: articles, determiners, possessives, adjectives,
 * numbers, prepositions ("the law", "new law", "in law").
 */
const NOMINAL_AFTER = ['at', 'ap', 'dt', 'dti', 'dts', 'dtx', 'pp$', 'J', 'CD', 'in', 'abn'];
/** The share of those tags that makes the word before such a word. */
const NOMINAL_SHARE = 0.8;
/**
 * The tag data gives every noun a sliver of verb ("government" 0.11 against "face" 0.22) and
 * rare verb uses no more ("function", "burns"): any share above none is a verb unless the word
 * before makes it a noun.
 */
const ANY = 0.05;
/** A capitalised word inside the sentence is a name, unless it is mostly a verb ("(Laughter) Want to…"). */
const CAPITALISED = 0.5;

/** Tags of a word a declarative sentence opens with: its subject's article, determiner, number, noun or pronoun. */
const OPENER = ['at', 'dt', 'dti', 'dts', 'dtx', 'pp$', 'CD', 'N', 'NS', 'NP', 'pps', 'ppss', 'pn', 'ex'];
/** Tags a noun phrase, a subject, ends with. */
const NOUN_END = ['N', 'NS', 'NP', 'pps', 'ppss'];
/**
 * Tags of the words that open a second noun phrase or an adverb right after a noun phrase: where
 * a verb stood between the two ("The government [passed] the new law", "This behavior often [leads] to").
 */
const GAP = ['at', 'pp$', 'dt', 'dti', 'dts', 'dtx', 'abn', 'ppo', 'R', 'CD'];
/** Tags of the words after a possessive "'s"; any other word makes it "is" or "has" ("The coast's all the way over there"). */
const AFTER_POSSESSIVE = ['N', 'NS', 'NP', 'J', 'CD', 'VG', 'VN', 'ap', 'at'];

interface Sets {
  nominalAfter: Set<number>;
  opener: Set<number>;
  nounEnd: Set<number>;
  gap: Set<number>;
  afterPossessive: Set<number>;
  preposition: number;
}

let model: RealWordModel | null = null;
let sets: Sets | null = null;

/** The English tag model the real-word check builds too (one shared model); only its tags are read here. */
function englishModel(): RealWordModel {
  if (!model) {
    const m = modelFor('en') as RealWordModel;
    const set = (names: string[]) => new Set(names.map(m.tag));
    sets = { nominalAfter: set(NOMINAL_AFTER), opener: set(OPENER), nounEnd: set(NOUN_END), gap: set(GAP), afterPossessive: set(AFTER_POSSESSIVE), preposition: m.tag('in') };
    model = m;
  }
  return model;
}

/**
 * Whether toks[i] may be the finite verb of the sentence: where mayBeFinite says so, and more
 * widely, since a flag needs every word to be none: a sentence's first word may be an imperative
 * ("Accentuate the gesture"), and a word with any verb share is one unless the word before makes
 * it a noun ("members often function as", "Morgan Stanley forecasts a ratio").
 */
function verbAt(m: RealWordModel, x: Sets, text: string, toks: Token[], i: number, firstWord: number): boolean {
  if (mayBeFinite(m, toks, i, firstWord, false)) return true;
  const w = toks[i];
  if (w.kind !== Kind.Word) return false;
  const d = m.word(w.lower)?.tags;
  const finite = d ? share(d, tagsOf(m).finite) : 0;
  // A word in capitals may be shouted ("I ADORE the outlets").
  if (w.cap && i !== firstWord) return finite >= CAPITALISED || ((!d || finite > ANY) && shouted(text, w));
  if (i === firstWord) return !d || finite > ANY;
  if (finite <= ANY || (i > 0 && toks[i - 1].lower === 'to')) return false;
  // Inside a hyphenated compound ("17-year-old") a word is no verb.
  if (glued(text, toks, i - 1, i) || glued(text, toks, i, i + 1)) return false;
  const p = toks[i - 1];
  if (!p || p.kind !== Kind.Word) return true;
  // After a possessive ("Argentina's children") or a word that takes a noun after it.
  for (let j = p.start + p.lower.length; j < w.start; j++) if (isApostrophe(text.charCodeAt(j))) return false;
  const pd = m.word(p.lower)?.tags;
  return !(pd && share(pd, x.nominalAfter) >= NOMINAL_SHARE);
}

function shouted(text: string, w: Token): boolean {
  const e = w.start + w.lower.length;
  for (let j = w.start; j < e; j++) {
    const c = text.charCodeAt(j);
    if (c >= 97 && c <= 122) return false;
  }
  return e - w.start > 1;
}

/** Tags of a word; a capitalised word inside the sentence is a name. */
function tagsAt(m: RealWordModel, toks: Token[], i: number, firstWord: number) {
  const w = toks[i];
  return w.kind === Kind.Word && !(w.cap && i !== firstWord) ? m.word(w.lower)?.tags : undefined;
}

/** Whether the word at i ends a noun phrase: a name, a noun, a subject pronoun. */
function nounEnd(m: RealWordModel, x: Sets, toks: Token[], i: number, firstWord: number): boolean {
  const w = toks[i];
  if (w.kind !== Kind.Word) return false;
  if (w.cap && i !== firstWord) return true;
  // After "to" the word is a verb ("to book a room").
  if (i > 0 && toks[i - 1].lower === 'to') return false;
  const d = m.word(w.lower)?.tags;
  return !!d && share(d, x.nounEnd) >= 0.5;
}

/**
 * Whether the sentence opens like a statement: with its subject ("The government", "Five
 * inhabitants", "Norway"), or with an introduction set off by a comma before one ("After the war,
 * the nations"). Fragments open otherwise: "Great service", "And less than $8", "Not too crazy",
 * "Wishing you", "How about", "Then the same thing".
 */
function statementOpening(m: RealWordModel, x: Sets, toks: Token[], firstWord: number): boolean {
  const d = m.word(toks[firstWord].lower)?.tags;
  if (!d) return true;
  if (share(d, x.opener) >= 0.5) return true;
  if (share(d, x.preposition) < 0.5) return false;
  for (let i = firstWord + 1; i + 1 < toks.length; i++) {
    if (toks[i].kind !== Kind.Comma) continue;
    const n = toks[i + 1];
    if (n.kind !== Kind.Word) return false;
    if (n.cap) return true;
    const nd = m.word(n.lower)?.tags;
    return !!nd && share(nd, x.opener) >= 0.5;
  }
  return false;
}

/**
 * Whether a noun phrase runs straight into a second one or an adverb ("The government the new
 * law", "Norway one of the highest", "behavior often to"), the trace of a verb lost between them;
 * a verbless fragment strings its phrases with prepositions and commas ("A perfect place for a
 * romantic dinner").
 */
function gapAfterNoun(m: RealWordModel, x: Sets, text: string, toks: Token[], firstWord: number): boolean {
  for (let i = firstWord + 1; i < toks.length; i++) {
    const w = toks[i];
    const p = toks[i - 1];
    if (p.kind !== Kind.Word || !nounEnd(m, x, toks, i - 1, firstWord)) continue;
    // Only spaces between, and no possessive "'s" folded into the word before.
    let spaced = true;
    for (let j = p.start + p.lower.length; j < w.start; j++) if (!isSpace(text.charCodeAt(j))) spaced = false;
    if (!spaced || folded(p, w)) continue;
    if (w.kind === Kind.Number) {
      // "June 1939", "Section 806": a name before a number is a date or a reference.
      if (!p.cap) return true;
      continue;
    }
    if (w.kind !== Kind.Word || w.cap) continue;
    const d = m.word(w.lower)?.tags;
    if (d && share(d, x.gap) >= 0.5) return true;
  }
  return false;
}

/** Whether the word before w starts right before it with no space ("don't" folded in). */
function folded(p: Token, w: Token): boolean {
  return w.start === p.start + p.lower.length;
}

/**
 * Whether a "'s" reads "is" or "has" ("The coast's all the way over there"): the word after it is
 * none a possessive takes.
 */
function sIsVerb(m: RealWordModel, x: Sets, text: string, toks: Token[]): boolean {
  for (let i = 0; i + 1 < toks.length; i++) {
    const p = toks[i];
    if (p.kind !== Kind.Word || toks[i + 1].kind !== Kind.Word) continue;
    const e = p.start + p.lower.length;
    if (!(isApostrophe(text.charCodeAt(e)) && (text.charCodeAt(e + 1) | 32) === 115)) continue;
    const n = toks[i + 1];
    if (n.cap) continue;
    const d = m.word(n.lower)?.tags;
    if (!d || share(d, x.afterPossessive) < 0.5) return true;
  }
  return false;
}

/** Whether round and square brackets pair up in text[from, to) ("(T." is a split abbreviation). */
function balanced(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91) depth++;
    else if (c === 41 || c === 93) {
      if (--depth < 0) return false;
    }
  }
  return depth === 0;
}

/** "The lower the reins, the stronger the action": a comparative correlative needs no verb. */
function correlative(toks: Token[], firstWord: number): boolean {
  if (toks[firstWord].lower !== 'the') return false;
  const n = toks[firstWord + 1];
  if (!n || n.kind !== Kind.Word) return false;
  return n.lower === 'more' || n.lower === 'less' || n.lower === 'fewer' || n.lower.endsWith('er');
}

/** Whether toks[a] and toks[b] touch through a hyphen: toks[a] or toks[b] is the hyphen mark. */
function glued(text: string, toks: Token[], a: number, b: number): boolean {
  if (a < 0 || b >= toks.length) return false;
  const x = toks[a];
  const y = toks[b];
  const hyphen = (t: Token) => t.kind === Kind.Mark && joiner(text.charCodeAt(t.start)) && !isApostrophe(text.charCodeAt(t.start));
  if (hyphen(x)) return y.start === x.start + 1;
  if (hyphen(y)) return y.start + 1 < text.length && !isSpace(text.charCodeAt(y.start + 1)) && y.start > 0 && !isSpace(text.charCodeAt(y.start - 1));
  return false;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7);
}

/** Letter runs in text[from, to), the way any language's words can be counted roughly. */
export function countWords(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const letter = isLetterCode(c) || (c >= 48 && c <= 57);
    if (letter && !inWord) n++;
    inWord = letter || (inWord && (c === 39 || c === 0x2019 || c === 45));
  }
  return n;
}

/** The last character of text[from, to) that is no space, or -1. */
function lastMark(text: string, from: number, to: number): number {
  let e = to;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  return e > from ? e - 1 : -1;
}

/** Whether a source or target sentence is a full sentence by its form: enough words, a closing mark, no colon, no quotes. */
function sentenceShaped(text: string, from: number, to: number): boolean {
  const last = lastMark(text, from, to);
  if (last < 0) return false;
  const c = text.charCodeAt(last);
  // "." "!" "?" and their full-width and Arabic, Greek, Devanagari, CJK kin.
  if (c !== 46 && c !== 33 && c !== 63 && c !== 0x3002 && c !== 0xff01 && c !== 0xff1f && c !== 0x61f && c !== 0x37e && c !== 0x964) return false;
  for (let i = from; i <= last; i++) {
    const d = text.charCodeAt(i);
    if (QUOTES.has(d)) return false;
    // A colon introduces a list or labels a caption; between digits it is a time ("3:40").
    if ((d === 58 || d === 0xff1a) && !(i > from && i < last && text.charCodeAt(i - 1) >= 48 && text.charCodeAt(i - 1) <= 57)) return false;
    // A straight apostrophe opening a word quotes ('Hamlet').
    if (d === 39 && (i === from || isSpace(text.charCodeAt(i - 1)))) return false;
    // A vertical bar, a bullet or a slash-joined run: a menu, a list, a navigation line.
    if (d === 124 || d === 0x2022 || d === 0xb7) return false;
  }
  return true;
}

/** The source sentence that stands where the target sentence does, in proportion. */
function alignedSource(sources: { start: number; end: number }[], sourceLength: number, tIndex: number, tCount: number, tMid: number, targetLength: number) {
  if (sources.length === 0) return null;
  if (sources.length === tCount) return sources[tIndex];
  const at = (tMid / Math.max(1, targetLength)) * sourceLength;
  for (const s of sources) if (at < s.end) return s;
  return sources[sources.length - 1];
}

export interface Verbless {
  start: number;
  end: number;
}

/**
 * Sentences of the English `target` with no word that can be a finite verb, where each is clearly
 * a sentence and so is the source sentence it aligns with. Spans cover the sentence up to its mark.
 */
export function verblessSentences(source: string, sourceSentences: { start: number; end: number }[], target: string, targetSentences: { start: number; end: number }[]): Verbless[] {
  const out: Verbless[] = [];
  let m: RealWordModel | null = null;
  for (let si = 0; si < targetSentences.length; si++) {
    const s = targetSentences[si];
    if (countWords(target, s.start, s.end) < MIN_WORDS || !sentenceShaped(target, s.start, s.end)) continue;
    const toks = tokenize(target, s.start, s.end);
    let firstWord = 0;
    while (firstWord < toks.length && toks[firstWord].kind !== Kind.Word) firstWord++;
    // A sentence opens with a capital; a lower-case or a mark first is a fragment or a list item.
    if (firstWord !== 0 || !toks[0].cap || LABELS.has(toks[0].lower) || correlative(toks, 0) || !balanced(target, s.start, s.end)) continue;
    // A list of names or places: more capitalised words inside than plain ones, or as many
    // commas as gaps between plain words.
    let words = 0;
    let names = 0;
    let commas = 0;
    for (let i = 0; i < toks.length; i++) {
      const k = toks[i].kind;
      if (k === Kind.Comma || k === Kind.Semicolon) commas++;
      if (k !== Kind.Word) continue;
      words++;
      if (toks[i].cap && i !== firstWord) names++;
    }
    if (names * 2 >= words || commas * 2 >= words - names) continue;
    m ??= englishModel();
    const x = sets as Sets;
    let verb = false;
    for (let i = 0; i < toks.length && !verb; i++) verb = verbAt(m, x, target, toks, i, firstWord);
    if (verb || sIsVerb(m, x, target, toks) || !statementOpening(m, x, toks, firstWord) || !gapAfterNoun(m, x, target, toks, firstWord)) continue;
    const src = alignedSource(sourceSentences, source.length, si, targetSentences.length, (s.start + s.end) / 2, target.length);
    if (!src || countWords(source, src.start, src.end) < MIN_WORDS || !sentenceShaped(source, src.start, src.end)) continue;
    const last = lastMark(target, s.start, s.end);
    let start = s.start;
    while (start < last && isSpace(target.charCodeAt(start))) start++;
    out.push({ start, end: last + 1 });
  }
  return out;
}
