// A real word where a word one letter longer belongs: "has bee working", "so hat they could", "the
// rules ill take effect", "many people ave left". The dictionary knows these words, so the spelling
// check cannot see them. A word is reported when a far more frequent word with one more letter
// exists and its neighbours say the same (the noisy-channel view of real-word errors: Mays, Damerau
// & Mercer 1991; Wilcox-O'Hearn, Hirst & Budanitsky 2008). Two models weigh the neighbours: word
// bigrams, how often each word was seen beside the word before and after it in a few million words
// of prose, and where the counts are thin a small part-of-speech model (which tags each word takes,
// how likely one tag is to follow another, over two words on each side) that the bigrams back off
// to. Two slips need no model: "an" before a consonant ("an I", for "and") and a lone "o" between
// words. Left alone: capitalised words and names, words joined by hyphens or apostrophes or next to
// digits or code, units after numbers, words inside a foreign phrase, very frequent words (both fit
// almost anywhere; only "as" for "was" in a sentence that lacks its verb is caught, see
// missing-was.ts), words the source has too (a short one only with a neighbour: short words of the
// source's language collide with English ones by chance), and forms of one word ("slid"/"slide",
// "investor"/"investors"). A cognate in the source weighs for the word it resembles (cognates.ts).
// Where a word list for the language pair exists (text/bilingual/), the source's own words ask for
// the longer word: a source word whose translation is one letter longer than a word written that
// translates no source word ("Teil" and "The northern art"), whatever the two words' frequencies.
// An age compound's unit that lost a letter ("19-yer-old") needs no model (age-compound.ts).
// English for now; another language needs data modules of the same shape, made from a word
// frequency list, a tagged corpus and running text (see scripts/build-real-word-data.js,
// RealWordData and BigramData).
import type { Check, CheckContext, SegmentView, Speller } from './check';
import { baseOf } from '../lang/base-lang';
import { hashStep, HASH_START, type RealWordModel, type TagDist, type WordInfo } from '../text/real-word/model';
import { INTERJECTIONS, MIN_RATIO_BITS, modelFor, writtenLogCount } from '../text/real-word/models';
import { buildBigrams, type Bigrams } from '../text/real-word/bigrams';
import * as enBigrams from '../text/real-word/en-bigrams';
import { bilingual, COGNATE_BITS, MIN_COGNATE, SourceCognates } from '../text/real-word/cognates';
import { missingWas, share } from '../text/real-word/missing-was';
import { ageUnit } from '../text/real-word/age-compound';
import { lexiconFor } from '../text/bilingual/lexicon';
import { SourceSupport } from '../text/bilingual/support';
import { sameBase } from '../text/bilingual/english-forms';
import { glued, isDigit, isJoiner, isLetter, isSpace, tokenAfter, tokenBefore, type Token } from '../text/real-word/tokens';

/** A word this frequent (about 2^14 in 51 million) is judged only with word bigrams (a far more frequent one never: see models.ts). */
const MAX_RARE_CLASS = 13;
/** The longer word must win by this many bits, counting its frequency and the context... */
const MIN_GAIN = 11;
/**
 * A function word ("were", "that", "will") takes less: its slots are sharply drawn, so the model
 * knows it better, and the content word its slip makes is out of place there.
 */
const MIN_GAIN_FUNCTION_WORD = 10;
/** ...and the context alone must prefer it by this many. Both gains can be set in the options. */
const MIN_CONTEXT = 1;
/**
 * A frequent word ("an" for "and") is judged only where the bigram counts know it on both sides
 * and have seen it rarely before the next word, and on its context alone: the frequencies say
 * little when both words are everywhere.
 */
const MIN_CONTEXT_FREQUENT = 8;

/**
 * A longer word a source word translates to is offered where it fits the neighbours at least as
 * well as the word written, and is not far rarer (2^3 times) than it.
 */
const MIN_SOURCE_CONTEXT = 0;
const MIN_SOURCE_RATIO = -2;
/** Where the longer word is far more frequent. */
const MIN_SURE_CONTEXT = -5;
/** "ever" / "never", "one" / "none": a negation the source carries in a word of its own ("nie"). */
const NEGATIVES = new Set(['never', 'none', 'nor', 'not', 'nowhere', 'nothing', 'neither']);

const BIGRAMS = new Map([['en', enBigrams]]);
const bigrams = new Map<string, Bigrams>();

function bigramsFor(lang: string): Bigrams | null {
  let b = bigrams.get(lang);
  if (!b) {
    const data = BIGRAMS.get(lang);
    if (!data) return null;
    bigrams.set(lang, (b = buildBigrams(data)));
  }
  return b;
}


const VOWELS = 'aeiou';
const JOINERS = /['’\-\u2010\u2011]/;
const APOSTROPHE = /['’]/;
/** A letter said by its name before a hyphen: "an x-axis", "an f-stop". */
const LETTER_NAME = /^[a-zA-Z](?:$|[-\u2010\u2011])/;
/** A word, lower case after its first letter, that starts with a consonant other than h. */
const CONSONANT_WORD = /^[b-df-gj-np-tv-zB-DF-GJ-NP-TV-Z][a-z]+$/;

/** The tags of contracted verbs: "we're", "they've", "I'll", "she'd", "I'm". */
const CLITIC_TAGS = new Map([['re', 'ber'], ['ve', 'hv'], ['ll', 'md'], ['d', 'md'], ['m', 'bem']]);

/** Tags of a neighbouring token; `left`: it stands before the word judged. */
function neighbourTags(m: RealWordModel, text: string, tok: Token | null, left: boolean): TagDist {
  if (!tok) return one(m, left ? '<s>' : '</s>');
  const first = text.charCodeAt(tok.start);
  if (isDigit(first)) return one(m, 'CD');
  if (!isLetter(first)) {
    const ch = text[tok.start];
    if ('.!?…'.includes(ch)) return one(m, '.');
    if (ch === '(' || ch === '[') return one(m, '(');
    if (ch === ')' || ch === ']') return one(m, ')');
    if ('"“”„«»‘’\''.includes(ch)) return one(m, 'Q');
    return one(m, ',');
  }
  let word = text.slice(tok.start, tok.end);
  // A contraction or a compound: the part that touches the word judged.
  const parts = word.split(JOINERS);
  if (parts.length > 1) {
    if (left && APOSTROPHE.test(word)) {
      const clitic = parts[parts.length - 1].toLowerCase();
      if (clitic === 't') {
        // don't → do, isn't → is; can't and won't keep or change their stem.
        const stem = parts[0].toLowerCase();
        word = stem === 'can' ? 'can' : stem === 'won' ? 'will' : stem.slice(0, -1);
      }
      else if (clitic === 's') return possessiveOrIs(m);
      else {
        const tag = CLITIC_TAGS.get(clitic);
        if (tag) return one(m, tag);
      }
    } else word = left ? parts[parts.length - 1] : parts[0];
  }
  const lower = word.toLowerCase();
  if (word !== lower && lower !== 'i' && !sentenceStart(text, tok.start)) return one(m, 'NP');
  return m.word(lower)?.tags ?? m.unknown;
}

const possessives = new WeakMap<RealWordModel, TagDist>();

/** "'s" is "is", "has" or a possessive ("the man's hat"). */
function possessiveOrIs(m: RealWordModel): TagDist {
  let d = possessives.get(m);
  if (!d) possessives.set(m, (d = { tags: [m.tag('pp$'), m.tag('bez'), m.tag('hvz')], probs: [0.5, 0.35, 0.15] }));
  return d;
}

const singles = new WeakMap<RealWordModel, Map<string, TagDist>>();

function one(m: RealWordModel, tag: string): TagDist {
  let cache = singles.get(m);
  if (!cache) singles.set(m, (cache = new Map()));
  let d = cache.get(tag);
  if (!d) cache.set(tag, (d = { tags: [m.tag(tag)], probs: [1] }));
  return d;
}

/** The token is a mark that ends a sentence. */
function ends(text: string, tok: Token): boolean {
  return tok.end === tok.start + 1 && '.!?…'.includes(text[tok.start]);
}

/** Nothing but spaces, quotes or brackets between the text's start or a sentence end and `at`. */
function sentenceStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (isSpace(text.charCodeAt(i)) || '"“„«‘\'(['.includes(c)) continue;
    return '.!?:;…'.includes(c);
  }
  return true;
}

/**
 * What the neighbours say of the tag of the word between them, for every tag t: left[t] is the
 * chance of t after the two words before (a hidden Markov model run forward over them), right[t]
 * the chance of the two words after, given t (run backward). A neighbour's word counts through
 * P(tag | word) / P(tag); a sentence end before the word starts afresh.
 */
class Window {
  private readonly left: Float64Array;
  private readonly right: Float64Array;
  /** Which tags' left and right are computed for the current window (stamp = generation). */
  private readonly stamp: Uint32Array;
  private generation = 0;
  private prev1: TagDist | null = null;
  private next1: TagDist | null = null;
  private a1: number[] = [];
  private b1: number[] = [];
  private readonly start: number;
  private readonly end: number;

  constructor(private readonly m: RealWordModel) {
    this.left = new Float64Array(m.size);
    this.right = new Float64Array(m.size);
    this.stamp = new Uint32Array(m.size);
    this.start = m.tag('<s>');
    this.end = m.tag('</s>');
  }

  set(prev2: TagDist | null, prev1: TagDist | null, next1: TagDist | null, next2: TagDist | null): void {
    const m = this.m;
    this.generation++;
    this.prev1 = prev1;
    this.next1 = next1;
    // Forward: the chance of each tag of prev1 given prev2, weighted by prev1's own word.
    this.a1.length = 0;
    if (prev1) {
      for (let i = 0; i < prev1.tags.length; i++) {
        const a = prev1.tags[i];
        let from = 0;
        if (prev2) for (let j = 0; j < prev2.tags.length; j++) from += prev2.probs[j] * m.trans(prev2.tags[j], a);
        else from = m.trans(this.start, a);
        this.a1.push((from * prev1.probs[i]) / m.prior(a));
      }
    }
    // Backward: the chance of next2 after each tag of next1, weighted by next1's own word.
    this.b1.length = 0;
    if (next1) {
      for (let i = 0; i < next1.tags.length; i++) {
        const b = next1.tags[i];
        let on = 0;
        if (next2) for (let j = 0; j < next2.tags.length; j++) on += (m.trans(b, next2.tags[j]) * next2.probs[j]) / m.prior(next2.tags[j]);
        else on = m.trans(b, this.end);
        this.b1.push((on * next1.probs[i]) / m.prior(b));
      }
    }
  }

  /** left · right for tag t, computed on first need in this window. */
  private sides(t: number): number {
    if (this.stamp[t] !== this.generation) {
      const m = this.m;
      let l = 0;
      if (this.prev1) for (let i = 0; i < this.prev1.tags.length; i++) l += this.a1[i] * m.trans(this.prev1.tags[i], t);
      else l = m.trans(this.start, t);
      let r = 0;
      if (this.next1) for (let i = 0; i < this.next1.tags.length; i++) r += m.trans(t, this.next1.tags[i]) * this.b1[i];
      else r = m.trans(t, this.end);
      this.left[t] = l;
      this.right[t] = r;
      this.stamp[t] = this.generation;
    }
    return this.left[t] * this.right[t];
  }

  /** How well a word with these tags fits, in bits: log2 of the sum of P(t | w) / P(t) · left · right. */
  fit(w: TagDist): number {
    let sum = 0;
    for (let i = 0; i < w.tags.length; i++) sum += (w.probs[i] / this.m.prior(w.tags[i])) * this.sides(w.tags[i]);
    return Math.log2(sum);
  }

  /** Σ left over all tags and Σ P(t) · right: what makes each side's fit a ratio to the neighbour's frequency. */
  private norm: [number, number] | null = null;
  private normGeneration = 0;

  /**
   * Each side on its own, as the bigrams give it: P(left neighbour | w) / P(left neighbour), and
   * the same on the right, as far as tags tell.
   */
  sideFits(w: TagDist): [number, number] {
    const m = this.m;
    if (!this.norm || this.normGeneration !== this.generation) {
      let zl = 0;
      let zr = 0;
      for (let t = 0; t < m.size; t++) {
        this.sides(t);
        zl += this.left[t];
        zr += m.prior(t) * this.right[t];
      }
      this.norm = [zl, zr];
      this.normGeneration = this.generation;
    }
    let l = 0;
    let r = 0;
    for (let i = 0; i < w.tags.length; i++) {
      const t = w.tags[i];
      this.sides(t);
      l += (w.probs[i] / m.prior(t)) * this.left[t];
      r += w.probs[i] * this.right[t];
    }
    return [l / this.norm[0], r / this.norm[1]];
  }
}

/** How a neighbour is keyed in the bigram data: see lexKey. */
const MARK_KEYS: Record<string, string> = { ',': ',', ';': ';', ':': ';', '(': '(', '[': '(', ')': ')', ']': ')', '-': '-', '–': '-', '—': '-' };

/**
 * A neighbour as the bigram counts know it: the word in lower case, C for a capitalised word inside
 * a sentence, D for a number, S for a sentence boundary, Q for a quote, one character for other
 * marks. A compound gives the part that touches the word judged; a contraction stays whole, and
 * any word + "'s" is "'s" on the left. Must match scripts/build-real-word-data.js.
 */
function lexKey(text: string, tok: Token | null, left: boolean): string {
  if (!tok || ends(text, tok)) return 'S';
  const first = text.charCodeAt(tok.start);
  if (isDigit(first)) return 'D';
  if (!isLetter(first)) {
    const ch = text[tok.start];
    return MARK_KEYS[ch] ?? ('"“”„«»‘’\'`'.includes(ch) ? 'Q' : '~');
  }
  const word = text.slice(tok.start, tok.end);
  const start = sentenceStart(text, tok.start);
  const key = (p: string) => {
    const lower = p.toLowerCase();
    return p === lower || lower === 'i' || start ? lower : 'C';
  };
  if (!JOINERS.test(word)) return key(word);
  const parts = word.split(JOINERS);
  if (APOSTROPHE.test(word)) {
    if (parts[parts.length - 1].toLowerCase() !== 's') return word.toLowerCase().replace(/’/g, "'");
    return left ? "'s" : key(parts[0]);
  }
  return key(left ? parts[parts.length - 1] : parts[0]);
}

const windows = new WeakMap<RealWordModel, Window>();

/** The model's window, set on the two tokens before the word and the two after it. */
function windowAround(model: RealWordModel, text: string, prev: Token | null, next: Token | null): Window {
  let win = windows.get(model);
  if (!win) windows.set(model, (win = new Window(model)));
  const prev2 = prev && !ends(text, prev) ? tokenBefore(text, prev.start) : null;
  const next2 = next && !ends(text, next) ? tokenAfter(text, next.end) : null;
  win.set(
    prev2 && !ends(text, prev2) ? neighbourTags(model, text, prev2, true) : null,
    prev && !ends(text, prev) ? neighbourTags(model, text, prev, true) : null,
    next ? neighbourTags(model, text, next, false) : null,
    next2 ? neighbourTags(model, text, next2, false) : null,
  );
  return win;
}

/**
 * What the word bigrams add to a word's fit, in bits: on each side the counted ratio of the
 * neighbour beside this word, backed off to the tags' estimate for the share of neighbours the
 * counts leave unlisted (absolute discounting, Ney, Essen & Kneser 1994), against the tags' alone.
 */
function lexical(bi: Bigrams, win: Window, word: string, tags: TagDist, lk: string, rk: string): number {
  const l = bi.left(word);
  const r = bi.right(word);
  if (!l && !r) return 0;
  const [pl, pr] = win.sideFits(tags);
  let bits = 0;
  if (l) bits += Math.log2(l.ratio(lk) + l.rest * pl) - Math.log2(pl);
  if (r) bits += Math.log2(r.ratio(rk) + r.rest * pr) - Math.log2(pr);
  return bits;
}

/**
 * The longer word is the same verb or noun in another form: a vowel doubled or added beside a
 * vowel ("sped"/"speed", "led"/"lead"), a final e ("slid"/"slide", "bit"/"bite"), a plural or
 * third person s ("investor"/"investors"), a past d ("confine"/"confined"). Which form belongs is
 * agreement, and the counts favour whichever the corpora happen to use more.
 */
function inflection(short: string, long: string): boolean {
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  const added = long[i];
  if (i === short.length && short.length >= 4 && (added === 's' || (added === 'd' && short.endsWith('e')))) return true;
  if (!VOWELS.includes(added)) return false;
  if (i === short.length) return added === 'e';
  return (i > 0 && VOWELS.includes(long[i - 1])) || (i + 1 < long.length && VOWELS.includes(long[i + 1]));
}

/** A lower-case word the dictionary does not know: the text around is in another language. */
function foreign(text: string, tok: Token | null, speller: Speller): boolean {
  if (!tok || !isLetter(text.charCodeAt(tok.start))) return false;
  const w = text.slice(tok.start, tok.end);
  return w === w.toLowerCase() && !JOINERS.test(w) && !speller.correct(w);
}

/** Letters talked about: "the letter o", "o and u", a quoted "o". */
function letterTalk(text: string, prev: Token | null, next: Token | null): boolean {
  const p = prev ? text.slice(prev.start, prev.end).toLowerCase() : '';
  const q = next ? text.slice(next.start, next.end).toLowerCase() : '';
  const single = (w: string) => w.length === 1 && (isLetter(w.charCodeAt(0)) || '"“”\'‘’'.includes(w));
  return single(p) || single(q) || p === 'letter' || p === 'letters' || p === 'vowel' || p === 'vowels';
}

/** Whole-word search, case-insensitive, in the lower-case source. */
function hasWord(hay: string, word: string): boolean {
  for (let at = hay.indexOf(word); at >= 0; at = hay.indexOf(word, at + 1)) {
    const b = at > 0 ? hay.charCodeAt(at - 1) : 32;
    const a = at + word.length < hay.length ? hay.charCodeAt(at + word.length) : 32;
    if (!isLetter(b) && !isLetter(a)) return true;
  }
  return false;
}

/** The word came from the source: a long word anywhere in it, a short one with a neighbour. */
function fromSource(source: string, text: string, word: string, prev: Token | null, next: Token | null): boolean {
  if (!hasWord(source, word)) return false;
  if (word.length > 3) return true;
  const pair = (t: Token | null, before: boolean) => {
    if (!t) return false;
    const other = text.slice(t.start, t.end).toLowerCase();
    return hasWord(source, before ? `${other} ${word}` : `${word} ${other}`);
  };
  return pair(prev, true) || pair(next, false);
}

/** A word pronounced with a consonant first: "and", not "an", stands before it. */
function consonantStart(m: RealWordModel, word: string, speller: Speller | null): boolean {
  if (word === 'I') return true;
  if (LETTER_NAME.test(word)) return false;
  if (!CONSONANT_WORD.test(word)) return false; // not h (an hour), not an MP, not x64
  // A word, not a name or code said letter by letter (an npm script, an Sp 4); capitalised, one
  // the list knows ("an Prime Minister").
  const lower = word.toLowerCase();
  if (word !== lower) return word.length > 2 && m.word(lower) !== undefined;
  return m.word(lower) !== undefined || (speller !== null && speller.correct(lower));
}

/** Words that open a phrase of their own: prepositions, articles, pronouns, conjunctions. */
const PHRASE_OPENERS = new Set(
  'in at on to for with from by of about after before during under over into onto through without within since until when if though although because while the a an this that these those his her their its our my your he she they we it'.split(' '),
);

/**
 * "an" before an adverb that a new phrase follows ("an even in the middle", "an also for the
 * team") is "and": an article before an adverb needs the adjective or noun the adverb leads to
 * ("an even number", "an even more costly plan", "an often overlooked point").
 */
function adverbClause(m: RealWordModel, text: string, next: Token): boolean {
  const word = text.slice(next.start, next.end);
  if (word !== word.toLowerCase()) return false;
  const tags = m.word(word)?.tags;
  if (!tags) return false;
  const r = m.tag('R');
  let adverb = 0;
  let noun = 0;
  for (let i = 0; i < tags.tags.length; i++) {
    const t = tags.tags[i];
    if (t === r) adverb += tags.probs[i];
    else if (t === m.tag('N') || t === m.tag('NS')) noun += tags.probs[i];
  }
  if (adverb < 0.5 || noun >= 0.1) return false;
  const after = tokenAfter(text, next.end);
  return after !== null && PHRASE_OPENERS.has(text.slice(after.start, after.end));
}

/** Tags of the open classes: nouns, verbs, adjectives, adverbs, numbers, foreign words, interjections. */
const OPEN_TAGS = ['N', 'NS', 'NP', 'V', 'VD', 'VG', 'VN', 'VZ', 'J', 'R', 'RP', 'CD', 'FW', 'uh'];
const openTags = new WeakMap<RealWordModel, Set<number>>();

/** The word's most likely tag is a closed class: an article, pronoun, auxiliary, conjunction... */
function functionWord(m: RealWordModel, t: TagDist): boolean {
  let open = openTags.get(m);
  if (!open) openTags.set(m, (open = new Set(OPEN_TAGS.map((x) => m.tag(x)))));
  let best = 0;
  for (let i = 1; i < t.tags.length; i++) if (t.probs[i] > t.probs[best]) best = i;
  return !open.has(t.tags[best]);
}

interface Candidate {
  word: string;
  gain: number;
}

/**
 * A source word's translation one letter longer than the word written, where the written word
 * translates no source word: "Der nördliche Teil" → "The northern art" (part), "po venkovských
 * cestách" → "on country rads" (roads). Two conditions a correct word rarely meets together. The model vetoes a
 * longer word that fits its neighbours worse or is far rarer, and function words on either side
 * (a word list renders them poorly). Candidates, best first, with the source word; null: none.
 */
function sourceSlip(
  model: RealWordModel, speller: Speller | null, support: SourceSupport, text: string, start: number, end: number, word: string,
): (Candidate & { source: string })[] | null {
  const longer = sourceCandidates(model, word);
  if (!longer) return null;
  // The longer words a source word translates to; most words have none, and nothing more is asked.
  let sourced: { long: string; source: string }[] | null = null;
  for (const long of longer) {
    const source = support.sourceOf(long, 'strict');
    if (source !== null && !support.rendered(source)) (sourced ??= []).push({ long, source });
  }
  // A word the dictionary lacks is the spelling check's.
  if (!sourced || (speller && !speller.correct(word))) return null;
  const prev = tokenBefore(text, start);
  const next = tokenAfter(text, end);
  if (prev && isDigit(text.charCodeAt(prev.end - 1))) return null;
  if (speller && (foreign(text, prev, speller) || foreign(text, next, speller))) return null;
  if (support.sourceOf(word, 'loose') !== null) return null;
  const info = model.word(word);
  const bi = bigramsFor('en');
  const lk = lexKey(text, prev, true);
  const rk = lexKey(text, next, false);
  const win = windowAround(model, text, prev, next);
  const tags = info?.tags ?? model.unknown;
  const own = win.fit(tags) + (bi ? lexical(bi, win, word, tags, lk, rk) : 0);
  const logCount = info ? writtenLogCount(word, info.logCount) : -1;
  let found: (Candidate & { source: string })[] | null = null;
  for (const { long, source } of sourced) {
    const li = model.word(long)!;
    const ratio = li.logCount - logCount;
    const context = win.fit(li.tags!) + (bi ? lexical(bi, win, long, li.tags!, lk, rk) : 0) - own;
    // A longer word far more frequent outweighs the model's doubts.
    const sure = ratio >= MIN_RATIO_BITS;
    if (context < (sure ? MIN_SURE_CONTEXT : MIN_SOURCE_CONTEXT)) continue;
    (found ??= []).push({ word: long, gain: ratio + context, source });
  }
  return found && found.sort((a, b) => b.gain - a.gain);
}

/**
 * The written word is mostly a past form and the longer one mostly a base form: one verb's forms
 * ("slid" / "slide", "sped" / "speed", "bred" / "breed"), not two words ("mic" / "mice").
 */
function pastOf(model: RealWordModel, info: WordInfo | undefined, long: WordInfo): boolean {
  if (!info?.tags || !long.tags) return false;
  let t = verbTags.get(model);
  if (!t) verbTags.set(model, (t = { past: new Set([model.tag('VD'), model.tag('VN')]), base: new Set([model.tag('V'), model.tag('VZ')]) }));
  return share(info.tags, t.past) >= 0.3 && share(long.tags, t.base) >= 0.3;
}

const verbTags = new WeakMap<RealWordModel, { past: Set<number>; base: Set<number> }>();

const candidateCache = new WeakMap<RealWordModel, Map<string, readonly string[] | null>>();

/**
 * The longer words a source may ask for in place of `word`, whatever the sentence: words of the
 * model with their tags, not function words or negatives, not forms of `word`, not far rarer than
 * it. Null where `word` is a function word or an interjection itself, or none is left. Memoised.
 */
function sourceCandidates(model: RealWordModel, word: string): readonly string[] | null {
  let cache = candidateCache.get(model);
  if (!cache) candidateCache.set(model, (cache = new Map()));
  let list = cache.get(word);
  if (list !== undefined) return list;
  list = null;
  const info = model.word(word);
  if (!(info?.tags && functionWord(model, info.tags)) && !INTERJECTIONS.has(word)) {
    const logCount = info ? writtenLogCount(word, info.logCount) : -1;
    const kept = (model.oneLonger(word) ?? []).filter((long) => {
      const li = model.word(long);
      return !!li?.tags && !functionWord(model, li.tags) && !NEGATIVES.has(long) && !sameBase(word, long) && !pastOf(model, info, li) && li.logCount - logCount >= MIN_SOURCE_RATIO;
    });
    if (kept.length) list = kept;
  }
  if (cache.size >= 100000) cache.clear();
  cache.set(word, list);
  return list;
}

export const check: Check = {
  meta: {
    id: 'real-word',
    category: 'fluency/spelling',
    severity: 'minor',
    languages: { target: ['en'] },
    description:
      'A real but rare word where a word one letter longer is far more frequent and fits the neighbouring words much better ("has bee working" for "been", "so hat they could" for "that", "I hoe that" for "hope", "an I" for "and", "as" for "was" in a sentence without a verb, "a 19-yer-old"). A cognate in the source counts for the word it resembles ("a stale education" where the source says "estable"). Where a word list for the language pair exists (German, French, Spanish, Italian, Polish, Czech, Russian to English), a written word that translates no source word, one letter short of a source word\'s translation, is flagged too ("The northern art" where the source says "Teil": part). Capitalised words, names, numbers, words joined by hyphens or apostrophes and words the source has too are left alone.',
    messages: {
      letterMissing: '“{{word}}” is a word, but “{{suggestion}}” fits here much better: is a letter missing?',
      sourceSlip: '“{{word}}” is a word, but the source’s “{{source}}” is “{{suggestion}}”: is a letter missing?',
    },
    fixable: 'suggestion',
    examples: {
      good: [
        { from: 'de', to: 'en', source: 'Die Biene hat sich auf die Blume gesetzt.', target: 'The bee has landed on the flower.' },
        { from: 'de', to: 'en', source: 'Er trug einen Hut.', target: 'He wore a hat the whole time, and an old coat.' },
        { from: 'es', to: 'en', source: 'El anuncio salió en la tele.', target: 'The ad ran on TV for an hour.' },
        { from: 'de', to: 'en', source: 'Sie ist seit Tagen krank.', target: 'She has been ill for days, an MP said.' },
        { from: 'de', to: 'en', source: 'Der Puck rutschte ab.', target: 'A 19-year-old slid and fell.' },
        { from: 'de', to: 'en', source: 'Er ging aus gesundheitlichen Gründen.', target: 'He retired because of ill health, with a wan smile.' },
        { from: 'es', to: 'en', source: 'Evitó los contactos con la prensa.', target: 'She avoided contacts with the press.' },
        { from: 'de', to: 'en', source: 'Die Preise stiegen wie erwartet.', target: 'Prices rose as expected, and the rocket, as developed, worked.' },
        { from: 'de', to: 'en', source: 'Er arbeitet als Lehrer, und seine Frau führt einen Laden.', target: 'He works as a teacher, and his wife runs a shop.' },
      ],
      bad: [
        {
          from: 'de',
          to: 'en',
          source: 'Sie arbeitet seit Jahren hier.',
          target: 'She has bee working here for years.',
          flagged: 'bee',
          fixed: 'She has been working here for years.',
        },
        {
          from: 'de',
          to: 'en',
          source: 'Sie gingen früh, damit sie den Zug erreichten.',
          target: 'They left early so hat they could catch the train.',
          flagged: 'hat',
          fixed: 'They left early so that they could catch the train.',
        },
        {
          from: 'de',
          to: 'en',
          source: 'Ich hoffe, dass er kommt.',
          target: 'I hoe that he comes.',
          flagged: 'hoe',
          fixed: 'I hope that he comes.',
        },
        {
          from: 'es',
          to: 'en',
          source: 'Él se quedó en casa y yo salí.',
          target: 'He stayed at home an I went out.',
          flagged: 'an',
          fixed: 'He stayed at home and I went out.',
        },
        {
          from: 'es',
          to: 'en',
          source: 'Los niños necesitan una educación estable.',
          target: 'The children need a loving home and a stale education.',
          flagged: 'stale',
          fixed: 'The children need a loving home and a stable education.',
        },
        {
          from: 'es',
          to: 'en',
          source: 'El cohete fue desarrollado en el Instituto Aeroespacial.',
          target: 'The rocket as developed at the Aerospace Institute.',
          flagged: 'as',
          fixed: 'The rocket was developed at the Aerospace Institute.',
        },
        {
          from: 'pl',
          to: 'en',
          source: 'Obok Barbie o różnym kolorze skóry firma wprowadziła nowe lalki.',
          target: 'Besides Barbie with a variety of kin colors, the company introduced new dolls.',
          flagged: 'kin',
          fixed: 'Besides Barbie with a variety of skin colors, the company introduced new dolls.',
        },
        {
          from: 'de',
          to: 'en',
          source: 'Die Brücke war damals die längste Europas, also kamen Ingenieure von weit her.',
          target: 'The bridge as the longest in Europe at the time, so engineers came from far away.',
          flagged: 'as',
          fixed: 'The bridge was the longest in Europe at the time, so engineers came from far away.',
        },
      ],
    },
  },

  run(view: SegmentView, ctx: CheckContext): void {
    const text = view.target;
    if (!text) return;
    const lang = baseOf(ctx.to);
    const model = modelFor(lang);
    if (!model) return;
    const speller: Speller | null = ctx.services.speller?.(ctx.to) ?? null;
    const minGain = typeof ctx.options.minGain === 'number' ? ctx.options.minGain : MIN_GAIN;
    const minContext = typeof ctx.options.minContext === 'number' ? ctx.options.minContext : MIN_CONTEXT;
    let source: string | null = null;
    let cognates: SourceCognates | null = null;
    const lexicon = view.source ? lexiconFor(baseOf(ctx.from), lang) : null;
    let support: SourceSupport | null = null;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (!isLetter(c)) {
        i++;
        continue;
      }
      // Lower-case ASCII words only, hashed on the way for the model's quick filter.
      let end = i;
      let h = HASH_START;
      let lower = true;
      for (; end < n; end++) {
        const ch = text.charCodeAt(end);
        if (ch >= 97 && ch <= 122) h = hashStep(h, ch);
        else if (isLetter(ch)) lower = false;
        else break;
      }
      const start = i;
      i = end;
      const an = end - start === 2 && text.charCodeAt(start) === 97 && text.charCodeAt(start + 1) === 110;
      const as = end - start === 2 && text.charCodeAt(start) === 97 && text.charCodeAt(start + 1) === 115;
      if (!lower) continue;
      const unit = ageUnit(text, start, end);
      if (unit) {
        ctx.report({ messageId: 'letterMissing', data: { word: text.slice(start, end), suggestion: unit }, target: { start, end }, suggestions: [{ text: unit }] });
        continue;
      }
      // Without a word list for the pair, only the model's confusable words are judged.
      if (!lexicon && !an && !as && !model.maybe(h)) continue;
      const word = text.slice(start, end);
      // Parts of compounds, contractions, codes, URLs, abbreviations ("ft.", "e.g.").
      const before = start > 0 ? text.charCodeAt(start - 1) : 32;
      const after = end < n ? text.charCodeAt(end) : 32;
      if (isJoiner(before) || isJoiner(after) || isDigit(before) || isDigit(after)) continue;
      if (glued(before) || glued(after) || before === 46) continue;
      if (after === 46 && word.length <= 3 && end + 1 < n && !isSpace(text.charCodeAt(end + 1))) continue;
      if (after === 46 && word.length <= 2) continue;
      if (lexicon && !an && !as) {
        if (sourceCandidates(model, word)) {
          support ??= new SourceSupport(view.source, text, lexicon);
          const slip = sourceSlip(model, speller, support, text, start, end, word);
          source ??= view.source.toLowerCase();
          if (slip && !fromSource(source, text, word, tokenBefore(text, start), tokenAfter(text, end))) {
            ctx.report({
              messageId: 'sourceSlip',
              data: { word, source: slip[0].source, suggestion: slip[0].word },
              target: { start, end },
              suggestions: slip.slice(0, 3).map((f) => ({ text: f.word })),
            });
            continue;
          }
        }
        if (!model.maybe(h)) continue;
      }

      if (as) {
        const prev = tokenBefore(text, start);
        const next = tokenAfter(text, end);
        const word = (t: Token | null) => (t && isLetter(text.charCodeAt(t.start)) ? text.slice(t.start, t.end) : null);
        if (next && missingWas(model, text, start, word(prev && tokenBefore(text, prev.start)), word(prev), word(next), next.start)) {
          ctx.report({ messageId: 'letterMissing', data: { word: 'as', suggestion: 'was' }, target: { start, end }, suggestions: [{ text: 'was' }] });
        }
        continue;
      }
      let found: Candidate[] | null = null;
      const anNext = an ? tokenAfter(text, end) : null;
      if (an && anNext && (consonantStart(model, text.slice(anNext.start, anNext.end), speller) || adverbClause(model, text, anNext)) && text.charCodeAt(anNext.end) !== 46) {
        found = [{ word: 'and', gain: Infinity }];
      } else {
        // "an I.Q.", "an F.B.I. agent": an abbreviation is read letter by letter.
        if (an && anNext && text.charCodeAt(anNext.end) === 46) continue;
        const entry = model.confusable(word);
        if (!entry) continue;
        if (word.length === 1 && word !== 'o') continue; // single letters: the spelling check's
        const info = entry.info;
        // A non-word is the spelling check's; without a dictionary, only listed words are judged.
        if (word !== 'o' && (speller ? !speller.correct(word) : !info)) continue;
        const prev = tokenBefore(text, start);
        const next = tokenAfter(text, end);
        // A unit after a number ("40 cps"); a word inside a foreign phrase ("ad infinitum").
        if (prev && isDigit(text.charCodeAt(prev.end - 1))) continue;
        if (speller && (foreign(text, prev, speller) || foreign(text, next, speller))) continue;
        if (word === 'o' && letterTalk(text, prev, next)) continue;
        const bi = bigramsFor(lang);
        const rk = lexKey(text, next, false);
        const frequent = info !== undefined && info.logCount > MAX_RARE_CLASS + 1;
        if (frequent) {
          // Mostly the word stands before a neighbour it often has ("an hour"): nothing to weigh.
          const right = bi?.right(word);
          if (!right || !bi?.left(word) || right.ratio(rk) >= 1) continue;
        }
        const win = windowAround(model, text, prev, next);
        const tags = INTERJECTIONS.has(word) ? one(model, 'uh') : info?.tags ?? model.unknown;
        const lk = lexKey(text, prev, true);
        const own = win.fit(tags) + (bi ? lexical(bi, win, word, tags, lk, rk) : 0);
        const logCount = info ? writtenLogCount(word, info.logCount) : -1;
        let writtenCognate: boolean | undefined;
        const lone = word === 'o' && prev !== null && next !== null && isLetter(text.charCodeAt(next.start));
        for (const { word: long, info: li } of entry.longer) {
          if (!li.tags || inflection(word, long)) continue;
          const ratio = li.logCount - logCount;
          if (ratio < MIN_RATIO_BITS) continue;
          let context = win.fit(li.tags) + (bi ? lexical(bi, win, long, li.tags, lk, rk) : 0) - own;
          let gain = ratio + context;
          const need = functionWord(model, li.tags) ? minGain - (MIN_GAIN - MIN_GAIN_FUNCTION_WORD) : minGain;
          const needContext = frequent ? MIN_CONTEXT_FREQUENT : minContext;
          // The source is asked only where its word could turn the decision.
          const margin = Math.min(gain - need, context - needContext);
          let cog = 0;
          if (margin >= -COGNATE_BITS && margin < COGNATE_BITS && long.length >= MIN_COGNATE && view.source) {
            cognates ??= new SourceCognates(view.source);
            writtenCognate ??= cognates.has(word);
            cog = bilingual(cognates, writtenCognate, word, long);
            gain += cog;
            context += cog;
          }
          if (lone || (gain >= need && context >= needContext)) (found ??= []).push({ word: long, gain });
        }
        if (!found) continue;
      }
      source ??= view.source.toLowerCase();
      if (fromSource(source, text, word, tokenBefore(text, start), tokenAfter(text, end))) continue;
      found.sort((a, b) => b.gain - a.gain);
      ctx.report({
        messageId: 'letterMissing',
        data: { word, suggestion: found[0].word },
        target: { start, end },
        // A lone "o" may stand for many words ("or", "of", "on", "to"): offer more of them.
        suggestions: found.slice(0, word === 'o' ? 5 : 3).map((f) => ({ text: f.word })),
      });
    }
  },
};
